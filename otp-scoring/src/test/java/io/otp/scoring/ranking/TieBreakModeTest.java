package io.otp.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.Direction;
import io.otp.core.tender.TieBreakData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked ties of LCSP art. 147 in both modes of the pliego's criteria, and the second measure of art.
 * 147.2.a (permanent workers with a disability or workers in inclusion). Every number is hand-made;
 * the draw keys are computed independently of the SDK with Python:
 * {@code hashlib.sha256(struct.pack('>q', 20261125) + b'A').hexdigest()}.
 */
class TieBreakModeTest {

    private static final long SEED = 20261125L;

    /** SHA-256 of the seed 20261125 (8 bytes, big-endian) then "A"; the lower key draws first. */
    private static final String KEY_A = "9cc9d7121064b6481eccbf5978b235fe334559083b120f4393f229fa24b6471e";

    /** The same for "B": higher than A's, so A draws before B. */
    private static final String KEY_B = "f3e4d59bdb21823b06b63a3dab94fb1a6b8eaec7b1ddac5e2c3bf118ab00ff91";

    private static RankingCandidate bid(String id, String total, TieBreakData data) {
        return RankingCandidate.builder().bid(BidId.of(id)).bidder(OrganisationId.of("ORG-" + id))
            .total(Points.of(total)).tieBreakData(data).build();
    }

    private static TieBreakData disabled(String percentage) {
        return TieBreakData.builder().disabledWorkersPercentage(Percentage.of(percentage)).build();
    }

    private static List<BidId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(BidId::of).toList();
    }

    /**
     * Three bids tied at 85 points. The pliego's criterion TB1 (higher wins) gives A 10, B 10, C 5: C is
     * last, A and B stay tied. On art. 147.2.a B has 4 % of disabled workers, A 2 %.
     */
    private static RankingResult threeTied(TieBreakMode mode) {
        TieBreakCriterion tb1 = TieBreakCriterion.builder().id("TB1").name("local suppliers").direction(
            Direction.HIGHER_IS_BETTER).putValues(BidId.of("A"), BigDecimal.TEN).putValues(BidId.of("B"), BigDecimal.TEN)
            .putValues(BidId.of("C"), new BigDecimal("5")).build();
        return Ranking.rank(List.of(bid("A", "85", disabled("2")), bid("B", "85", disabled("4")),
            bid("C", "85", disabled("9"))), List.of(), List.of(tb1), mode, SEED);
    }

    @Test
    void pliegoBeforeStatutoryChainLetsArticle147_2aDecideWhatThePliegoLeavesTied() {
        RankingResult r = threeTied(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);

        // TB1 puts C (5) after A and B (10); art. 147.2.a then puts B (4 %) before A (2 %).
        // C's 9 % does not help it: the pliego's criterion already placed it.
        assertThat(r.order()).isEqualTo(ids("B", "A", "C"));
        assertThat(r.tieBreakMode()).isEqualTo(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);
        assertThat(r.tieBreaks()).extracting(TieBreak::step)
            .containsExactly(TieBreakStep.PLIEGO_CRITERION, TieBreakStep.DISABLED_WORKERS_PERCENTAGE);
        assertThat(r.tieBreaks()).extracting(TieBreak::ruleId).containsExactly("LCSP-147.1", "LCSP-147.2.a");
        assertThat(r.tieBreaks()).extracting(TieBreak::mode).containsOnly(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);
        assertThat(r.tieBreaks().get(1).bids()).isEqualTo(ids("A", "B"));
        assertThat(r.tieBreaks().get(1).values()).extracting(TieBreakValue::value)
            .containsExactly(Optional.of("2.00"), Optional.of("4.00"));
    }

    @Test
    void pliegoReplacingTheStatutoryChainSendsWhatItLeavesTiedToTheDraw() {
        RankingResult r = threeTied(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN);

        // TB1 puts C last; A and B go straight to the draw: A's key 9cc9... is below B's f3e4..., so A
        // is first although B has more disabled workers (the statutory chain is displaced).
        assertThat(r.order()).isEqualTo(ids("A", "B", "C"));
        assertThat(r.tieBreakMode()).isEqualTo(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN);
        assertThat(r.tieBreaks()).extracting(TieBreak::step)
            .containsExactly(TieBreakStep.PLIEGO_CRITERION, TieBreakStep.DRAW);
        assertThat(r.tieBreaks()).extracting(TieBreak::ruleId).containsExactly("LCSP-147.1", "LCSP-147.2.d");
        assertThat(r.tieBreaks()).extracting(TieBreak::mode)
            .containsOnly(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN);
        assertThat(r.tieBreaks().get(1).values()).extracting(TieBreakValue::value)
            .containsExactly(Optional.of(KEY_A), Optional.of(KEY_B));
    }

    @Test
    void withoutPliegoCriteriaBothModesApplyTheStatutoryChain() {
        List<RankingCandidate> tied = List.of(bid("A", "85", disabled("2")), bid("B", "85", disabled("4")));
        RankingResult before = Ranking.rank(tied, List.of(), List.of(), TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN,
            SEED);
        RankingResult replace = Ranking.rank(tied, List.of(), List.of(), TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN,
            SEED);

        // art. 147.2 applies "en defecto de la previsión en los pliegos": B (4 %) before A (2 %) either way
        assertThat(before.order()).isEqualTo(ids("B", "A"));
        assertThat(replace.order()).isEqualTo(ids("B", "A"));
        assertThat(replace.tieBreaks()).extracting(TieBreak::ruleId).containsExactly("LCSP-147.2.a");
        assertThat(replace.tieBreaks()).extracting(TieBreak::mode)
            .containsExactly(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN);
    }

    @Test
    void theOverloadWithoutModeKeepsThePliegoBeforeTheStatutoryChain() {
        TieBreakCriterion same = TieBreakCriterion.builder().id("TB1").name("same").direction(Direction.HIGHER_IS_BETTER)
            .putValues(BidId.of("A"), BigDecimal.ONE).putValues(BidId.of("B"), BigDecimal.ONE).build();
        List<RankingCandidate> tied = List.of(bid("A", "85", disabled("2")), bid("B", "85", disabled("4")));
        assertThat(Ranking.rank(tied, List.of(), List.of(same), SEED))
            .isEqualTo(Ranking.rank(tied, List.of(), List.of(same), TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN, SEED));
        assertThat(Ranking.rank(tied, List.of(), SEED).tieBreakMode())
            .isEqualTo(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);
    }

    @Test
    void aNullModeIsRefusedNamingIt() {
        assertThatThrownBy(() -> Ranking.rank(List.of(), List.of(), List.of(), null, SEED))
            .isInstanceOf(NullPointerException.class).hasMessage("mode");
    }

    // --- art. 147.2.a, second measure: "el mayor número de trabajadores fijos con discapacidad en plantilla,
    // o el mayor número de personas trabajadoras en inclusión en la plantilla", the two counts added

    private static TieBreakData counts(Integer permanent, Integer inclusion) {
        TieBreakData.Builder b = TieBreakData.builder().disabledWorkersPercentage(Percentage.of("3"));
        Optional.ofNullable(permanent).ifPresent(b::permanentDisabledWorkers);
        Optional.ofNullable(inclusion).ifPresent(b::inclusionWorkers);
        return b.build();
    }

    @Test
    void workersInInclusionCountWithPermanentDisabledWorkers() {
        // both 3 %; A: 5 permanent disabled + 4 in inclusion = 9; B: 7 permanent disabled, none in inclusion
        // filed = 7. A first; on permanent disabled workers alone B (7 > 5) would have won.
        RankingResult r = Ranking.rank(List.of(bid("A", "85", counts(5, 4)), bid("B", "85", counts(7, null))),
            List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("A", "B"));
        assertThat(r.tieBreaks()).singleElement().satisfies(t -> {
            assertThat(t.step()).isEqualTo(TieBreakStep.PERMANENT_DISABLED_WORKERS);
            assertThat(t.ruleId()).isEqualTo("LCSP-147.2.a");
            assertThat(t.values()).extracting(TieBreakValue::value).containsExactly(Optional.of("9"), Optional.of("7"));
            assertThat(t.values()).extracting(TieBreakValue::detail).containsExactly(
                Optional.of("5 permanent workers with a disability + 4 workers in inclusion (LCSP art. 147.2.a)"),
                Optional.of("7 permanent workers with a disability + workers in inclusion not filed (0)"
                    + " (LCSP art. 147.2.a)"));
        });
    }

    @Test
    void onlyWorkersInInclusionFiledStillCount() {
        // A: none permanent disabled filed, 6 in inclusion = 6; B: 2 + 3 = 5. A first.
        RankingResult r = Ranking.rank(List.of(bid("A", "85", counts(null, 6)), bid("B", "85", counts(2, 3))),
            List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("A", "B"));
        assertThat(r.tieBreaks().get(0).values()).extracting(TieBreakValue::value)
            .containsExactly(Optional.of("6"), Optional.of("5"));
    }

    @Test
    void equalSumsGoOnToTemporaryContracts() {
        // A: 2 + 3 = 5, B: 5 + 0 = 5: still tied on (a); (b) B has 10 % temporary contracts, A 20 %: B first
        TieBreakData a = TieBreakData.builder().disabledWorkersPercentage(Percentage.of("3")).permanentDisabledWorkers(2)
            .inclusionWorkers(3).temporaryContractsPercentage(Percentage.of("20")).build();
        TieBreakData b = TieBreakData.builder().disabledWorkersPercentage(Percentage.of("3")).permanentDisabledWorkers(5)
            .inclusionWorkers(0).temporaryContractsPercentage(Percentage.of("10")).build();
        RankingResult r = Ranking.rank(List.of(bid("A", "85", a), bid("B", "85", b)), List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("B", "A"));
        assertThat(r.tieBreaks()).extracting(TieBreak::ruleId).containsExactly("LCSP-147.2.b");
    }

    @Test
    void aBidderFilingNeitherCountComesAfterOneFilingZero() {
        // A filed 0 + 0; B filed neither count: B cannot win on a datum it did not prove (art. 147.2, last
        // paragraph), so A is first.
        RankingResult r = Ranking.rank(List.of(bid("A", "85", counts(0, 0)), bid("B", "85", counts(null, null))),
            List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("A", "B"));
        assertThat(r.tieBreaks().get(0).values()).extracting(TieBreakValue::value, TieBreakValue::detail)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.of("0"), Optional.of(
                    "0 permanent workers with a disability + 0 workers in inclusion (LCSP art. 147.2.a)")),
                org.assertj.core.groups.Tuple.tuple(Optional.empty(), Optional.empty()));
    }

    @Test
    void theTraceKeepsBothCountsOfTheSecondMeasureAsFiled() {
        // A: 4 permanent workers with a disability + 3 in inclusion = 7; B: 6 + not filed = 6: A first on (a),
        // and each value keeps the two counts the sum was made of (absent where not filed).
        RankingResult r = Ranking.rank(List.of(bid("A", "85", counts(4, 3)), bid("B", "85", counts(6, null))),
            List.of(), SEED);

        assertThat(r.order()).isEqualTo(ids("A", "B"));
        assertThat(r.tieBreaks().get(0).step()).isEqualTo(TieBreakStep.PERMANENT_DISABLED_WORKERS);
        assertThat(r.tieBreaks().get(0).values())
            .extracting(TieBreakValue::value, TieBreakValue::permanentDisabledWorkers, TieBreakValue::inclusionWorkers)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.of("7"), Optional.of(4), Optional.of(3)),
                org.assertj.core.groups.Tuple.tuple(Optional.of("6"), Optional.of(6), Optional.empty()));
    }

    // --- JSON: the mode and the detail are written, and rankings written before them still read

    @Test
    void rankingsWrittenBeforeTheModeExistedReadAsPliegoBeforeTheStatutoryChain() {
        String old = "{\"seed\":7,\"ranked\":[],\"tieBreaks\":[{\"step\":\"DRAW\",\"values\":["
            + "{\"bid\":\"A\",\"value\":\"aa\"},{\"bid\":\"B\",\"value\":\"bb\"}]}],\"excluded\":[]}";
        RankingResult r = OtpJson.standard().read(old, RankingResult.class);

        assertThat(r.tieBreakMode()).isEqualTo(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);
        assertThat(r.tieBreaks().get(0).mode()).isEqualTo(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);
        assertThat(r.tieBreaks().get(0).values()).extracting(TieBreakValue::detail)
            .containsOnly(Optional.empty());
    }

    @Test
    void theModeIsWrittenOnTheResultAndOnEveryTieBreak() {
        RankingResult r = threeTied(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN);
        OtpJson json = OtpJson.standard();
        String text = json.write(r);

        assertThat(text).contains("\"tieBreakMode\":\"PLIEGO_REPLACES_STATUTORY_CHAIN\"");
        assertThat(text.split("\"mode\":\"PLIEGO_REPLACES_STATUTORY_CHAIN\"", -1)).hasSize(3);
        assertThat(json.read(text, RankingResult.class)).isEqualTo(r);
        assertThat(json.write(threeTied(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN))).isEqualTo(text);
    }

    @Test
    void eachModeDescribesWhetherThePliegoGoesBeforeOrReplacesTheChain() {
        assertThat(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN.description()).contains("go before the statutory chain")
            .contains("147.2");
        assertThat(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN.description()).contains("replace the statutory chain")
            .contains("147.2.d");
    }

    @Test
    void aValueAsFiledHasNoDetailAndNoCounts() {
        TieBreakValue v = TieBreakValue.of(BidId.of("A"), Optional.of("3.50"));
        assertThat(v.bid()).isEqualTo(BidId.of("A"));
        assertThat(v.value()).contains("3.50");
        assertThat(v.detail()).isEmpty();
        assertThat(v.permanentDisabledWorkers()).isEmpty();
        assertThat(v.inclusionWorkers()).isEmpty();
    }
}
