package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.evaluation.EvaluationEvent;
import io.otp.scoring.evaluation.EvaluationEventKind;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.ranking.ExclusionReason;
import io.otp.scoring.ranking.RankedBid;
import io.otp.scoring.ranking.TieBreak;
import io.otp.scoring.ranking.TieBreakStep;
import io.otp.scoring.sensitivity.CriterionSensitivity;
import io.otp.scoring.sensitivity.RankAcceptabilityResult;
import io.otp.scoring.sensitivity.RankReversalOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures of the evaluation scenario, computed by hand.
 *
 * <p>Price is inverse-proportional, points = M × Pmin / Pi, rounded half up to 2 decimals per
 * criterion; value-judgment points are the mean of the three evaluators' scores.
 *
 * <p>Lot 1 (budget 400,000.00; price 60, technical proposal 30, transition plan 10; threshold 20):
 * <ul>
 * <li>Value judgment: B1 (26 + 27 + 25) / 3 = 26 and (8 + 9 + 7) / 3 = 8, 34 in all; B2 (22 + 24 + 23) / 3
 * = 23 and 7, 30; B3 (18 + 20 + 19) / 3 = 19 and (5 + 6 + 7) / 3 = 6, 25. All reach 20.</li>
 * <li>Abnormality (price more than 20 % below the mean of the others): B3 240,000 against (352,000 +
 * 340,000) / 2 = 346,000, limit 346,000 × 0.80 = 276,800: flagged. B1 against (340,000 + 240,000) / 2 =
 * 290,000, limit 232,000; B2 against 296,000, limit 236,800: not flagged. B3's justification is
 * rejected.</li>
 * <li>Price, points not recomputed, so Pmin stays B3's 240,000: B1 60 × 240,000 / 352,000 = 40.9090… →
 * 40.91; B2 60 × 240,000 / 340,000 = 42.3529… → 42.35; B3 60.00.</li>
 * <li>Totals: B1 40.91 + 26 + 8 = 74.91; B2 42.35 + 23 + 7 = 72.35; B3 85.00 but excluded. Proposal B1,
 * then B2; withdrawal penalty 3 % × 400,000 = 12,000.00.</li>
 * <li>Sensitivity of price for B1: with the others absorbing the change, S_i(d) = S_i + d (r_i − O_i / 40);
 * B1 slope 40.91 / 60 − 34 / 40 = −0.168167, B2 slope 42.35 / 60 − 30 / 40 = −0.044167; B1 leads by 2.56,
 * so d = 2.56 / 0.124 = 20.645 points. Under ±20 % weights price reaches at most 72 / 104 × 100 = 69.2,
 * +9.2 points: B1 is first in every sample.</li>
 * </ul>
 *
 * <p>Lot 2 (budget 300,000.00; price 55, technical proposal 45; threshold 22.5):
 * <ul>
 * <li>Value judgment: B4 (28 + 31 + 31) / 3 = 30; B5 (35 + 34 + 36) / 3 = 35; B6 (38 + 36 + 37) / 3 = 37.</li>
 * <li>Price with Pmin 240,000: B4 55.00; B5 55 × 240,000 / 264,000 = 50.00; B6 55 × 240,000 / 282,000 =
 * 46.8085… → 46.81.</li>
 * <li>Totals: B4 55 + 30 = 85.00; B5 50 + 35 = 85.00; B6 46.81 + 37 = 83.81. No offer abnormal: B4
 * against (264,000 + 282,000) / 2 = 273,000, limit 218,400.</li>
 * <li>Tie B4 = B5: (a) both 2.50 % disabled workers and 3 permanent: no separation; (b) temporary
 * contracts B4 9.50 % &lt; B5 18.00 %: B4 first. Proposal B4, then B5, B6.</li>
 * </ul>
 */
class EvaluationScenarioTest {

    private static final BidId B1 = BidId.of("B1");
    private static final BidId B2 = BidId.of("B2");
    private static final BidId B3 = BidId.of("B3");
    private static final BidId B4 = BidId.of("B4");
    private static final BidId B5 = BidId.of("B5");
    private static final BidId B6 = BidId.of("B6");

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final List<EvaluationScenario.LotOutcome> outcomes =
        new EvaluationScenario(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();
    private final String printed = buffer.toString(StandardCharsets.UTF_8);
    private final EvaluationResult lot1 = outcomes.get(0).result();
    private final EvaluationResult lot2 = outcomes.get(1).result();

    @Test
    void pricePointsAreInverseProportionalToTheLowestOffer() {
        assertThat(points(lot1, B1, ServiceDeskTender.L1_PRICE)).isEqualByComparingTo("40.91");
        assertThat(points(lot1, B2, ServiceDeskTender.L1_PRICE)).isEqualByComparingTo("42.35");
        assertThat(points(lot1, B3, ServiceDeskTender.L1_PRICE)).isEqualByComparingTo("60.00");
        assertThat(points(lot2, B4, ServiceDeskTender.L2_PRICE)).isEqualByComparingTo("55.00");
        assertThat(points(lot2, B5, ServiceDeskTender.L2_PRICE)).isEqualByComparingTo("50.00");
        assertThat(points(lot2, B6, ServiceDeskTender.L2_PRICE)).isEqualByComparingTo("46.81");
    }

    @Test
    void valueJudgmentPointsAreTheMeanOfTheCommittee() {
        assertThat(points(lot1, B1, ServiceDeskTender.L1_TECH)).isEqualByComparingTo("26");
        assertThat(points(lot1, B1, ServiceDeskTender.L1_PLAN)).isEqualByComparingTo("8");
        assertThat(points(lot1, B2, ServiceDeskTender.L1_TECH)).isEqualByComparingTo("23");
        assertThat(points(lot2, B6, ServiceDeskTender.L2_TECH)).isEqualByComparingTo("37");
        assertThat(bid(lot1, B1).score(ServiceDeskTender.L1_TECH).orElseThrow().evaluatorScores())
            .hasSize(3).allSatisfy(s -> assertThat(s.justification()).contains("Puntuación"));
    }

    @Test
    void totalsAreTheSumOfTheCriteria() {
        assertThat(bid(lot1, B1).total()).isEqualTo(Points.of("74.91"));
        assertThat(bid(lot1, B2).total()).isEqualTo(Points.of("72.35"));
        assertThat(bid(lot2, B4).total()).isEqualTo(Points.of("85.00"));
        assertThat(bid(lot2, B5).total()).isEqualTo(Points.of("85.00"));
        assertThat(bid(lot2, B6).total()).isEqualTo(Points.of("83.81"));
    }

    @Test
    void theAbnormallyLowOfferIsExcludedWithItsReason() {
        var assessment = lot1.abnormality().orElseThrow();
        assertThat(assessment.ruleId()).isEqualTo("price-below-mean");
        assertThat(assessment.flagged()).containsExactly(B3);
        assertThat(assessment.offer(B3).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("276800");
        assertThat(assessment.excluded()).containsExactly(B3);
        BidEvaluation b3 = bid(lot1, B3);
        assertThat(b3.position()).isEmpty();
        assertThat(b3.exclusion().orElseThrow().reason()).isEqualTo(ExclusionReason.ABNORMALLY_LOW_NOT_JUSTIFIED);
        assertThat(b3.exclusion().orElseThrow().ruleId()).isEqualTo("LCSP-149.6");
        assertThat(b3.exclusion().orElseThrow().note().orElseThrow()).contains("convenio colectivo");
        assertThat(lot1.recomputedAfterExclusion()).isFalse();
        assertThat(lot2.abnormality().orElseThrow().flagged()).isEmpty();
    }

    @Test
    void theTieIsBrokenByTemporaryContracts() {
        assertThat(lot1.ranking().orElseThrow().tieBreaks()).isEmpty();
        List<TieBreak> ties = lot2.ranking().orElseThrow().tieBreaks();
        assertThat(ties).singleElement().satisfies(t -> {
            assertThat(t.step()).isEqualTo(TieBreakStep.TEMPORARY_CONTRACTS_PERCENTAGE);
            assertThat(t.ruleId()).isEqualTo("LCSP-147.2.b");
            assertThat(t.bids()).containsExactlyInAnyOrder(B4, B5);
        });
        assertThat(lot2.ranking().orElseThrow().order()).containsExactly(B4, B5, B6);
        assertThat(printed).contains("Broken by LCSP-147.2.b").contains("resulting order B4 > B5");
    }

    @Test
    void theFirstRankedBidIsProposedInEachLot() {
        var p1 = lot1.proposal().orElseThrow();
        assertThat(p1.proposed().map(RankedBid::bid)).contains(B1);
        assertThat(p1.next()).extracting(RankedBid::bid).containsExactly(B2);
        assertThat(p1.penalty()).isEqualTo(Money.euros("12000.00"));
        var p2 = lot2.proposal().orElseThrow();
        assertThat(p2.proposed().map(RankedBid::bid)).contains(B4);
        assertThat(p2.next()).extracting(RankedBid::bid).containsExactly(B5, B6);
    }

    @Test
    void everyStepIsRecordedWithItsAuthor() {
        List<EvaluationEvent> h1 = outcomes.get(0).evaluation().history();
        assertThat(h1).hasSize(14);
        assertThat(h1).extracting(EvaluationEvent::kind).contains(EvaluationEventKind.JUSTIFICATION_DECIDED);
        assertThat(h1.get(h1.size() - 1).actor()).isEqualTo(ServiceDeskTender.NAVARRO);
        List<EvaluationEvent> h2 = outcomes.get(1).evaluation().history();
        assertThat(h2).hasSize(13);
        assertThat(h2).extracting(EvaluationEvent::kind).doesNotContain(EvaluationEventKind.JUSTIFICATION_DECIDED);
    }

    @Test
    void jsonIsByteIdenticalOnTwoRunsAndReadsBack() {
        List<EvaluationScenario.LotOutcome> again =
            new EvaluationScenario(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        OtpJson json = OtpJson.standard();
        for (int i = 0; i < 2; i++) {
            String first = outcomes.get(i).json();
            assertThat(again.get(i).json()).isEqualTo(first);
            assertThat(json.write(json.read(first, EvaluationResult.class))).isEqualTo(first);
            assertThat(printed).contains(first);
        }
    }

    @Test
    void weightSensitivityOfPriceInLot1IsTheHandComputedChange() {
        CriterionSensitivity price = outcomes.get(0).weightSensitivity().get(0);
        assertThat(price.criterion()).isEqualTo(ServiceDeskTender.L1_PRICE);
        assertThat(price.winner()).isEqualTo(B1);
        assertThat(price.increase().orElseThrow().points().doubleValue()).isCloseTo(20.645, within(0.001));
        assertThat(price.increase().orElseThrow().newWinner()).isEqualTo(B2);
        assertThat(price.decrease()).isEmpty();
        // Tied totals: any shift of weight from price to quality hands the lead to B5.
        CriterionSensitivity tech = outcomes.get(1).weightSensitivity().get(1);
        assertThat(tech.increase().orElseThrow().points()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(tech.increase().orElseThrow().newWinner()).isEqualTo(B5);
    }

    @Test
    void rankAcceptabilitiesAreProbabilities() {
        for (EvaluationScenario.LotOutcome o : outcomes) {
            RankAcceptabilityResult a = o.acceptability();
            int n = a.bids().size();
            for (BidId b : a.bids()) {
                double sum = 0;
                for (int k = 1; k <= n; k++) {
                    assertThat(a.share(b, k)).isBetween(0.0, 1.0);
                    sum += a.share(b, k);
                }
                assertThat(sum).isCloseTo(1.0, within(1e-9));
            }
            for (int k = 1; k <= n; k++) {
                final int rank = k;
                assertThat(a.bids().stream().mapToDouble(b -> a.share(b, rank)).sum()).isCloseTo(1.0, within(1e-9));
            }
            assertThat(a.samples()).isEqualTo(EvaluationScenario.SAMPLES);
            assertThat(a.seed()).isEqualTo(EvaluationScenario.MONTE_CARLO_SEED);
        }
        // Lot 1: B1 is first in every sample (see the class comment).
        RankAcceptabilityResult a1 = outcomes.get(0).acceptability();
        assertThat(a1.share(B1, 1)).isEqualTo(1.0);
        assertThat(a1.share(B2, 1)).isEqualTo(0.0);
        // Lot 2: the tied pair share rank 1 about evenly; B6 never wins. Exact counts of seed 42.
        RankAcceptabilityResult a2 = outcomes.get(1).acceptability();
        assertThat(a2.share(B4, 1) + a2.share(B5, 1)).isEqualTo(1.0);
        assertThat(a2.share(B4, 1)).isCloseTo(0.5, within(0.02));
        assertThat(a2.counts(B4)[0]).isEqualTo(A2_B4_RANK1);
    }

    private static final int A2_B4_RANK1 = 4941;

    @Test
    void fixedPointsCauseNoRankReversal() {
        for (EvaluationScenario.LotOutcome o : outcomes) {
            assertThat(o.reversals()).hasSize(o.acceptability().bids().size())
                .noneMatch(RankReversalOutcome::reversed);
        }
    }

    @Test
    void thePrintedTableShowsPointsAndExclusion() {
        assertThat(printed).contains("OTP SDK · evaluation scenario")
            .contains("EXCLUDED: ABNORMALLY_LOW_NOT_JUSTIFIED [LCSP-149.6]")
            .containsPattern("B1 +Levante Sistemas.*40\\.91 +26\\.00 +8\\.00 +74\\.91 +ranked 1")
            .containsPattern("B6 +Consultoría TIC del Turia.*46\\.81 +37\\.00 +83\\.81 +ranked 3");
    }

    private static BidEvaluation bid(EvaluationResult r, BidId id) {
        return r.bid(id).orElseThrow();
    }

    private static BigDecimal points(EvaluationResult r, BidId id, CriterionId criterion) {
        return bid(r, id).score(criterion).orElseThrow().points();
    }
}
