package io.otp.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.otp.core.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhpTest {

    @Test
    void consistentMatrixGivesExactRatiosAndZeroInconsistency() {
        // Hand calculation: a[i][j] = w_i / w_j with w = (4/7, 2/7, 1/7) is perfectly consistent: lambda max = 3, CR = 0.
        double[][] a = {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}};
        AhpResult<String> r = Ahp.analyse(List.of("q", "p", "d"), a);
        assertThat(r.weights().get("q")).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(r.weights().get("p")).isCloseTo(2.0 / 7, within(1e-9));
        assertThat(r.weights().get("d")).isCloseTo(1.0 / 7, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(3.0, within(1e-9));
        assertThat(r.consistencyRatio()).isCloseTo(0.0, within(1e-9));
        assertThat(r.isConsistent()).isTrue();
    }

    @Test
    void saatyThreeByThreeExample() {
        // Hand calculation: for a 3x3 reciprocal matrix the principal eigenvector equals the normalised row geometric
        // means: (15^(1/3), 1, (1/15)^(1/3)) = (2.4662, 1, 0.4055) / 3.8717 = (0.6370, 0.2583, 0.1047).
        // (A w)_1 / w_1 = (0.6370 + 3 * 0.2583 + 5 * 0.1047) / 0.6370 = 3.0385 = lambda max;
        // CI = (3.0385 - 3) / 2 = 0.0193; CR = 0.0193 / 0.58 (RI(3), DOMAIN.md section 5) = 0.0332 <= 0.10.
        double[][] a = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};
        AhpResult<String> r = Ahp.analyse(List.of("quality", "price", "delivery"), a);
        assertThat(r.weights().get("quality")).isCloseTo(0.6370, within(1e-4));
        assertThat(r.weights().get("price")).isCloseTo(0.2583, within(1e-4));
        assertThat(r.weights().get("delivery")).isCloseTo(0.1047, within(1e-4));
        assertThat(r.lambdaMax()).isCloseTo(3.0385, within(1e-4));
        assertThat(r.consistencyIndex()).isCloseTo(0.0193, within(1e-4));
        assertThat(r.consistencyRatio()).isCloseTo(0.0332, within(1e-4));
        assertThat(r.isConsistent()).isTrue();
        assertThat(r.exactWeights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
    }

    @Test
    void inconsistentJudgmentsAreRejectedByTheRatio() {
        // q > p (9), p > d (9) but d > q (9): a cycle, far beyond CR 0.10.
        double[][] a = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
        AhpResult<String> r = Ahp.analyse(List.of("q", "p", "d"), a);
        assertThat(r.consistencyRatio()).isGreaterThan(0.10);
        assertThat(r.isConsistent()).isFalse();
    }

    @Test
    void twoCriteriaAreAlwaysConsistent() {
        AhpResult<String> r = Ahp.analyse(List.of("q", "p"), new double[][] {{1, 3}, {1.0 / 3, 1}});
        assertThat(r.weights().get("q")).isCloseTo(0.75, within(1e-9));
        assertThat(r.consistencyRatio()).isZero();
        assertThat(Ahp.randomIndex(2)).isZero();
    }

    @Test
    void rejectsNonReciprocalAndNonSquareMatrices() {
        assertThatThrownBy(() -> Ahp.analyse(List.of("q", "p"), new double[][] {{1, 3}, {3, 1}}))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(2));
        assertThatThrownBy(() -> Ahp.analyse(List.of("q", "p"), new double[][] {{1, 3}}))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Ahp.analyse(List.of("q"), new double[][] {{0}}))
            .isInstanceOf(ValidationException.class);
    }
}
