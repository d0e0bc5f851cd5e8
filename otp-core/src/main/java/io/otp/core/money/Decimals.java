package io.otp.core.money;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Scale rules shared by {@link Percentage} and {@link Points}.
 */
final class Decimals {

    /** Most decimals a percentage or a number of points may carry. */
    static final int MAX_SCALE = 10;

    /** Most digits of a value shown in plain notation in a message. */
    static final int SHOWN_DIGITS = 1_000;

    /** Shown scale: at least two decimals, trailing zeros beyond them dropped. */
    static final int MIN_SCALE = 2;

    private Decimals() {
    }

    /**
     * Normalises a value to at least two decimals and no trailing zeros beyond them, so that equal
     * quantities are equal objects and print the same way.
     */
    static BigDecimal normalise(String field, String rule, BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE) {
            throw new ValidationException(Violation.of(field, rule, "io.otp.core.decimal.scale",
                "field", field, "value", shown(value), "digits", MAX_SCALE));
        }
        return stripped.scale() < MIN_SCALE ? stripped.setScale(MIN_SCALE, RoundingMode.UNNECESSARY)
            : stripped;
    }

    /**
     * The value as a message shows it: in plain notation unless that would be absurdly long, as for
     * {@code 1E-1000000000}, whose plain text has a billion digits and would take minutes to build.
     */
    static String shown(BigDecimal value) {
        long digits = Math.max((long) value.precision() - value.scale(), value.scale());
        return digits <= SHOWN_DIGITS ? value.toPlainString() : value.toString();
    }

    static BigDecimal round(BigDecimal value, int scale, RoundingMode rounding) {
        return value.setScale(Math.min(scale, MAX_SCALE), rounding);
    }

    static MathContext context() {
        return MathContext.DECIMAL128;
    }
}
