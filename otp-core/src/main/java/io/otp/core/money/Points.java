package io.otp.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A number of points in an evaluation: a criterion's maximum, a bid's score.
 *
 * <p>Exact decimal, never negative, with at least two and at most ten decimals; trailing zeros
 * beyond two are dropped so equal scores are equal objects ({@code 30} is {@code 30.00}). Where a
 * pliego fixes the decimals of scores, round with {@link #rounded(int, RoundingMode)} at the point
 * it says, once. Written in JSON as a plain number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Points implements Comparable<Points> {

    /**
     * The whole numbers of points 0 to 100, made once: committees score in whole points, and an
     * evaluation of thousands of bids would otherwise hold a copy of each per score.
     */
    private static final Points[] WHOLE = new Points[101];

    static {
        for (int i = 0; i < WHOLE.length; i++) {
            WHOLE[i] = new Points(BigDecimal.valueOf(i * 100L, 2));
        }
    }

    /** No points. */
    public static final Points ZERO = WHOLE[0];

    private final BigDecimal value;

    private Points(BigDecimal value) {
        this.value = value;
    }

    /**
     * Obtains a number of points.
     *
     * @param value the points; not null; not negative; at most ten decimals
     * @return the points, not null
     * @throws ValidationException if negative or with more than ten decimals, or more than 18 digits
     *     before the decimal point
     */
    @JsonCreator
    public static Points of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new ValidationException(Violation.of("points", "OTP-POINTS",
                "io.otp.core.points.negative", "value", Decimals.shown(value)));
        }
        BigDecimal normal = Decimals.normalise("points", "OTP-POINTS", value);
        if (normal.scale() == Decimals.MIN_SCALE && normal.precision() <= 5) {
            long hundredths = normal.unscaledValue().longValue();
            if (hundredths % 100 == 0 && hundredths <= 100 * 100) {
                return WHOLE[(int) (hundredths / 100)];
            }
        }
        return new Points(normal);
    }

    /**
     * Obtains a number of points from decimal text, e.g. {@code "27.5"}.
     *
     * @param value the points; not null
     * @return the points, not null
     * @throws ValidationException if not a non-negative decimal number with at most ten decimals
     */
    public static Points of(String value) {
        Objects.requireNonNull(value, "value");
        return of(Money.decimal("points", value));
    }

    /**
     * Obtains a whole number of points.
     *
     * @param value the points; not negative
     * @return the points, not null
     * @throws ValidationException if negative
     */
    public static Points of(long value) {
        if (value >= 0 && value < WHOLE.length) {
            return WHOLE[(int) value];
        }
        return of(BigDecimal.valueOf(value));
    }

    /**
     * Obtains the sum of several numbers of points, exactly.
     *
     * @param points the points to add; not null
     * @return the sum; zero for none; not null
     */
    public static Points sum(Iterable<Points> points) {
        Objects.requireNonNull(points, "points");
        BigDecimal total = BigDecimal.ZERO;
        for (Points p : points) {
            total = total.add(Objects.requireNonNull(p, "points element").value);
        }
        return of(total);
    }

    /**
     * The number of points.
     *
     * @return the value, not null
     */
    @JsonValue
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns the sum, exactly.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param other the points to add; not null
     * @return the sum, not null
     */
    public Points plus(Points other) {
        Objects.requireNonNull(other, "other");
        return of(value.add(other.value));
    }

    /**
     * Returns the difference, exactly.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param other the points to subtract; not null; not more than this
     * @return the difference, not null
     * @throws ValidationException if the result would be negative
     */
    public Points minus(Points other) {
        Objects.requireNonNull(other, "other");
        return of(value.subtract(other.value));
    }

    /**
     * Returns these points rounded to a number of decimals, as a pliego prescribes.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param decimals the decimals kept, 0 to 10
     * @param rounding the rounding; not null
     * @return the rounded points, not null
     */
    public Points rounded(int decimals, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return of(Decimals.round(value, decimals, rounding));
    }

    /**
     * Tells whether these points are greater than others.
     *
     * @param other the other; not null
     * @return true if greater
     */
    public boolean isGreaterThan(Points other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether these points are less than others.
     *
     * @param other the other; not null
     * @return true if less
     */
    public boolean isLessThan(Points other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Points other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Points && value.equals(((Points) o).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the value in plain notation, e.g. {@code 27.50}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
