package io.otp.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Points;
import io.otp.core.tender.Direction;
import io.otp.scoring.abnormal.PliegoCondition;
import io.otp.scoring.abnormal.PriceMeasure;
import io.otp.scoring.abnormal.PriceReference;
import io.otp.scoring.abnormal.TechnicalComparison;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaParameter;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A decimal given through the Java API with an extreme exponent, such as {@code -1E+1000000000}, is shown in the
 * messages and descriptions of otp-scoring's builders as it was given: writing it out in plain notation
 * ({@code toPlainString()}) took a billion characters, an OutOfMemoryError, before the ValidationException could
 * be thrown.
 */
class ExtremeDecimalsTest {

    private static final BigDecimal HUGE = new BigDecimal("1E+1000000000");
    private static final BigDecimal MINUS_HUGE = HUGE.negate();

    /** The only violation the call throws, within 5 seconds. */
    private static Violation onlyViolation(Executable call) {
        ValidationException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
            () -> catchThrowableOfType(ValidationException.class, call::execute));
        assertThat(e).as("a ValidationException").isNotNull();
        assertThat(e.violations()).hasSize(1);
        assertThat(e.getMessage()).hasSizeLessThan(400);
        return e.violations().get(0);
    }

    @Test
    void aPliegoThresholdIsShownAsGiven() {
        Violation price = onlyViolation(() -> PliegoCondition.priceBelow(PriceReference.MEAN_OF_ALL, PriceMeasure.EUROS,
            MINUS_HUGE));
        assertThat(price.path()).isEqualTo("threshold");
        assertThat(price.ruleId()).isEqualTo("LCSP-149.2.b");
        assertThat(price.arguments()).containsEntry("value", "-1E+1000000000");
        Violation technical = onlyViolation(() -> PliegoCondition.technicalPoints(TechnicalComparison.BELOW, MINUS_HUGE));
        assertThat(technical.arguments()).containsEntry("value", "-1E+1000000000");
        // a positive threshold of a billion digits is refused for its size, shown as given
        Violation huge = onlyViolation(() -> PliegoCondition.priceBelow(PriceReference.MEAN_OF_ALL, PriceMeasure.EUROS,
            HUGE));
        assertThat(huge.path()).isEqualTo("threshold");
        assertThat(huge.arguments()).containsEntry("value", "1E+1000000000").containsEntry("digits", "18");
    }

    @Test
    void aBudgetOfAFormulaInputIsShownAsGiven() {
        Violation v = onlyViolation(() -> FormulaInput.builder().maxPoints(Points.of(10))
            .direction(Direction.LOWER_IS_BETTER).budget(MINUS_HUGE).build());
        assertThat(v.path()).isEqualTo("budget");
        assertThat(v.arguments()).containsEntry("value", "-1E+1000000000");
    }

    @Test
    void aFormulaParameterAndItsRangeAreShownAsGiven() {
        Violation v = onlyViolation(() -> FormulaParameter.builder().name("best").meaning("the best value")
            .minimum(BigDecimal.ZERO).maximum(HUGE).defaultValue(MINUS_HUGE).build());
        assertThat(v.path()).isEqualTo("defaultValue");
        assertThat(v.arguments()).containsEntry("value", "-1E+1000000000").containsEntry("range", "[0, 1E+1000000000]");
    }

    @Test
    void negativePointsOfAFormulaAreShownAsGiven() {
        Violation v = onlyViolation(() -> FormulaScore.builder().points(MINUS_HUGE).formula("x").build());
        assertThat(v.path()).isEqualTo("points");
        assertThat(v.arguments()).containsEntry("value", "-1E+1000000000");
    }
}
