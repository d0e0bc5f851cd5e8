package io.otp.core.constraints;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Percentage;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Validates {@link PercentageRange}: the percentage is accepted when it is neither less than the minimum
 * nor greater than the maximum, compared exactly ({@link Percentage#compareTo(Percentage)}); the bounds
 * are read with {@link Percentage#of(String)}. A value outside is reported with rule
 * {@code OTP-PERCENTAGE-RANGE}.
 *
 * <p>The Jakarta provider creates and initialises one instance per constraint declaration, then may
 * call {@link #isValid(Percentage, ConstraintValidatorContext)} from many threads; that method changes
 * nothing.
 */
public final class PercentageRangeValidator implements ConstraintValidator<PercentageRange, Percentage> {

    /** The rule id of a percentage outside the range. */
    public static final String RULE = "OTP-PERCENTAGE-RANGE";

    private boolean hostMessage;
    private Percentage min = Percentage.ZERO;
    private Percentage max = Percentage.HUNDRED;

    /**
     * Creates a validator for 0 % to 100 %; the Jakarta provider calls
     * {@link #initialize(PercentageRange)} before use.
     */
    public PercentageRangeValidator() {
        // instantiated reflectively by the Jakarta provider
    }

    /**
     * Reads the constraint as declared.
     *
     * @param constraint the annotation; not null
     * @throws ConstraintDeclarationException if {@code min} or {@code max} is not a decimal number with at
     *     most ten decimals, or {@code min} is greater than {@code max}
     */
    @Override
    public void initialize(PercentageRange constraint) {
        hostMessage = Rejection.isHostMessage(constraint, constraint.message());
        min = bound("min", constraint.min());
        max = bound("max", constraint.max());
        if (min.isGreaterThan(max)) {
            throw new ConstraintDeclarationException("@PercentageRange(min = \"" + constraint.min() + "\", max = \""
                + constraint.max() + "\"): the minimum is greater than the maximum, so no percentage is accepted");
        }
    }

    /**
     * Validates a percentage.
     *
     * @param value the percentage; null is valid
     * @param context the context; not null
     * @return true if the percentage is null or within the range, bounds included
     */
    @Override
    public boolean isValid(Percentage value, ConstraintValidatorContext context) {
        if (value == null || !value.isLessThan(min) && !value.isGreaterThan(max)) {
            return true;
        }
        return Rejection.reject(context, hostMessage, List.of(Violation.of("percentage", RULE,
            "io.otp.core.constraints.PercentageRange.outside", "value", value.value().toPlainString(),
            "min", min.value().toPlainString(), "max", max.value().toPlainString())));
    }

    private static Percentage bound(String attribute, String text) {
        try {
            return Percentage.of(text);
        } catch (ValidationException e) {
            throw new ConstraintDeclarationException("@PercentageRange(" + attribute + " = \"" + text + "\"): "
                + e.violations().get(0).message(), e);
        }
    }
}
