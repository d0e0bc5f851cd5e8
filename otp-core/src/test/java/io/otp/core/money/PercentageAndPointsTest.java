package io.otp.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.testing.MoneyGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentageAndPointsTest {

    // Percentage.

    @Test
    void equalPercentagesWrittenDifferentlyAreEqual() {
        assertThat(Percentage.of("21")).isEqualTo(Percentage.of("21.0")).isEqualTo(Percentage.of("21.000"))
            .isEqualTo(Percentage.of(21)).hasSameHashCodeAs(Percentage.of("21.000")).hasToString("21.00%");
        assertThat(Percentage.of("33.333")).hasToString("33.333%");
        assertThat(Percentage.of("33.333")).isNotEqualTo(Percentage.of("33.33"));
    }

    @Test
    void trailingZerosNeverChangeAPercentage() {
        qt().forAll(MoneyGenerators.decimals(), integers().between(0, 5)).checkAssert((d, zeros) -> {
            Percentage p = Percentage.of(d);
            Percentage padded = Percentage.of(d.setScale(d.scale() + zeros));
            assertThat(padded).isEqualTo(p).hasSameHashCodeAs(p);
            assertThat(p.value().scale()).isBetween(2, 10);
        });
    }

    @Test
    void percentagesAreEqualExactlyWhenTheirValuesCompareEqual() {
        qt().forAll(MoneyGenerators.percentages(), MoneyGenerators.percentages())
            .check((a, b) -> a.equals(b) == (a.compareTo(b) == 0));
    }

    @Test
    void percentageParsesWhatToStringWrites() {
        qt().forAll(MoneyGenerators.percentages()).check(p -> Percentage.parse(p.toString()).equals(p));
    }

    @Test
    void percentageRejectsMoreThanTenDecimals() {
        assertThatThrownBy(() -> Percentage.of("0.00000000001")).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("percentage");
                assertThat(v.ruleId()).isEqualTo("OTP-PERCENTAGE");
            }));
        assertThat(Percentage.of("1.000000000000")).isEqualTo(Percentage.of(1));
    }

    @Test
    void ratioOfAPartToAWhole() {
        // 25 / 200 = 0.125 = 12.50 %.
        assertThat(Percentage.ratio(BigDecimal.valueOf(25), BigDecimal.valueOf(200), 2, RoundingMode.HALF_UP))
            .isEqualTo(Percentage.of("12.5"));
        assertThatThrownBy(() -> Percentage.ratio(BigDecimal.ONE, BigDecimal.ZERO, 2, RoundingMode.HALF_UP))
            .isInstanceOf(ValidationException.class);
    }

    // Points.

    @Test
    void equalPointsWrittenDifferentlyAreEqual() {
        assertThat(Points.of("30")).isEqualTo(Points.of("30.000")).isEqualTo(Points.of(30)).hasToString("30.00");
        assertThat(Points.of("27.5")).hasToString("27.50");
    }

    @Test
    void pointsAreNeverNegative() {
        assertThatThrownBy(() -> Points.of(-1)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("points");
                assertThat(v.ruleId()).isEqualTo("OTP-POINTS");
                assertThat(v.arguments()).containsEntry("value", "-1");
            }));
        assertThatThrownBy(() -> Points.of("-0.01")).isInstanceOf(ValidationException.class);
    }

    @Test
    void sumsOfPointsAreExactAndNeverNegative() {
        qt().forAll(MoneyGenerators.points(), MoneyGenerators.points()).checkAssert((a, b) -> {
            Points sum = a.plus(b);
            assertThat(sum.value()).isEqualByComparingTo(a.value().add(b.value()));
            assertThat(sum.value().signum()).isNotNegative();
            assertThat(Points.sum(List.of(a, b))).isEqualTo(sum);
        });
    }

    @Test
    void subtractingMorePointsThanThereAreIsRejected() {
        qt().forAll(MoneyGenerators.points(), MoneyGenerators.points()).checkAssert((a, b) -> {
            if (b.isGreaterThan(a)) {
                assertThatThrownBy(() -> a.minus(b)).isInstanceOf(ValidationException.class);
            } else {
                assertThat(a.minus(b).value()).isEqualByComparingTo(a.value().subtract(b.value()));
                assertThat(a.minus(b).plus(b)).isEqualTo(a);
            }
        });
    }

    @Test
    void roundingPointsAsAPliegoSays() {
        // 27.456 rounded half up to two decimals is 27.46; down to one decimal, 27.4.
        assertThat(Points.of("27.456").rounded(2, RoundingMode.HALF_UP)).isEqualTo(Points.of("27.46"));
        assertThat(Points.of("27.456").rounded(1, RoundingMode.DOWN)).isEqualTo(Points.of("27.4"));
    }

    @Test
    void pointsAreEqualExactlyWhenTheirValuesCompareEqual() {
        qt().forAll(MoneyGenerators.points(), MoneyGenerators.points())
            .check((a, b) -> a.equals(b) == (a.compareTo(b) == 0));
    }
}
