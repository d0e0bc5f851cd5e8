package io.otp.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.Direction;
import io.otp.core.tender.TieBreakData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of LCSP arts. 147 and 150.1; the numbers are hand-made for each step. */
class RankingTest {

    private static final long SEED = 20261125L;

    private static RankingCandidate bid(String id, String total, TieBreakData data) {
        return RankingCandidate.builder().bid(BidId.of(id)).bidder(OrganisationId.of("ORG-" + id))
            .total(Points.of(total)).tieBreakData(data).build();
    }

    private static TieBreakData data(String disabled, Integer permanent, String temporary, String women) {
        TieBreakData.Builder b = TieBreakData.builder();
        Optional.ofNullable(disabled).map(Percentage::of).ifPresent(b::disabledWorkersPercentage);
        Optional.ofNullable(permanent).ifPresent(b::permanentDisabledWorkers);
        Optional.ofNullable(temporary).map(Percentage::of).ifPresent(b::temporaryContractsPercentage);
        Optional.ofNullable(women).map(Percentage::of).ifPresent(b::womenPercentage);
        return b.build();
    }

    private static List<BidId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(BidId::of).toList();
    }

    private static List<Optional<String>> values(TieBreak t) {
        return t.values().stream().map(TieBreakValue::value).toList();
    }

    @Test
    void ranksByDecreasingTotalPoints() {
        RankingResult r = Ranking.rank(List.of(bid("A", "80", TieBreakData.none()),
            bid("B", "90.5", TieBreakData.none()), bid("C", "70", TieBreakData.none())), List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("B", "A", "C"));
        assertThat(r.ranked()).extracting(RankedBid::position).containsExactly(1, 2, 3);
        assertThat(r.tieBreaks()).isEmpty();
        assertThat(r.seed()).isEqualTo(SEED);
    }

    @Test
    void pliegoCriterionBreaksTheTieBeforeTheStatutoryChain() {
        // A would win on art. 147.2.a (5 % against 1 %), but the pliego's own criterion comes first (147.1).
        TieBreakCriterion local = TieBreakCriterion.builder().id("TB1").name("local staff percentage")
            .direction(Direction.HIGHER_IS_BETTER).putValues(BidId.of("A"), new BigDecimal("20"))
            .putValues(BidId.of("B"), new BigDecimal("35")).build();
        RankingResult r = Ranking.rank(List.of(bid("A", "85", data("5", null, null, null)),
            bid("B", "85", data("1", null, null, null))), List.of(), List.of(local), SEED);

        assertThat(r.order()).isEqualTo(ids("B", "A"));
        assertThat(r.tieBreaks()).hasSize(1);
        TieBreak t = r.tieBreaks().get(0);
        assertThat(t.step()).isEqualTo(TieBreakStep.PLIEGO_CRITERION);
        assertThat(t.ruleId()).isEqualTo("LCSP-147.1");
        assertThat(t.criterionId()).contains("TB1");
        assertThat(t.bids()).isEqualTo(ids("A", "B"));
        assertThat(values(t)).containsExactly(Optional.of("20"), Optional.of("35"));
    }

    @Test
    void statutoryChainFollowsWhenThePliegoCriteriaLeaveTheTie() {
        TieBreakCriterion same = TieBreakCriterion.builder().id("TB1").name("same for both")
            .direction(Direction.LOWER_IS_BETTER).putValues(BidId.of("A"), BigDecimal.ONE)
            .putValues(BidId.of("B"), BigDecimal.ONE).build();
        RankingResult r = Ranking.rank(List.of(bid("A", "85", data("1", null, null, null)),
            bid("B", "85", data("5", null, null, null))), List.of(), List.of(same), SEED);

        assertThat(r.order()).isEqualTo(ids("B", "A"));
        assertThat(r.tieBreaks()).extracting(TieBreak::ruleId).containsExactly("LCSP-147.2.a");
    }

    @Test
    void higherPercentageOfDisabledWorkersWins147a() {
        // A 4 % against B 2.5 % of disabled workers: A first, although B is better on (b) and (c).
        RankingResult r = Ranking.rank(List.of(bid("A", "85.50", data("4", 1, "40", "10")),
            bid("B", "85.5", data("2.5", 9, "5", "90"))), List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("A", "B"));
        TieBreak t = r.tieBreaks().get(0);
        assertThat(r.tieBreaks()).hasSize(1);
        assertThat(t.step()).isEqualTo(TieBreakStep.DISABLED_WORKERS_PERCENTAGE);
        assertThat(t.ruleId()).isEqualTo("LCSP-147.2.a");
        assertThat(values(t)).containsExactly(Optional.of("4.00"), Optional.of("2.50"));
    }

    @Test
    void morePermanentDisabledWorkersWinWhenThePercentageIsEqual147a() {
        // Both 3 %: B with 7 permanent disabled workers beats A with 5 (art. 147.2.a, "si aún así persiste").
        RankingResult r = Ranking.rank(List.of(bid("A", "85", data("3", 5, "1", "90")),
            bid("B", "85", data("3", 7, "50", "10"))), List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("B", "A"));
        assertThat(r.tieBreaks()).hasSize(1);
        TieBreak t = r.tieBreaks().get(0);
        assertThat(t.step()).isEqualTo(TieBreakStep.PERMANENT_DISABLED_WORKERS);
        assertThat(t.ruleId()).isEqualTo("LCSP-147.2.a");
        assertThat(values(t)).containsExactly(Optional.of("5"), Optional.of("7"));
    }

    @Test
    void lowerPercentageOfTemporaryContractsWins147b() {
        // Equal on (a); A 30 % temporary contracts, B 12 %: B first although A has more women.
        RankingResult r = Ranking.rank(List.of(bid("A", "85", data("2", 4, "30", "70")),
            bid("B", "85", data("2", 4, "12", "20"))), List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("B", "A"));
        assertThat(r.tieBreaks()).extracting(TieBreak::ruleId).containsExactly("LCSP-147.2.b");
        assertThat(values(r.tieBreaks().get(0))).containsExactly(Optional.of("30.00"), Optional.of("12.00"));
    }

    @Test
    void higherPercentageOfWomenWins147c() {
        RankingResult r = Ranking.rank(List.of(bid("A", "85", data("2", 4, "12", "40")),
            bid("B", "85", data("2", 4, "12", "55"))), List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("B", "A"));
        assertThat(r.tieBreaks()).extracting(TieBreak::ruleId).containsExactly("LCSP-147.2.c");
    }

    @Test
    void drawDecidesWhenEverythingElseIsEqual147d() {
        // Keys computed independently (Python hashlib.sha256(struct.pack('>q', seed) + b'B<n>')):
        // seed 20261125: B2 9c8bee8d2caf..., B3 a1b5612393e9..., B1 d42f498ca689...
        // seed 7:        B3 23934ef442e6..., B1 a8d98cbea536..., B2 f4e56b1c0f12...
        List<RankingCandidate> tied = List.of(bid("B1", "60", data("2", 4, "12", "40")),
            bid("B2", "60", data("2", 4, "12", "40")), bid("B3", "60", data("2", 4, "12", "40")));

        RankingResult r = Ranking.rank(tied, List.of(), SEED);
        RankingResult other = Ranking.rank(tied, List.of(), 7L);

        assertThat(r.order()).isEqualTo(ids("B2", "B3", "B1"));
        assertThat(other.order()).isEqualTo(ids("B3", "B1", "B2"));
        assertThat(r.tieBreaks()).hasSize(1);
        TieBreak t = r.tieBreaks().get(0);
        assertThat(t.step()).isEqualTo(TieBreakStep.DRAW);
        assertThat(t.ruleId()).isEqualTo("LCSP-147.2.d");
        assertThat(t.values().get(0).value()).hasValueSatisfying(k -> assertThat(k).startsWith("d42f498ca689"));
        assertThat(Ranking.drawKey(SEED, BidId.of("B2"))).startsWith("9c8bee8d2caf").hasSize(64);
    }

    @Test
    void bidderWithoutTheDatumCannotWinOnIt() {
        // A did not prove its percentage of disabled workers; B proved 0 %: B has the datum, A cannot win on
        // it (art. 147.2, last paragraph: the bidders provide the documents when the tie occurs).
        RankingResult r = Ranking.rank(List.of(bid("A", "85", data(null, null, "1", "99")),
            bid("B", "85", data("0", null, "50", "1"))), List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("B", "A"));
        assertThat(r.tieBreaks()).extracting(TieBreak::step).containsExactly(TieBreakStep.DISABLED_WORKERS_PERCENTAGE);
        assertThat(values(r.tieBreaks().get(0))).containsExactly(Optional.empty(), Optional.of("0.00"));
    }

    @Test
    void stepThatNobodyProvedSeparatesNobody() {
        // Neither proved (a); (b) is the first step that separates them.
        RankingResult r = Ranking.rank(List.of(bid("A", "85", data(null, null, "10", null)),
            bid("B", "85", data(null, null, "20", null))), List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("A", "B"));
        assertThat(r.tieBreaks()).extracting(TieBreak::ruleId).containsExactly("LCSP-147.2.b");
    }

    @Test
    void bidsMissingTheSameDatumStayTiedForTheNextStep() {
        // (a): A 5 %, B and C not proved -> A first; B and C go on to (b), where C wins with fewer temporary contracts.
        RankingResult r = Ranking.rank(List.of(bid("A", "85", data("5", null, "90", null)),
            bid("B", "85", data(null, null, "40", null)), bid("C", "85", data(null, null, "10", null))), List.of(),
            SEED);

        assertThat(r.order()).isEqualTo(ids("A", "C", "B"));
        assertThat(r.tieBreaks()).extracting(TieBreak::ruleId).containsExactly("LCSP-147.2.a", "LCSP-147.2.b");
        assertThat(r.tieBreaks().get(1).bids()).isEqualTo(ids("B", "C"));
    }

    @Test
    void threeWayTieSplitsAndOnlyTheRemainingPairGoesOn() {
        // (a): A 5, B 5, C 2 -> C last; A and B tied -> (b): B 10 % beats A 20 %.
        RankingResult r = Ranking.rank(List.of(bid("A", "85", data("5", null, "20", null)),
            bid("B", "85", data("5", null, "10", null)), bid("C", "85", data("2", null, "0", null)),
            bid("D", "95", TieBreakData.none())), List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("D", "B", "A", "C"));
        assertThat(r.tieBreaks()).extracting(TieBreak::step)
            .containsExactly(TieBreakStep.DISABLED_WORKERS_PERCENTAGE, TieBreakStep.TEMPORARY_CONTRACTS_PERCENTAGE);
    }

    @Test
    void excludedBidsAreListedApartWithTheirReasonsAndNeverRanked() {
        ExcludedBid low = ExcludedBid.builder().bid(BidId.of("X2")).bidder(OrganisationId.of("ORG-X2"))
            .reason(ExclusionReason.ABNORMALLY_LOW_NOT_JUSTIFIED).note("justification rejected").build();
        ExcludedBid threshold = ExcludedBid.of(BidId.of("X1"), OrganisationId.of("ORG-X1"),
            ExclusionReason.BELOW_TECHNICAL_THRESHOLD);
        RankingResult r = Ranking.rank(List.of(bid("A", "50", TieBreakData.none())), List.of(low, threshold), SEED);

        assertThat(r.order()).isEqualTo(ids("A"));
        assertThat(r.excluded()).extracting(ExcludedBid::bid).isEqualTo(ids("X1", "X2"));
        assertThat(r.excluded()).extracting(ExcludedBid::ruleId).containsExactly("LCSP-146.3", "LCSP-149.6");
        assertThat(ExclusionReason.ABOVE_BUDGET.ruleId()).isEqualTo("RGLCAP-84");
    }

    @Test
    void noAdmittedBidGivesAnEmptyRanking() {
        RankingResult r = Ranking.rank(List.of(), List.of(), SEED);

        assertThat(r.ranked()).isEmpty();
        assertThat(r.first()).isEmpty();
    }

    @Test
    void rejectsEveryProblemOfTheInputAtOnce() {
        TieBreakCriterion c = TieBreakCriterion.builder().id("TB1").name("n").direction(Direction.HIGHER_IS_BETTER)
            .putValues(BidId.of("ZZ"), BigDecimal.ONE).build();
        RankingCandidate a = bid("A", "50", TieBreakData.none());
        RankingCandidate sameBidder = RankingCandidate.of(BidId.of("B"), OrganisationId.of("ORG-A"), Points.of(40));
        ExcludedBid alsoA = ExcludedBid.of(BidId.of("A"), OrganisationId.of("ORG-A"), ExclusionReason.OTHER);

        assertThatThrownBy(() -> Ranking.rank(List.of(a, sameBidder), List.of(alsoA), List.of(c, c), SEED))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("LCSP-139.3", "candidates[1].bidder"),
                    org.assertj.core.groups.Tuple.tuple("OTP-DUPLICATE-BID", "excluded[0].bid"),
                    org.assertj.core.groups.Tuple.tuple("LCSP-147.1", "pliegoCriteria[0].values[ZZ]"),
                    org.assertj.core.groups.Tuple.tuple("LCSP-147.1", "pliegoCriteria[1].id"),
                    org.assertj.core.groups.Tuple.tuple("LCSP-147.1", "pliegoCriteria[1].values[ZZ]")));
    }

    @Test
    void violationsReadInEnglishAndSpanish() {
        RankingCandidate a = bid("A", "50", TieBreakData.none());
        RankingCandidate sameBidder = RankingCandidate.of(BidId.of("B"), OrganisationId.of("ORG-A"), Points.of(40));

        assertThatThrownBy(() -> Ranking.rank(List.of(a, sameBidder), List.of(), SEED))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                Violation v = e.violations().get(0);
                assertThat(v.message()).isEqualTo("bidder ORG-A has more than one admitted bid; each bidder files one"
                    + " proposition per lot (LCSP art. 139.3)");
                assertThat(v.message(java.util.Locale.forLanguageTag("es"))).isEqualTo("el licitador ORG-A tiene más"
                    + " de una oferta admitida; cada licitador presenta una sola proposición por lote (art. 139.3 LCSP)");
            });
    }

    @Test
    void rejectsATieBreakCriterionWithoutIdOrName() {
        assertThatThrownBy(() -> TieBreakCriterion.builder().id(" ").name("").direction(Direction.LOWER_IS_BETTER)
            .build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::path).containsExactly("id", "name"));
    }
}
