package io.otp.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.otp.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsTest {

    @Test
    void rankOrderCentroidOfThreeCriteria() {
        // DOMAIN.md section 5, by hand: w1 = (1 + 1/2 + 1/3)/3 = 11/18, w2 = (1/2 + 1/3)/3 = 5/18, w3 = (1/3)/3 = 1/9.
        Map<String, BigDecimal> w = Weights.rankOrderCentroid(List.of("quality", "price", "delivery"));
        assertThat(w.keySet()).containsExactly("quality", "price", "delivery");
        assertThat(w.get("quality").setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.6111");
        assertThat(w.get("price").setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.2778");
        assertThat(w.get("delivery").setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.1111");
        assertThat(w.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
    }

    @Test
    void rankOrderCentroidOfOneCriterionIsOne() {
        assertThat(Weights.rankOrderCentroid(List.of("only")).get("only")).isEqualByComparingTo("1");
    }

    @Test
    void rankOrderCentroidRejectsDuplicatesAndEmptyOrder() {
        assertThatThrownBy(() -> Weights.rankOrderCentroid(List.of("a", "a")))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Weights.rankOrderCentroid(List.of()))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    void normalisedWeightsAddUpToExactlyOne() {
        qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 12))
            .assuming(ws -> ws.stream().mapToInt(Integer::intValue).sum() > 0)
            .checkAssert(ws -> {
                Map<Integer, BigDecimal> declared = new LinkedHashMap<>();
                for (int i = 0; i < ws.size(); i++) {
                    declared.put(i, BigDecimal.valueOf(ws.get(i)).divide(BigDecimal.valueOf(7), java.math.MathContext.DECIMAL64));
                }
                Map<Integer, BigDecimal> w = Weights.normalise(declared);
                assertThat(w.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
                assertThat(w.values()).allMatch(v -> v.signum() >= 0);
            });
    }

    @Test
    void rejectsNegativeWeightsAndZeroTotal() {
        Map<String, BigDecimal> negative = new LinkedHashMap<>();
        negative.put("a", new BigDecimal("-1"));
        negative.put("b", new BigDecimal("3"));
        assertThatThrownBy(() -> Weights.normalise(negative)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.ruleId()).containsExactly("OTP-MCDA-WEIGHT-NEGATIVE"));
        assertThatThrownBy(() -> Weights.normalise(Map.of("a", BigDecimal.ZERO)))
            .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.ruleId()).containsExactly("OTP-MCDA-WEIGHT-SUM"));
    }
}
