package io.otp.kpi.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import io.otp.kpi.testing.PortfolioGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overall status: the worst dimension by default, a weighted mean on request; both monotone. */
class OverallStatusPolicyTest {

    private static final StatusScale DC = StatusScale.deliveryConfidence();

    private static final OverallStatusPolicy WEIGHTED = OverallStatusPolicy.weighted(Map.of(
        Dimension.SCHEDULE, new BigDecimal("2"), Dimension.COST, BigDecimal.ONE, Dimension.RISK, new BigDecimal("0.5")));

    @Test
    void defaultPolicyGivesTheWorstDimension() {
        qt().forAll(PortfolioGenerators.statuses(DC)).checkAssert(statuses -> {
            int worst = statuses.stream().mapToInt(s -> DC.rank(s.status())).max().orElseThrow();
            StatusLevel overall = OverallStatusPolicy.worst().overall(statuses, DC);
            assertThat(DC.rank(overall)).isEqualTo(worst);
            assertThat(statuses).anyMatch(s -> s.status().equals(overall));
        });
    }

    @Test
    void bothPoliciesAreMonotone() {
        qt().forAll(PortfolioGenerators.statuses(DC), integers().between(0, 4)).checkAssert((statuses, pick) -> {
            int i = pick % statuses.size();
            DimensionStatus s = statuses.get(i);
            int rank = DC.rank(s.status());
            if (rank == DC.levels().size() - 1) {
                return;
            }
            List<DimensionStatus> worse = new ArrayList<>(statuses);
            worse.set(i, DimensionStatus.of(s.dimension(), DC.levels().get(rank + 1)));
            for (OverallStatusPolicy policy : List.of(OverallStatusPolicy.worst(), WEIGHTED)) {
                assertThat(DC.rank(policy.overall(worse, DC))).as(policy.name())
                    .isGreaterThanOrEqualTo(DC.rank(policy.overall(statuses, DC)));
            }
        });
    }

    @Test
    void weightedPolicyRoundsTheWeightedMeanOfRanks() {
        // RAG ranks: green 0, amber 1, red 2. Weights schedule 2, cost 1, risk 0.5 (others 1).
        // schedule green, cost red, risk amber: (2 x 0 + 1 x 2 + 0.5 x 1) / 3.5 = 0.714... -> 1, amber
        List<DimensionStatus> s = List.of(DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.GREEN),
            DimensionStatus.of(Dimension.COST, StatusLevel.RED), DimensionStatus.of(Dimension.RISK, StatusLevel.AMBER));
        assertThat(WEIGHTED.overall(s, StatusScale.rag())).isEqualTo(StatusLevel.AMBER);
        assertThat(OverallStatusPolicy.worst().overall(s, StatusScale.rag())).isEqualTo(StatusLevel.RED);
        // schedule green, cost amber: (2 x 0 + 1 x 1) / 3 = 0.33 -> 0, green
        assertThat(WEIGHTED.overall(List.of(s.get(0), DimensionStatus.of(Dimension.COST, StatusLevel.AMBER)),
            StatusScale.rag())).isEqualTo(StatusLevel.GREEN);
        // quality (weight 1) red, schedule green: (1 x 2 + 2 x 0) / 3 = 0.67 -> 1, amber
        assertThat(WEIGHTED.overall(List.of(s.get(0), DimensionStatus.of(Dimension.QUALITY, StatusLevel.RED)),
            StatusScale.rag())).isEqualTo(StatusLevel.AMBER);
    }

    @Test
    void policiesHaveStableNames() {
        assertThat(OverallStatusPolicy.worst().name()).isEqualTo("WORST");
        assertThat(WEIGHTED.name()).isEqualTo("WEIGHTED{SCHEDULE=2,COST=1,RISK=0.5}");
    }

    @Test
    void rejectsWeightsThatAreNotPositive() {
        Map<Dimension, BigDecimal> weights = new EnumMap<>(Dimension.class);
        weights.put(Dimension.COST, BigDecimal.ZERO);
        weights.put(Dimension.RISK, new BigDecimal("-1"));
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> OverallStatusPolicy.weighted(weights));
        assertThat(e.violations()).extracting(v -> v.path()).containsExactly("weights.COST", "weights.RISK");
        assertThat(e.violations()).allMatch(v -> v.ruleId().equals("OTP-PORTFOLIO-WEIGHT"));
    }

    @Test
    void snapshotUsesThePolicyForProjectsProgrammesAndThePortfolio() {
        qt().forAll(PortfolioGenerators.portfolios()).checkAssert(p -> {
            DashboardSnapshot s = DashboardSnapshot.of(p, WEIGHTED, 5);
            assertThat(s.policy()).isEqualTo(WEIGHTED.name());
            for (ProjectRow row : s.projects()) {
                assertThat(row.overall()).isEqualTo(row.statuses().isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(WEIGHTED.overall(row.statuses(), p.scale())));
            }
            assertThat(s.portfolio()).isEqualTo(p.rollUp(WEIGHTED));
        });
    }
}
