package io.otp.core.tender;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the decimals of a value in the form its JSON gives back. The SDK writes decimals in plain
 * notation ({@code 1000}, never {@code 1E+3}), so a {@code BigDecimal} with a negative scale, such as
 * {@code stripTrailingZeros()} makes of 1000, would be read back with scale 0 and no longer be
 * {@code equal} to the value written. Values store such decimals with scale 0 instead; every other
 * scale, trailing zeros included ({@code 4.50}), is kept as given.
 */
final class PlainDecimals {

    private PlainDecimals() {
    }

    /** Tells whether any value has a negative scale. */
    static boolean anyNegativeScale(Map<?, BigDecimal> values) {
        return values.values().stream().anyMatch(v -> v.scale() < 0);
    }

    /** The values with each negative scale raised to 0, in the same order; numerically unchanged. */
    static <K> Map<K, BigDecimal> plain(Map<K, BigDecimal> values) {
        Map<K, BigDecimal> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.scale() < 0 ? v.setScale(0) : v));
        return out;
    }
}
