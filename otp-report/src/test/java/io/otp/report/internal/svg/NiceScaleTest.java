package io.otp.report.internal.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.report.testing.ReportGenerators;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NiceScaleTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void roundsToNiceSteps() {
        NiceScale scale = NiceScale.of(d("0"), d("123456"), 6);
        assertThat(scale.step()).isEqualByComparingTo("25000");
        assertThat(scale.min()).isEqualByComparingTo("0");
        assertThat(scale.max()).isEqualByComparingTo("125000");
        assertThat(NiceScale.of(d("0.83"), d("1.12"), 7).ticks()).extracting(BigDecimal::toPlainString)
            .containsExactly("0.80", "0.85", "0.90", "0.95", "1.00", "1.05", "1.10", "1.15");
    }

    @Test
    void coversNegativeValues() {
        NiceScale scale = NiceScale.of(d("-35"), d("80"), 6);
        // 115 / 5 intervals = 23, rounded up to the nice step 25.
        assertThat(scale.step()).isEqualByComparingTo("25");
        assertThat(scale.min()).isEqualByComparingTo("-50");
        assertThat(scale.max()).isEqualByComparingTo("100");
        assertThat(scale.ticks()).contains(BigDecimal.ZERO.setScale(0));
    }

    @Test
    void givesARangeToASingleValue() {
        assertThat(NiceScale.of(d("0"), d("0"), 5).max()).isEqualByComparingTo("1");
        NiceScale scale = NiceScale.of(d("50"), d("50"), 5);
        assertThat(scale.min()).isLessThan(d("50"));
        assertThat(scale.max()).isGreaterThan(d("50"));
    }

    @Test
    void integerScalesHaveWholeSteps() {
        assertThat(NiceScale.ofIntegers(d("0"), d("3"), 10).step()).isEqualByComparingTo("1");
        assertThat(NiceScale.ofIntegers(d("0"), d("9"), 5).step()).isEqualByComparingTo("5");
    }

    @Test
    void rejectsReversedRanges() {
        assertThatThrownBy(() -> NiceScale.of(d("2"), d("1"), 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceScale.of(d("1"), d("2"), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ticksCoverTheValuesWithFewStepsOfANiceSize() {
        qt().forAll(ReportGenerators.decimals(), ReportGenerators.decimals()).checkAssert((a, b) -> {
            BigDecimal low = a.min(b);
            BigDecimal high = a.max(b);
            NiceScale scale = NiceScale.of(low, high, 6);
            List<BigDecimal> ticks = scale.ticks();
            assertThat(scale.min()).isLessThanOrEqualTo(low);
            assertThat(scale.max()).isGreaterThanOrEqualTo(high);
            assertThat(ticks.size()).isBetween(2, 8);
            BigDecimal mantissa = scale.step().movePointLeft(scale.step().precision() - scale.step().scale() - 1);
            assertThat(mantissa.stripTrailingZeros().toPlainString()).isIn("1", "2", "2.5", "5");
            assertThat(scale.fraction(low)).isBetween(0.0, 1.0);
            assertThat(scale.fraction(high)).isBetween(0.0, 1.0);
        });
    }
}
