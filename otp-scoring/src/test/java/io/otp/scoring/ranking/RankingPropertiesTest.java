package io.otp.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.id.BidId;
import io.otp.core.tender.TieBreakData;
import io.otp.scoring.testing.RankingGenerators;
import io.otp.scoring.testing.RankingGenerators.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Invariants of the ranking (LCSP arts. 147 and 150.1). */
class RankingPropertiesTest {

    private static RankingResult rank(Scenario s) {
        return Ranking.rank(s.candidates(), s.excluded(), s.criteria(), s.mode(), s.seed());
    }

    @Test
    void rankingIsAStrictTotalOrderOfEveryAdmittedBidOnce() {
        qt().forAll(RankingGenerators.scenarios()).checkAssert(s -> {
            RankingResult r = rank(s);
            List<BidId> order = r.order();
            assertThat(order).doesNotHaveDuplicates();
            assertThat(order).containsExactlyInAnyOrderElementsOf(
                s.candidates().stream().map(RankingCandidate::bid).toList());
            assertThat(r.ranked()).extracting(RankedBid::position)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, order.size()).boxed().toList());
            Set<BidId> excluded = s.excluded().stream().map(ExcludedBid::bid).collect(Collectors.toSet());
            assertThat(order).noneMatch(excluded::contains);
            assertThat(r.excluded()).extracting(ExcludedBid::bid).containsExactlyInAnyOrderElementsOf(excluded);
        });
    }

    @Test
    void totalsNeverIncreaseDownTheRanking() {
        qt().forAll(RankingGenerators.scenarios()).checkAssert(s -> {
            List<RankedBid> ranked = rank(s).ranked();
            for (int i = 1; i < ranked.size(); i++) {
                assertThat(ranked.get(i).total()).isLessThanOrEqualTo(ranked.get(i - 1).total());
            }
        });
    }

    @Test
    void permutingTheInputChangesNothing() {
        qt().forAll(RankingGenerators.scenarios(), longs().all()).checkAssert((s, shuffleSeed) -> {
            List<RankingCandidate> candidates = new ArrayList<>(s.candidates());
            List<ExcludedBid> excluded = new ArrayList<>(s.excluded());
            // The shuffle is test scaffolding only; the SDK never uses java.util.Random.
            Collections.shuffle(candidates, new Random(shuffleSeed));
            Collections.shuffle(excluded, new Random(shuffleSeed));
            assertThat(Ranking.rank(candidates, excluded, s.criteria(), s.mode(), s.seed())).isEqualTo(rank(s));
        });
    }

    @Test
    void sameSeedGivesTheSameOrder() {
        qt().forAll(RankingGenerators.scenarios()).checkAssert(s -> assertThat(rank(s)).isEqualTo(rank(s)));
    }

    @Test
    void eachTieBreakConcernsBidsWithEqualTotals() {
        qt().forAll(RankingGenerators.scenarios()).checkAssert(s -> {
            Map<BidId, RankingCandidate> byId = byId(s);
            for (TieBreak t : rank(s).tieBreaks()) {
                assertThat(t.bids()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(t.bids().stream().map(b -> byId.get(b).total()).distinct().count()).isEqualTo(1);
            }
        });
    }

    @Test
    void drawIsUsedOnlyWhenEverythingElseIsEqual() {
        qt().forAll(RankingGenerators.scenarios()).checkAssert(s -> {
            Map<BidId, RankingCandidate> byId = byId(s);
            for (TieBreak t : rank(s).tieBreaks()) {
                if (t.step() != TieBreakStep.DRAW) {
                    continue;
                }
                List<Function<BidId, Object>> facts = new ArrayList<>();
                facts.add(b -> byId.get(b).total());
                if (s.mode() == TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN || s.criteria().isEmpty()) {
                    facts.add(b -> byId.get(b).tieBreakData().disabledWorkersPercentage());
                    facts.add(b -> secondMeasure(byId.get(b).tieBreakData()));
                    facts.add(b -> byId.get(b).tieBreakData().temporaryContractsPercentage());
                    facts.add(b -> byId.get(b).tieBreakData().womenPercentage());
                }
                for (TieBreakCriterion c : s.criteria()) {
                    facts.add(b -> java.util.Optional.ofNullable(c.values().get(b))
                        .map(v -> v.stripTrailingZeros()));
                }
                for (Function<BidId, Object> f : facts) {
                    assertThat(t.bids().stream().map(f).distinct().count()).isEqualTo(1);
                }
            }
        });
    }

    @Test
    void bidsWithIdenticalDataAndTotalsAreAlwaysDrawn() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            TieBreakData same = TieBreakData.none();
            List<RankingCandidate> tied = List.of(
                RankingCandidate.builder().bid(BidId.of("P")).bidder(io.otp.core.id.OrganisationId.of("OP"))
                    .total(io.otp.core.money.Points.of(50)).tieBreakData(same).build(),
                RankingCandidate.builder().bid(BidId.of("Q")).bidder(io.otp.core.id.OrganisationId.of("OQ"))
                    .total(io.otp.core.money.Points.of(50)).tieBreakData(same).build());
            RankingResult r = Ranking.rank(tied, List.of(), seed);
            assertThat(r.tieBreaks()).extracting(TieBreak::step).containsExactly(TieBreakStep.DRAW);
            String p = Ranking.drawKey(seed, BidId.of("P"));
            String q = Ranking.drawKey(seed, BidId.of("Q"));
            assertThat(r.order().get(0)).isEqualTo(BidId.of(p.compareTo(q) < 0 ? "P" : "Q"));
        });
    }

    /** Art. 147.2.a, second measure, as the test reads it: the counts filed added; neither filed is absent. */
    private static java.util.Optional<Integer> secondMeasure(TieBreakData d) {
        if (d.permanentDisabledWorkers().isEmpty() && d.inclusionWorkers().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(d.permanentDisabledWorkers().orElse(0) + d.inclusionWorkers().orElse(0));
    }

    @Test
    void permutingTheInputChangesNothingInEitherMode() {
        qt().forAll(RankingGenerators.tiedScenarios(), longs().all()).checkAssert((s, shuffleSeed) -> {
            for (TieBreakMode mode : TieBreakMode.values()) {
                Scenario m = s.withMode(mode);
                List<RankingCandidate> candidates = new ArrayList<>(m.candidates());
                // The shuffle is test scaffolding only; the SDK never uses java.util.Random.
                Collections.shuffle(candidates, new Random(shuffleSeed));
                assertThat(Ranking.rank(candidates, m.excluded(), m.criteria(), mode, m.seed()))
                    .as("%s", mode).isEqualTo(rank(m));
            }
        });
    }

    @Test
    void everyTieBreakAndTheResultRecordTheModeApplied() {
        qt().forAll(RankingGenerators.tiedScenarios()).checkAssert(s -> {
            RankingResult r = rank(s);
            assertThat(r.tieBreakMode()).isEqualTo(s.mode());
            assertThat(r.tieBreaks()).isNotEmpty().extracting(TieBreak::mode).containsOnly(s.mode());
        });
    }

    @Test
    void pliegoCriteriaThatReplaceTheChainLeaveNoStatutoryStep() {
        qt().forAll(RankingGenerators.tiedScenarios()).checkAssert(s -> {
            RankingResult r = rank(s.withMode(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN));
            java.util.Set<TieBreakStep> allowed = s.criteria().isEmpty()
                ? java.util.EnumSet.allOf(TieBreakStep.class)
                : java.util.EnumSet.of(TieBreakStep.PLIEGO_CRITERION, TieBreakStep.DRAW);
            assertThat(r.tieBreaks()).extracting(TieBreak::step).allMatch(allowed::contains);
        });
    }

    @Test
    void bothModesAgreeWhenThePliegoSetsNoCriteria() {
        qt().forAll(RankingGenerators.tiedScenarios()).checkAssert(s -> {
            Scenario none = s.withoutCriteria();
            RankingResult before = rank(none.withMode(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN));
            RankingResult replace = rank(none.withMode(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN));
            assertThat(replace.order()).isEqualTo(before.order());
            assertThat(replace.tieBreaks()).extracting(TieBreak::step, TieBreak::bids)
                .isEqualTo(before.tieBreaks().stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.step(), t.bids()))
                    .toList());
        });
    }

    @Test
    void bothModesAgreeOnTheOrderGivenByThePliegoCriteria() {
        // bids the pliego's criteria separate keep their relative order whatever the mode
        qt().forAll(RankingGenerators.tiedScenarios()).checkAssert(s -> {
            List<BidId> before = rank(s.withMode(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN)).order();
            List<BidId> replace = rank(s.withMode(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN)).order();
            for (BidId x : before) {
                for (BidId y : before) {
                    if (firstSeparatingCriterionPrefers(s, x, y)) {
                        assertThat(before.indexOf(x)).isLessThan(before.indexOf(y));
                        assertThat(replace.indexOf(x)).isLessThan(replace.indexOf(y));
                    }
                }
            }
        });
    }

    /** Whether the first pliego criterion on which x and y differ puts x first (a missing value loses). */
    private static boolean firstSeparatingCriterionPrefers(Scenario s, BidId x, BidId y) {
        for (TieBreakCriterion c : s.criteria()) {
            BigDecimal vx = c.values().get(x);
            BigDecimal vy = c.values().get(y);
            if (vx == null && vy == null) {
                continue;
            }
            if (vx == null || vy == null) {
                return vy == null;
            }
            int cmp = vx.compareTo(vy);
            if (cmp != 0) {
                return c.direction() == io.otp.core.tender.Direction.HIGHER_IS_BETTER ? cmp > 0 : cmp < 0;
            }
        }
        return false;
    }

    private static Map<BidId, RankingCandidate> byId(Scenario s) {
        return s.candidates().stream().collect(Collectors.toMap(RankingCandidate::bid, Function.identity(),
            (x, y) -> Objects.requireNonNull(null, "duplicate")));
    }
}
