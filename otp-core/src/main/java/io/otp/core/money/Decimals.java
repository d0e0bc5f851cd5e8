package io.otp.core.money;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Scale rules shared by {@link Percentage} and {@link Points}.
 */
final class Decimals {

    /** Most decimals a percentage or a number of points may carry. */
    static final int MAX_SCALE = 10;

    /**
     * Most digits before the decimal point of an amount, a percentage or a number of points: 10^18
     * euros is beyond any public budget, and a number such as {@code 1E+1000000000} read from a
     * document must be refused before any arithmetic would write out its billion digits.
     */
    static final int MAX_INTEGER_DIGITS = 18;

    /** Most decimals a value may carry before rounding: the SDK's divisions give at most 34 digits. */
    static final int MAX_DECIMALS_READ = 100;

    /** Shown scale: at least two decimals, trailing zeros beyond them dropped. */
    static final int MIN_SCALE = 2;

    private Decimals() {
    }

    /**
     * Normalises a value to at least two decimals and no trailing zeros beyond them, so that equal
     * quantities are equal objects and print the same way.
     */
    static BigDecimal normalise(String field, String rule, BigDecimal value) {
        BigDecimal stripped = checkSize(field, rule, value, MAX_SCALE);
        if (stripped.scale() > MAX_SCALE) {
            throw new ValidationException(Violation.of(field, rule, "io.otp.core.decimal.scale",
                "field", field, "value", shown(value), "digits", MAX_SCALE));
        }
        return stripped.scale() < MIN_SCALE ? stripped.setScale(MIN_SCALE, RoundingMode.UNNECESSARY)
            : stripped;
    }

    /**
     * Refuses a value with more than {@link #MAX_INTEGER_DIGITS} digits before the point or more than
     * {@code maxDecimals} decimals (trailing zeros aside), in constant time whatever its exponent.
     *
     * @return the value without trailing zeros
     */
    static BigDecimal checkSize(String field, String rule, BigDecimal value, int maxDecimals) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() != 0 && (long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw new ValidationException(Violation.of(field, rule, "io.otp.core.decimal.magnitude",
                "field", field, "value", shown(value), "digits", MAX_INTEGER_DIGITS));
        }
        if (stripped.scale() > maxDecimals) {
            throw new ValidationException(Violation.of(field, rule, "io.otp.core.decimal.scale",
                "field", field, "value", shown(value), "digits", maxDecimals));
        }
        return stripped;
    }

    /**
     * A value as an error message shows it: plain digits, or scientific notation when the plain form
     * would be long (a value such as {@code 1E+1000000000} has a billion plain digits).
     */
    static String shown(BigDecimal value) {
        long plainLength = Math.max((long) value.precision() - value.scale(), 0) + Math.max(value.scale(), 0);
        return plainLength > 60 ? value.toString() : value.toPlainString();
    }

    static BigDecimal round(BigDecimal value, int scale, RoundingMode rounding) {
        return value.setScale(Math.min(scale, MAX_SCALE), rounding);
    }
}
