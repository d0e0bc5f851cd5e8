package io.otp.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.otp.scoring.testing.DecisionMatrixGenerators;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopsisTest {

    @Test
    void worksTheClosenessOutByHand() {
        // Hand calculation. Vector normalisation: quality (3, 4) / 5 = (0.6, 0.8); price (4, 3) / 5 = (0.8, 0.6).
        // Weights 1/2: v_A = (0.3, 0.4), v_B = (0.4, 0.3). Ideal (max quality, min price) = (0.4, 0.3) = B,
        // anti-ideal (0.3, 0.4) = A. So C_B = 1 and C_A = 0.
        DecisionMatrix<String, String> m = DecisionMatrix.<String, String>builder()
            .criterion(Criterion.benefit("quality", BigDecimal.ONE))
            .criterion(Criterion.cost("price", BigDecimal.ONE))
            .value("A", "quality", new BigDecimal("3")).value("A", "price", new BigDecimal("4"))
            .value("B", "quality", new BigDecimal("4")).value("B", "price", new BigDecimal("3"))
            .build();
        Map<String, Double> c = Topsis.closeness(m);
        assertThat(c.keySet()).containsExactly("B", "A");
        assertThat(c.get("B")).isCloseTo(1.0, within(1e-12));
        assertThat(c.get("A")).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void closenessLiesInZeroOne() {
        qt().forAll(DecisionMatrixGenerators.matrices()).checkAssert(m ->
            assertThat(Topsis.closeness(m).values()).allMatch(v -> v >= 0 && v <= 1 && !v.isNaN()));
    }
}
