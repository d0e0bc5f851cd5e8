package io.otp.scoring.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PriorityWeightsTest {

    private static final double[] SAATY = {1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 1, 3, 5, 7, 9};

    static BigDecimal r4(BigDecimal x) {
        return x.setScale(4, RoundingMode.HALF_UP);
    }

    private static List<PriorityCriterion> criteria(Random random, int n) {
        List<PriorityCriterion> all = new ArrayList<>(Arrays.asList(PriorityCriterion.values()));
        Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, n));
    }

    @Test
    void rankOrderWeightsAreDecreasingAndAddUpToOne() {
        qt().forAll(longs().all(), integers().between(1, PriorityCriterion.values().length)).checkAssert((seed, n) -> {
            PriorityWeights w = PriorityWeights.rankOrder(criteria(new Random(seed), n));
            List<BigDecimal> values = new ArrayList<>(w.weights().values());
            assertThat(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
            for (int i = 1; i < values.size(); i++) {
                assertThat(values.get(i)).isLessThan(values.get(i - 1));
            }
            assertThat(w.method()).isEqualTo(WeightingMethod.RANK_ORDER_CENTROID);
            assertThat(w.isConsistent()).isTrue();
            assertThat(w.judgementToRevise()).isEmpty();
        });
    }

    @Test
    void rankOrderRejectsARepeatedCriterion() {
        assertThatThrownBy(() -> PriorityWeights.rankOrder(List.of(PriorityCriterion.COST, PriorityCriterion.COST)))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    void ahpWeightsArePositiveAndAddUpToOne() {
        qt().forAll(longs().all(), integers().between(1, PriorityCriterion.values().length)).checkAssert((seed, n) -> {
            Random random = new Random(seed);
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                a[i][i] = 1;
                for (int j = i + 1; j < n; j++) {
                    a[i][j] = SAATY[random.nextInt(SAATY.length)];
                    a[j][i] = 1 / a[i][j];
                }
            }
            PriorityWeights w = PriorityWeights.ahp(criteria(random, n), a);
            assertThat(w.weights().values()).allSatisfy(x -> assertThat(x.signum()).isPositive());
            assertThat(w.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
            assertThat(w.consistencyRatio()).isPresent();
            assertThat(w.judgementToRevise().isPresent()).isEqualTo(!w.isConsistent());
            if (n <= 2) {
                assertThat(w.consistencyRatio().getAsDouble()).isZero();
            }
        });
    }

    @Test
    void aPerfectlyConsistentMatrixHasRatioZeroAndGivesBackItsWeights() {
        qt().forAll(longs().all(), integers().between(1, PriorityCriterion.values().length)).checkAssert((seed, n) -> {
            Random random = new Random(seed);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = 1 + random.nextInt(9);
            }
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = i == j ? 1 : v[i] / v[j];
                }
            }
            double total = Arrays.stream(v).sum();
            List<PriorityCriterion> c = criteria(random, n);
            PriorityWeights w = PriorityWeights.ahp(c, a);
            assertThat(w.consistencyRatio().getAsDouble()).isCloseTo(0.0, within(1e-9));
            assertThat(w.isConsistent()).isTrue();
            for (int i = 0; i < n; i++) {
                assertThat(w.weights().get(c.get(i)).doubleValue()).isCloseTo(v[i] / total, within(1e-9));
            }
        });
    }

    @Test
    void anInconsistentMatrixNamesTheJudgementToRevise() {
        // Consistent judgements from weights 8 : 4 : 2 : 1, except that the first criterion is now
        // judged half as important as the last instead of 8 times. By hand (power iteration):
        // w = 0.3307, 0.3128, 0.1564, 0.2001, lambda max = 5.087, CI = 0.362, CR = CI / 0.90 = 0.4026.
        // The judgement [0][3] departs most from w0 / w3 = 1.653: by a factor 3.305, the others at most 2.558.
        List<PriorityCriterion> c = List.of(PriorityCriterion.URGENCY, PriorityCriterion.LEGAL_IMPACT,
            PriorityCriterion.COST, PriorityCriterion.FEASIBILITY);
        double[][] a = {
            {1, 2, 4, 0.5},
            {0.5, 1, 2, 4},
            {0.25, 0.5, 1, 2},
            {2, 0.25, 0.5, 1}};
        PriorityWeights w = PriorityWeights.ahp(c, a);
        assertThat(w.consistencyRatio().getAsDouble()).isCloseTo(0.4026, within(1e-4));
        assertThat(w.isConsistent()).isFalse();
        Judgement j = w.judgementToRevise().orElseThrow();
        assertThat(j.row()).isEqualTo(PriorityCriterion.URGENCY);
        assertThat(j.column()).isEqualTo(PriorityCriterion.FEASIBILITY);
        assertThat(j.given()).isEqualTo(0.5);
        assertThat(j.implied()).isCloseTo(1.6526, within(1e-3));
        assertThat(j.deviation()).isCloseTo(3.305, within(1e-3));
        assertThat(r4(w.weights().get(PriorityCriterion.URGENCY))).isEqualByComparingTo("0.3307");
    }

    @Test
    void twoCriteriaAreAlwaysConsistentWithoutDividingByAZeroRandomIndex() {
        PriorityWeights w = PriorityWeights.ahp(List.of(PriorityCriterion.COST, PriorityCriterion.URGENCY),
            new double[][] {{1, 9}, {1.0 / 9, 1}});
        assertThat(w.consistencyRatio().getAsDouble()).isZero();
        assertThat(w.judgementToRevise()).isEmpty();
        assertThat(r4(w.weights().get(PriorityCriterion.COST))).isEqualByComparingTo("0.9000");
    }

    @Test
    void ahpRejectsAMatrixThatIsNotReciprocal() {
        assertThatThrownBy(() -> PriorityWeights.ahp(List.of(PriorityCriterion.COST, PriorityCriterion.URGENCY),
            new double[][] {{1, 3}, {3, 1}}))
            .isInstanceOf(ValidationException.class);
    }
}
