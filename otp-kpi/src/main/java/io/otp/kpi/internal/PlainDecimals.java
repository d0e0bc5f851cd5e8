package io.otp.kpi.internal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Keeps the decimals of a value in the form its JSON gives back. The SDK writes decimals in plain
 * notation ({@code 1000}, never {@code 1E+3}), so a {@code BigDecimal} with a negative scale, as a document
 * may hold it ({@code "value": 1E+3}) or {@code stripTrailingZeros()} makes it of 1000, would be read back
 * with scale 0 and no longer be {@code equal} to the value written. The value types of otp-kpi store such
 * decimals with scale 0 instead; every other scale, trailing zeros included ({@code 4.50}), is kept as
 * given; zero at any negative scale ({@code 0E+1000}) is {@code 0}. A decimal too large to be written out ({@value #MAX_PLAIN_DIGITS} digits or more in plain
 * notation, such as {@code 1E+1000000000}) is left as it is rather than expanded: no JSON the SDK reads can
 * hold it, and expanding it would take as long as writing it.
 *
 * <p>Not exported: an implementation detail of the module's value types.
 */
public final class PlainDecimals {

    /** Plain digits from which a decimal is not expanded. */
    public static final int MAX_PLAIN_DIGITS = 1_000;

    private PlainDecimals() {
    }

    /**
     * A decimal with a negative scale raised to 0, numerically unchanged.
     *
     * @param value the decimal; not null
     * @return {@code value} itself if its scale is not negative (so that an Immutables {@code withX}
     *     returns the same instance) or it is too large to expand, else the decimal with scale 0
     */
    public static BigDecimal plain(BigDecimal value) {
        return needsScaleZero(value) ? value.setScale(0) : value;
    }

    /**
     * An optional decimal with a negative scale raised to 0.
     *
     * @param value the optional decimal; not null
     * @return {@code value} itself if empty, if its scale is not negative or if it is too large to expand,
     *     else the decimal with scale 0
     */
    public static Optional<BigDecimal> plain(Optional<BigDecimal> value) {
        return value.isPresent() && needsScaleZero(value.get()) ? Optional.of(value.get().setScale(0)) : value;
    }

    private static boolean needsScaleZero(BigDecimal value) {
        // Zero is zero at any scale: 0E+1000 becomes 0 at no cost.
        return value.scale() < 0 && (value.signum() == 0 || (long) value.precision() - value.scale() < MAX_PLAIN_DIGITS);
    }
}
