package io.otp.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.scoring.ScoringException;
import io.otp.scoring.testing.RankingGenerators;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The award proposal and the withdrawal of LCSP art. 150.2. */
class AwardProposalTest {

    private static RankingResult ranking() {
        return Ranking.rank(List.of(
            RankingCandidate.of(BidId.of("A"), OrganisationId.of("OA"), Points.of(90)),
            RankingCandidate.of(BidId.of("B"), OrganisationId.of("OB"), Points.of(80)),
            RankingCandidate.of(BidId.of("C"), OrganisationId.of("OC"), Points.of(70))), List.of(), 1L);
    }

    @Test
    void proposesTheFirstBidAndKeepsTheOthersInOrder() {
        AwardProposal p = AwardProposal.of(ranking(), Money.euros("200000.00"));

        assertThat(p.proposed()).map(RankedBid::bid).contains(BidId.of("A"));
        assertThat(p.next()).extracting(RankedBid::bid).containsExactly(BidId.of("B"), BidId.of("C"));
        assertThat(p.history()).isEmpty();
        assertThat(p.lotWouldBeVoid()).isFalse();
    }

    @Test
    void withdrawalMovesToTheNextBidderAndRecordsThePenalty() {
        // 3 % of 123,456.78 = 3,703.7034 -> 3,703.70 (hand calculation).
        AwardProposal p = AwardProposal.of(ranking(), Money.euros("123456.78"));

        AwardProposal moved = p.withdrawFirst();

        assertThat(moved.proposed()).map(RankedBid::bid).contains(BidId.of("B"));
        assertThat(moved.next()).extracting(RankedBid::bid).containsExactly(BidId.of("C"));
        assertThat(moved.history()).hasSize(1);
        Withdrawal w = moved.history().get(0);
        assertThat(w.bid()).isEqualTo(BidId.of("A"));
        assertThat(w.bidder()).isEqualTo(OrganisationId.of("OA"));
        assertThat(w.penalty()).isEqualTo(Money.euros("3703.70"));
        assertThat(w.nextProposed()).contains(BidId.of("B"));
        assertThat(w.ruleId()).isEqualTo("LCSP-150.2");
        assertThat(p.proposed()).map(RankedBid::bid).contains(BidId.of("A"));
        assertThat(p.history()).isEmpty();
    }

    @Test
    void penaltyIsRoundedHalfUpToTheCent() {
        // 3 % of 100,000.50 = 3,000.015 -> 3,000.02; of 0.50 = 0.015 -> 0.02; of 33.33 = 0.9999 -> 1.00.
        assertThat(AwardProposal.of(ranking(), Money.euros("100000.50")).penalty()).isEqualTo(Money.euros("3000.02"));
        assertThat(AwardProposal.of(ranking(), Money.euros("0.50")).penalty()).isEqualTo(Money.euros("0.02"));
        assertThat(AwardProposal.of(ranking(), Money.euros("33.33")).penalty()).isEqualTo(Money.euros("1.00"));
    }

    @Test
    void penaltyIsThreeHundredthsOfTheBudgetRoundedToTheCent() {
        qt().forAll(RankingGenerators.budgets()).checkAssert(budget -> {
            long cents = budget.amount().movePointRight(2).longValueExact();
            // Independent integer arithmetic: cents × 3 / 100, half up.
            long expected = (cents * 3 + 50) / 100;
            assertThat(AwardProposal.of(ranking(), budget).withdrawFirst().history().get(0).penalty())
                .isEqualTo(Money.euros(BigDecimal.valueOf(expected, 2)));
        });
    }

    @Test
    void withNoNextBidderTheLotWouldBeVoid() {
        AwardProposal p = AwardProposal.of(ranking(), Money.euros("1000.00"))
            .withdrawFirst().withdrawFirst().withdrawFirst();

        assertThat(p.lotWouldBeVoid()).isTrue();
        assertThat(p.proposed()).isEmpty();
        assertThat(p.history()).extracting(Withdrawal::bid)
            .containsExactly(BidId.of("A"), BidId.of("B"), BidId.of("C"));
        assertThat(p.history().get(2).nextProposed()).isEmpty();
        assertThat(p.totalPenalties()).isEqualTo(Money.euros("90.00"));
        assertThatThrownBy(p::withdrawFirst).isInstanceOf(ScoringException.class).hasMessageContaining("void");
    }

    @Test
    void rejectsABudgetThatIsNotPositive() {
        assertThatThrownBy(() -> AwardProposal.of(ranking(), Money.euros("0.00")))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.path() + " " + v.ruleId()).containsExactly("baseBudget LCSP-150.2"));
    }
}
