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
import io.otp.scoring.ranking.ExcludedBid;
import io.otp.scoring.ranking.ExclusionReason;
import io.otp.scoring.ranking.RankingCandidate;
import io.otp.scoring.ranking.TieBreakCriterion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Generators of ranking inputs built through the public builders. Values are drawn from small sets
 * so that ties of totals, and of each tie-break datum, are frequent; each datum is sometimes missing.
 */
public final class RankingGenerators {

    private static final String[] TOTALS = {"70", "85.5", "85.50", "90"};
    private static final String[] PERCENTAGES = {"0", "2.5", "4"};

    private RankingGenerators() {
    }

    /** A ranking input: admitted bids, excluded bids, pliego criteria (maybe none) and a seed. */
    public static final class Scenario {
        private final List<RankingCandidate> candidates;
        private final List<ExcludedBid> excluded;
        private final List<TieBreakCriterion> criteria;
        private final long seed;

        Scenario(List<RankingCandidate> candidates, List<ExcludedBid> excluded, List<TieBreakCriterion> criteria,
                long seed) {
            this.candidates = List.copyOf(candidates);
            this.excluded = List.copyOf(excluded);
            this.criteria = List.copyOf(criteria);
            this.seed = seed;
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
                + ", seed=" + seed + "]";
        }
    }

    /**
     * Scenarios of 0 to 9 admitted bids, 0 to 2 excluded bids and 0 to 2 pliego criteria.
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
            return new Scenario(candidates, excluded, criteria, seeds.generate(in));
        };
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
