package io.otp.core.tender;

import io.otp.core.OtpMessages;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the decimals of a value in the form its JSON gives back. The SDK writes decimals in plain
 * notation ({@code 1000}, never {@code 1E+3}), so a {@code BigDecimal} with a negative scale, such as
 * {@code stripTrailingZeros()} makes of 1000, would be read back with scale 0 and no longer be
 * {@code equal} to the value written. Values store such decimals with scale 0 instead; every other
 * scale, trailing zeros included ({@code 4.50}), is kept as given.
 *
 * <p>A value with more than {@link #MAX_PLAIN_DIGITS} digits in plain notation is refused before it is
 * written out, counted as the SDK's JSON reader counts them (trailing zeros of the fraction aside):
 * {@code 1E+1000000000} is eleven characters, but a billion digits once its scale is raised to 0, and
 * what the SDK would write of it could never be read back.
 */
final class PlainDecimals {

    /**
     * Most digits of a value in plain notation, trailing zeros of its fraction aside: the limit of the
     * SDK's JSON reader ({@link OtpJson#DEFAULT_MAX_NUMBER_LENGTH}).
     */
    static final int MAX_PLAIN_DIGITS = OtpJson.DEFAULT_MAX_NUMBER_LENGTH;

    /**
     * Digits of a value as given beyond which its trailing zeros are not counted one by one: such a value is
     * written with all of them, which no reader of the SDK reads back.
     */
    private static final int MAX_WRITTEN_DIGITS = MAX_PLAIN_DIGITS + 10;

    private PlainDecimals() {
    }

    /** Tells whether any value has a negative scale. */
    static boolean anyNegativeScale(Map<?, BigDecimal> values) {
        return values.values().stream().anyMatch(v -> v.scale() < 0);
    }

    /**
     * The values with more than {@link #MAX_PLAIN_DIGITS} digits in plain notation, found in constant time
     * whatever their exponent.
     *
     * @param field the name of the map, e.g. {@code formulaValues}; a value's path is {@code field[key]}
     * @return one violation of rule {@code OTP-DECIMAL-DIGITS} per value too long, naming its path, the
     *     value (as {@link OtpMessages#number(BigDecimal)} shows it) and the limit; empty if none is
     */
    static List<Violation> unbounded(String field, Map<?, BigDecimal> values) {
        List<Violation> v = new ArrayList<>();
        values.forEach((k, value) -> {
            long digits = plainDigits(value);
            if (digits > MAX_PLAIN_DIGITS) {
                String path = field + "[" + k + "]";
                v.add(Violation.of(path, "OTP-DECIMAL-DIGITS", "io.otp.core.decimal.digits", "field", path,
                    "value", OtpMessages.number(value), "digits", digits, "maximum", MAX_PLAIN_DIGITS));
            }
        });
        return v;
    }

    /**
     * The values with each negative scale raised to 0, in the same order; numerically unchanged. Check
     * them with {@link #unbounded(String, Map)} first: this writes every value out.
     */
    static <K> Map<K, BigDecimal> plain(Map<K, BigDecimal> values) {
        Map<K, BigDecimal> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, DecimalPolicy.plain(v)));
        return out;
    }

    /**
     * The digits of a value in plain notation, trailing zeros of its fraction aside, as the JSON reader
     * counts them; computed from precision and scale, without writing the value out. A value given with
     * more than {@link #MAX_WRITTEN_DIGITS} digits counts them all: it is written so.
     */
    static long plainDigits(BigDecimal value) {
        if (value.signum() == 0) {
            // Every zero of 0E-1000000000 is written; 0E+1000000000 is 0.
            return DecimalPolicy.plainDigits(value);
        }
        long written = Math.max(1, (long) value.precision() - value.scale()) + Math.max(0, value.scale());
        if (written > MAX_WRITTEN_DIGITS || value.scale() <= 0) {
            return written;
        }
        // At most MAX_WRITTEN_DIGITS digits: stripping them is cheap.
        return DecimalPolicy.plainDigits(value);
    }
}
