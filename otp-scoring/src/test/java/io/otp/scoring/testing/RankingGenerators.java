package io.otp.scoring.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.Direction;
import io.otp.core.tender.TieBreakData;
import io.otp.scoring.ranking.AwardProposal;
import io.otp.scoring.ranking.ExcludedBid;
import io.otp.scoring.ranking.ExclusionReason;
import io.otp.scoring.ranking.RankedBid;
import io.otp.scoring.ranking.Ranking;
import io.otp.scoring.ranking.RankingCandidate;
import io.otp.scoring.ranking.RankingResult;
import io.otp.scoring.ranking.TieBreak;
import io.otp.scoring.ranking.TieBreakCriterion;
import io.otp.scoring.ranking.TieBreakMode;
import io.otp.scoring.ranking.TieBreakValue;
import io.otp.scoring.ranking.Withdrawal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of ranking inputs built through the public builders. Values are drawn from small sets
 * so that ties of totals, and of each tie-break datum, are frequent; each datum is sometimes missing.
 * Also the rankings {@link Ranking#rank} computes from them (and from scenarios where every admitted bid
 * ties, so that tie-breaks are recorded) and the award proposals that follow, with withdrawals.
 */
public final class RankingGenerators {

    private static final String[] TOTALS = {"70", "85.5", "85.50", "90"};
    private static final String[] PERCENTAGES = {"0", "2.5", "4"};

    private RankingGenerators() {
    }

    /** A ranking input: admitted bids, excluded bids, pliego criteria (maybe none), the mode and a seed. */
    public static final class Scenario {
        private final List<RankingCandidate> candidates;
        private final List<ExcludedBid> excluded;
        private final List<TieBreakCriterion> criteria;
        private final TieBreakMode mode;
        private final long seed;

        Scenario(List<RankingCandidate> candidates, List<ExcludedBid> excluded, List<TieBreakCriterion> criteria,
                TieBreakMode mode, long seed) {
            this.candidates = List.copyOf(candidates);
            this.excluded = List.copyOf(excluded);
            this.criteria = List.copyOf(criteria);
            this.mode = mode;
            this.seed = seed;
        }

        /** @return whether the pliego's criteria go before the statutory chain or replace it */
        public TieBreakMode mode() {
            return mode;
        }

        /**
         * The same scenario in another mode.
         *
         * @param other the mode
         * @return the scenario, not null
         */
        public Scenario withMode(TieBreakMode other) {
            return new Scenario(candidates, excluded, criteria, other, seed);
        }

        /**
         * The same scenario without pliego criteria.
         *
         * @return the scenario, not null
         */
        public Scenario withoutCriteria() {
            return new Scenario(candidates, excluded, List.of(), mode, seed);
        }

        /** @return the admitted bids, in generated order */
        public List<RankingCandidate> candidates() {
            return candidates;
        }

        /** @return the excluded bids */
        public List<ExcludedBid> excluded() {
            return excluded;
        }

        /** @return the pliego criteria, maybe empty */
        public List<TieBreakCriterion> criteria() {
            return criteria;
        }

        /** @return the seed of the draw */
        public long seed() {
            return seed;
        }

        @Override
        public String toString() {
            return "Scenario[candidates=" + candidates + ", excluded=" + excluded + ", criteria=" + criteria
                + ", mode=" + mode + ", seed=" + seed + "]";
        }
    }

    /**
     * Scenarios of 0 to 9 admitted bids, 0 to 2 excluded bids, 0 to 2 pliego criteria and either mode.
     *
     * @return a generator of scenarios
     */
    public static Gen<Scenario> scenarios() {
        Gen<Integer> small = integers().between(0, 9);
        Gen<Integer> pick = integers().between(-1, 2);
        Gen<Long> seeds = longs().all();
        return in -> {
            int n = small.generate(in);
            List<RankingCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                TieBreakData.Builder data = TieBreakData.builder();
                percentage(pick.generate(in)).ifPresent(data::disabledWorkersPercentage);
                int count = pick.generate(in);
                if (count >= 0) {
                    data.permanentDisabledWorkers(count * 3);
                }
                // 0 to 6 in steps of 3, or 0 to 2: sums of both counts tie often, from different parts
                int inclusion = pick.generate(in);
                if (inclusion >= 0) {
                    data.inclusionWorkers(inclusion % 2 == 0 ? inclusion * 3 : inclusion);
                }
                percentage(pick.generate(in)).ifPresent(data::temporaryContractsPercentage);
                percentage(pick.generate(in)).ifPresent(data::womenPercentage);
                candidates.add(RankingCandidate.builder().bid(BidId.of("B" + i)).bidder(OrganisationId.of("O" + i))
                    .total(Points.of(TOTALS[integers().between(0, TOTALS.length - 1).generate(in)]))
                    .tieBreakData(data.build()).build());
            }
            int criteriaCount = integers().between(0, 2).generate(in);
            List<TieBreakCriterion> criteria = new ArrayList<>();
            for (int k = 0; k < criteriaCount; k++) {
                TieBreakCriterion.Builder c = TieBreakCriterion.builder().id("TB" + k).name("criterion " + k)
                    .direction(k % 2 == 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER);
                for (int i = 0; i < n; i++) {
                    int v = pick.generate(in);
                    if (v >= 0) {
                        c.putValues(BidId.of("B" + i), BigDecimal.valueOf(v));
                    }
                }
                criteria.add(c.build());
            }
            int excludedCount = integers().between(0, 2).generate(in);
            List<ExcludedBid> excluded = new ArrayList<>();
            for (int e = 0; e < excludedCount; e++) {
                ExclusionReason reason = ExclusionReason.values()[e % ExclusionReason.values().length];
                excluded.add(ExcludedBid.of(BidId.of("X" + e), OrganisationId.of("OX" + e), reason));
            }
            TieBreakMode mode = Generate.enumValues(TieBreakMode.class).generate(in);
            return new Scenario(candidates, excluded, criteria, mode, seeds.generate(in));
        };
    }

    /**
     * Scenarios of at least two admitted bids that all have the same total, so that the ranking records
     * at least one tie-break (the draw when nothing else separates them).
     *
     * @return a generator of scenarios
     */
    public static Gen<Scenario> tiedScenarios() {
        return scenarios().map(s -> {
            List<RankingCandidate> tied = new ArrayList<>();
            Points total = s.candidates().isEmpty() ? Points.of(TOTALS[0]) : s.candidates().get(0).total();
            for (RankingCandidate c : s.candidates()) {
                tied.add(RankingCandidate.builder().bid(c.bid()).bidder(c.bidder()).total(total)
                    .tieBreakData(c.tieBreakData()).build());
            }
            for (int i = tied.size(); i < 2; i++) {
                tied.add(RankingCandidate.of(BidId.of("B" + i), OrganisationId.of("O" + i), total));
            }
            return new Scenario(tied, s.excluded(), s.criteria(), s.mode(), s.seed());
        });
    }

    /**
     * The rankings of {@link #scenarios()} and {@link #tiedScenarios()}.
     *
     * @return a generator of rankings
     */
    public static Gen<RankingResult> results() {
        return Generate.oneOf(scenarios(), tiedScenarios()).map(RankingGenerators::rank);
    }

    /**
     * The tie-breaks recorded in rankings of {@link #tiedScenarios()}, picked at random.
     *
     * @return a generator of tie-breaks
     */
    public static Gen<TieBreak> tieBreaks() {
        return tiedScenarios().map(RankingGenerators::rank).zip(integers().all(),
            (r, i) -> r.tieBreaks().get(Math.floorMod(i, r.tieBreaks().size())));
    }

    /**
     * The values compared in {@link #tieBreaks()}, picked at random.
     *
     * @return a generator of values
     */
    public static Gen<TieBreakValue> tieBreakValues() {
        return tieBreaks().zip(integers().all(), (t, i) -> t.values().get(Math.floorMod(i, t.values().size())));
    }

    /**
     * The ranked bids of rankings of {@link #tiedScenarios()}, picked at random.
     *
     * @return a generator of ranked bids
     */
    public static Gen<RankedBid> rankedBids() {
        return tiedScenarios().map(RankingGenerators::rank).zip(integers().all(),
            (r, i) -> r.ranked().get(Math.floorMod(i, r.ranked().size())));
    }

    /**
     * Admitted bids of {@link #tiedScenarios()} (whose totals vary from one scenario to the next), picked
     * at random.
     *
     * @return a generator of candidates
     */
    public static Gen<RankingCandidate> candidates() {
        return tiedScenarios().zip(integers().all(), (s, i) -> {
            List<RankingCandidate> all = s.candidates();
            return all.get(Math.floorMod(i, all.size()));
        });
    }

    /**
     * Excluded bids for every reason, with or without a note.
     *
     * @return a generator of excluded bids
     */
    public static Gen<ExcludedBid> excludedBids() {
        return integers().between(0, 99).zip(Generate.enumValues(ExclusionReason.class), Generate.booleans(),
            (n, reason, note) -> {
                ExcludedBid.Builder b = ExcludedBid.builder().bid(BidId.of("X" + n)).bidder(OrganisationId.of("OX" + n))
                    .reason(reason);
                if (note) {
                    b.note("puntuación técnica " + n + ".00, umbral 50.00");
                }
                return b.build();
            });
    }

    /**
     * Pliego tie-break criteria with values of up to two decimals for some of the bids "B0".."B9".
     *
     * @return a generator of criteria
     */
    public static Gen<TieBreakCriterion> tieBreakCriteria() {
        return longs().all().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int k = r.nextInt(10);
            TieBreakCriterion.Builder c = TieBreakCriterion.builder().id("TB" + k).name("criterio de desempate " + k)
                .direction(r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER);
            for (int i = 0, n = r.nextInt(10); i < n; i++) {
                if (r.nextBoolean()) {
                    c.putValues(BidId.of("B" + i), BigDecimal.valueOf(r.nextInt(10_000), r.nextInt(3)));
                }
            }
            return c.build();
        });
    }

    /**
     * Award proposals after rankings of {@link #results()}, on budgets of {@link #budgets()}, after 0 to 3
     * withdrawals (fewer when fewer bids are ranked).
     *
     * @return a generator of proposals
     */
    public static Gen<AwardProposal> proposals() {
        return results().zip(budgets(), integers().between(0, 3), RankingGenerators::proposal);
    }

    /**
     * The withdrawals recorded by proposals on rankings of {@link #tiedScenarios()}, picked at random; a
     * fifth of them the withdrawal that leaves the lot void (no next bid proposed).
     *
     * @return a generator of withdrawals
     */
    public static Gen<Withdrawal> withdrawals() {
        Gen<Withdrawal> any = tiedScenarios().map(RankingGenerators::rank).zip(budgets(), integers().between(1, 3),
            RankingGenerators::proposal).zip(integers().all(),
                (p, i) -> p.history().get(Math.floorMod(i, p.history().size())));
        // one in five is the withdrawal that leaves the lot void, with no next bid to propose
        Gen<Withdrawal> last = tiedScenarios().map(RankingGenerators::rank).zip(budgets(), (ranking, budget) -> {
            AwardProposal p = AwardProposal.of(ranking, budget);
            while (!p.lotWouldBeVoid()) {
                p = p.withdrawFirst();
            }
            return p.history().get(p.history().size() - 1);
        });
        return any.mix(last, 20);
    }

    private static AwardProposal proposal(RankingResult ranking, Money budget, int withdrawals) {
        AwardProposal p = AwardProposal.of(ranking, budget);
        for (int i = 0; i < withdrawals && !p.lotWouldBeVoid(); i++) {
            p = p.withdrawFirst();
        }
        return p;
    }

    private static RankingResult rank(Scenario s) {
        return Ranking.rank(s.candidates(), s.excluded(), s.criteria(), s.mode(), s.seed());
    }

    /**
     * Positive euro budgets from one cent to ten million euros.
     *
     * @return a generator of budgets
     */
    public static Gen<Money> budgets() {
        return longs().between(1, 1_000_000_000L).map(c -> Money.euros(BigDecimal.valueOf(c, 2)));
    }

    private static Optional<Percentage> percentage(int index) {
        return index < 0 ? Optional.empty() : Optional.of(Percentage.of(PERCENTAGES[index]));
    }
}
