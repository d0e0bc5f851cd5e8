package io.otp.core.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The SDK's one decimal policy: the precision of every division and the plain form in which decimals are
 * kept, so that every module computes and writes numbers the same way.
 *
 * <p><b>Divisions.</b> Every division whose quotient is a result or enters one (scores, ratios, means,
 * weights, indices, earned-value figures, trends) uses {@link #MATH_CONTEXT}: 16 significant digits,
 * rounding half even (IEEE 754 decimal64). A quotient that is rounded at once to a stated number of
 * decimals, such as a percentage of two amounts or a share shown in a message, is taken with
 * {@link #ROUNDED_QUOTIENT_CONTEXT} (34 digits) first, so that only the stated rounding shows. Legal
 * comparisons never divide: they cross-multiply, exactly.
 *
 * <p><b>Plain form.</b> The SDK writes decimals in plain notation ({@code 1000}, never {@code 1E+3}). A
 * {@code BigDecimal} with a negative scale, as a document may hold it or {@code stripTrailingZeros()} makes
 * it of 1000, would be read back with scale 0 and no longer be {@code equal} to the value written; value
 * types store it with scale 0 ({@link #plain(BigDecimal)}), or without trailing zeros and never a negative
 * scale ({@link #normalised(BigDecimal)}).
 *
 * <p>This class is a constant holder; it cannot be instantiated and is thread-safe.
 */
public final class DecimalPolicy {

    /**
     * The context of every division whose quotient is a result or enters one: {@link MathContext#DECIMAL64},
     * 16 significant digits, rounding half even.
     */
    public static final MathContext MATH_CONTEXT = MathContext.DECIMAL64;

    /**
     * The context of a quotient rounded at once to a stated number of decimals (a percentage of two amounts,
     * a share shown in a message): {@link MathContext#DECIMAL128}, 34 significant digits, rounding half even,
     * so that the stated rounding is the only one that shows.
     */
    public static final MathContext ROUNDED_QUOTIENT_CONTEXT = MathContext.DECIMAL128;

    /**
     * Plain digits from which {@link #plain(BigDecimal)} and {@link #normalised(BigDecimal)} leave a decimal
     * with a negative scale as it is rather than write it out: no JSON the SDK reads holds so many digits,
     * and writing {@code 1E+1000000000} out would take a billion digits.
     */
    public static final int MAX_EXPANDED_DIGITS = 1_000;

    private DecimalPolicy() {
    }

    /**
     * A decimal with a negative scale raised to 0, numerically unchanged; every other scale, trailing zeros
     * included ({@code 4.50}), is kept; zero at any negative scale ({@code 0E+1000}) is {@code 0}.
     *
     * @param value the decimal; not null
     * @return {@code value} itself if its scale is not negative or it has {@link #MAX_EXPANDED_DIGITS} plain
     *     digits or more, else the decimal with scale 0; not null
     */
    public static BigDecimal plain(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return expandable(value) ? value.setScale(0) : value;
    }

    /**
     * An optional decimal with a negative scale raised to 0, as {@link #plain(BigDecimal)}.
     *
     * @param value the optional decimal; not null
     * @return {@code value} itself if empty or if its decimal needs no change (so that an Immutables
     *     {@code withX} given it returns the same instance), else the decimal with scale 0; not null
     */
    public static Optional<BigDecimal> plain(Optional<BigDecimal> value) {
        Objects.requireNonNull(value, "value");
        return value.isPresent() && expandable(value.get()) ? Optional.of(value.get().setScale(0)) : value;
    }

    /**
     * The digits of a decimal in plain notation, without the trailing zeros of its fraction, computed without
     * writing the decimal out ({@code 1E+1000000000} is eleven characters of text and 1,000,000,001 digits);
     * a zero counts every zero of its fraction ({@code 0E-5} is {@code 0.00000}, 6 digits). Readers and
     * canonical writers refuse a number above their limit by this count.
     *
     * @param value the decimal; not null
     * @return the count, at least 1; for a decimal of more than {@link #MAX_EXPANDED_DIGITS} significant digits,
     *     the digits as written, trailing zeros included (more than any reader's limit either way)
     */
    public static long plainDigits(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            return 1L + Math.max(0, value.scale());
        }
        if (value.precision() > MAX_EXPANDED_DIGITS) {
            // beyond any limit a reader sets: counted as written, without stripping so many digits
            return Math.max(1, (long) value.precision() - value.scale()) + Math.max(0, value.scale());
        }
        BigDecimal significant = value.stripTrailingZeros();
        return Math.max(1, (long) significant.precision() - significant.scale()) + Math.max(0, significant.scale());
    }

    /**
     * A decimal without trailing zeros and never with a negative scale ({@code 2.50} is {@code 2.5},
     * {@code 1E+3} is {@code 1000}), so that equal quantities are equal objects and read back from JSON as
     * written.
     *
     * @param value the decimal; not null
     * @return the normalised decimal; a decimal of {@link #MAX_EXPANDED_DIGITS} plain digits or more keeps
     *     its negative scale, and one of more than {@link #MAX_EXPANDED_DIGITS} significant digits is returned
     *     as it is (no value the SDK computes or reads has so many); not null
     */
    public static BigDecimal normalised(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.precision() > MAX_EXPANDED_DIGITS) {
            // stripping the zeros of so many digits takes time that grows with their square
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return expandable(stripped) ? stripped.setScale(0) : stripped;
    }

    /**
     * A quotient rounded at once to a number of decimals: {@code dividend / divisor} with
     * {@link #ROUNDED_QUOTIENT_CONTEXT}, then to {@code scale} decimals with {@code rounding}.
     *
     * @param dividend the dividend; not null
     * @param divisor the divisor; not null and not zero
     * @param scale the decimals of the result
     * @param rounding the rounding of the result; not null
     * @return the rounded quotient; not null
     * @throws ArithmeticException if the divisor is zero
     */
    public static BigDecimal roundedQuotient(BigDecimal dividend, BigDecimal divisor, int scale, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        BigDecimal quotient = dividend.divide(divisor, ROUNDED_QUOTIENT_CONTEXT);
        // A quotient below a tenth of the last decimal kept rounds as any other such number of its sign does;
        // replacing it by one spares setScale from dividing by 10 to the power of its scale (1E-1000000000).
        if (quotient.signum() != 0 && (long) quotient.precision() - quotient.scale() < -(long) scale - 1) {
            quotient = BigDecimal.ONE.movePointLeft(scale + 2).multiply(BigDecimal.valueOf(quotient.signum()));
        }
        return quotient.setScale(scale, rounding);
    }

    private static boolean expandable(BigDecimal value) {
        return value.scale() < 0
            && (value.signum() == 0 || (long) value.precision() - value.scale() < MAX_EXPANDED_DIGITS);
    }
}
