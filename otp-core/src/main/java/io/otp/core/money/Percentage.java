package io.otp.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.otp.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage, held in percent units: {@code Percentage.of("21")} is twenty-one per cent.
 *
 * <p>Exact decimal with at least two and at most ten decimals; trailing zeros beyond two are
 * dropped so that equal percentages are equal objects ({@code 21}, {@code 21.0} and {@code 21.000}
 * are all {@code 21.00}). May be negative (a variance) or above 100 (a growth); rules that need a
 * range check it where they apply. Written in JSON as a plain number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage> {

    /** Zero per cent. */
    public static final Percentage ZERO = new Percentage(new BigDecimal("0.00"));

    /** One hundred per cent. */
    public static final Percentage HUNDRED = new Percentage(new BigDecimal("100.00"));

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal value;

    private Percentage(BigDecimal value) {
        this.value = value;
    }

    /**
     * Obtains a percentage.
     *
     * @param value the value in percent units; not null; at most ten decimals
     * @return the percentage, not null
     * @throws ValidationException if the value has more than ten decimals, or more than 18 digits
     *     before the decimal point
     */
    @JsonCreator
    public static Percentage of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new Percentage(Decimals.normalise("percentage", "OTP-PERCENTAGE", value));
    }

    /**
     * Obtains a percentage from its decimal text, e.g. {@code "21"} or {@code "33.33"}.
     *
     * @param value the value in percent units; not null
     * @return the percentage, not null
     * @throws ValidationException if the text is not a decimal number with at most ten decimals
     */
    public static Percentage of(String value) {
        Objects.requireNonNull(value, "value");
        return of(Money.decimal("percentage", value));
    }

    /**
     * Obtains a whole percentage.
     *
     * @param value the value in percent units
     * @return the percentage, not null
     */
    public static Percentage of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /**
     * Obtains the percentage that a part is of a whole, rounded to the given number of decimals:
     * {@code ratio(25, 200, 2, HALF_UP)} is 12.50 %.
     *
     * @param part the part; not null
     * @param whole the whole; not null; not zero
     * @param scale the decimals of the result, 0 to 10
     * @param rounding the rounding; not null
     * @return the percentage, not null
     * @throws ValidationException if the whole is zero
     */
    public static Percentage ratio(BigDecimal part, BigDecimal whole, int scale, RoundingMode rounding) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(rounding, "rounding");
        if (whole.signum() == 0) {
            throw new ValidationException(io.otp.core.Violation.of("whole", "OTP-DIVISION",
                "io.otp.core.decimal.zeroDivisor", "field", "whole"));
        }
        BigDecimal pct = part.multiply(ONE_HUNDRED).divide(whole, DecimalPolicy.ROUNDED_QUOTIENT_CONTEXT);
        return of(Decimals.round(pct, scale, rounding));
    }

    /**
     * Parses the text {@link #toString()} produces, e.g. {@code "21.00%"}; the sign is optional.
     *
     * @param text the text; not null
     * @return the percentage, not null
     * @throws ValidationException if the text is not a decimal number
     */
    public static Percentage parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return of(s);
    }

    /**
     * The value in percent units, e.g. {@code 21.00}.
     *
     * @return the value, not null
     */
    @JsonValue
    public BigDecimal value() {
        return value;
    }

    /**
     * The value as a fraction of one, exactly: 21 % is {@code 0.21}.
     *
     * @return the fraction, not null
     */
    public BigDecimal fraction() {
        return value.divide(ONE_HUNDRED).stripTrailingZeros();
    }

    /**
     * Returns the sum of two percentages, exactly.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param other the percentage to add; not null
     * @return the sum, not null
     */
    public Percentage plus(Percentage other) {
        Objects.requireNonNull(other, "other");
        return of(value.add(other.value));
    }

    /**
     * Returns this percentage less another, exactly.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param other the percentage to subtract; not null
     * @return the difference, not null
     */
    public Percentage minus(Percentage other) {
        Objects.requireNonNull(other, "other");
        return of(value.subtract(other.value));
    }

    /**
     * Tells whether this percentage is greater than another.
     *
     * @param other the other; not null
     * @return true if greater
     */
    public boolean isGreaterThan(Percentage other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether this percentage is less than another.
     *
     * @param other the other; not null
     * @return true if less
     */
    public boolean isLessThan(Percentage other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Percentage && value.equals(((Percentage) o).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the value and a per-cent sign, e.g. {@code 21.00%}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
