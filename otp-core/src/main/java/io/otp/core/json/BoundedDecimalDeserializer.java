package io.otp.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.otp.core.money.DecimalPolicy;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads {@code BigDecimal}s as Jackson does, then applies {@link OtpJson.Builder#maxNumberLength(int)}
 * to the number as the SDK writes it: in plain notation.
 *
 * <p>Jackson limits the digits of the text read, so {@code 1E+1000000000} passes its check with
 * eleven digits, yet the value has a billion digits in plain notation: an amount built from it hangs
 * in rounding or printing, and what the SDK would write could never be read back. Conversely the
 * SDK's decimal types add zeros when they write ({@code 1E+99} euros is written with its cents, 102
 * digits), so the text may be a little longer than the limit; trailing zeros of the fraction are
 * not counted (for zero, its written zeros are: {@code 0E-1000000000} is rejected).
 */
final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    /** Digits the parser lets through beyond the limit: the decimals an SDK type may add when writing. */
    static final int WRITTEN_ZEROS = 10;

    private static final long serialVersionUID = 1L;

    private final int max;

    BoundedDecimalDeserializer(int max) {
        super(BigDecimal.class);
        this.max = max;
    }

    /** The parser's limit on the text of a number for a configured limit. */
    static int textLimit(int max) {
        return max > Integer.MAX_VALUE - WRITTEN_ZEROS ? Integer.MAX_VALUE : max + WRITTEN_ZEROS;
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
        if (value != null) {
            requirePlainDigitsWithin(value, max);
        }
        return value;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Float;
    }

    /**
     * Rejects a value that has more than {@code max} digits in plain notation, without the trailing
     * zeros of its fraction.
     *
     * @param value the value read
     * @param max the most digits allowed
     * @throws StreamConstraintsException if it is longer, worded as Jackson words its own
     *     number-length check so that it is reported as the same limit
     */
    static void requirePlainDigitsWithin(BigDecimal value, int max) throws StreamConstraintsException {
        // The text was at most textLimit(max) digits long, so stripping is cheap; the exponent is not.
        long digits = DecimalPolicy.plainDigits(value);
        if (digits > max) {
            throw new StreamConstraintsException(String.format("Number value length (%d) exceeds the maximum "
                + "allowed (%d, from `StreamReadConstraints.getMaxNumberLength()`)", digits, max));
        }
    }
}
