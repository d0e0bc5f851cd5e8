package io.otp.report.internal.svg;

import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An axis scale with "nice" rounded ticks: the step is 1, 2, 2.5 or 5 times a power of ten, and the
 * scale runs from a multiple of the step at or below the smallest value to one at or above the largest
 * (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990). Computed in {@link BigDecimal}, so
 * ticks are exact ({@code 0.1}, {@code 0.2}, {@code 0.3}, not {@code 0.30000000000000004}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NiceScale {

    private static final BigDecimal[] NICE = {
        BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("2.5"), new BigDecimal("5"), BigDecimal.TEN};

    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal step;

    private NiceScale(BigDecimal min, BigDecimal max, BigDecimal step) {
        this.min = min;
        this.max = max;
        this.step = step;
    }

    /**
     * Returns the scale covering two values with about a given number of ticks (the rounding of both ends
     * to the step may add one or two). Equal values get a scale around them (zero gets 0 to 1).
     *
     * @param low the smallest value to show; not null
     * @param high the largest value to show; not null
     * @param maxTicks the number of ticks wanted, 2 or more
     * @return the scale; not null
     * @throws NullPointerException if {@code low} or {@code high} is null
     * @throws IllegalArgumentException if {@code low} is greater than {@code high} or {@code maxTicks} is
     *     less than 2
     */
    public static NiceScale of(BigDecimal low, BigDecimal high, int maxTicks) {
        return of(low, high, maxTicks, false);
    }

    /**
     * Returns a scale whose step is a whole number (1, 2, 5, 10, 20...), for counts and days.
     *
     * @param low the smallest value to show; not null
     * @param high the largest value to show; not null
     * @param maxTicks the largest number of ticks wanted, 2 or more
     * @return the scale; not null
     * @throws NullPointerException if {@code low} or {@code high} is null
     * @throws IllegalArgumentException if {@code low} is greater than {@code high} or {@code maxTicks} is
     *     less than 2
     */
    public static NiceScale ofIntegers(BigDecimal low, BigDecimal high, int maxTicks) {
        return of(low, high, maxTicks, true);
    }

    private static NiceScale of(BigDecimal low, BigDecimal high, int maxTicks, boolean integers) {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("scale from " + low.toPlainString() + " to " + high.toPlainString()
                + ": the low end is greater than the high end");
        }
        if (maxTicks < 2) {
            throw new IllegalArgumentException("maxTicks " + maxTicks + " is less than 2");
        }
        if (low.compareTo(high) == 0) {
            BigDecimal pad = low.signum() == 0 ? BigDecimal.ONE : low.abs().divide(BigDecimal.TEN);
            if (integers && pad.compareTo(BigDecimal.ONE) < 0) {
                pad = BigDecimal.ONE;
            }
            low = low.signum() == 0 ? low : low.subtract(pad);
            high = high.add(pad);
        }
        BigDecimal rough = high.subtract(low).divide(BigDecimal.valueOf(maxTicks - 1L), DecimalPolicy.MATH_CONTEXT);
        int exponent = rough.precision() - rough.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal normalized = rough.divide(power, DecimalPolicy.MATH_CONTEXT);
        BigDecimal step = null;
        for (BigDecimal nice : NICE) {
            if (integers && exponent == 0 && nice.scale() > 0) {
                continue;
            }
            if (nice.compareTo(normalized) >= 0) {
                step = nice.multiply(power);
                break;
            }
        }
        if (step == null) {
            step = BigDecimal.TEN.multiply(power);
        }
        if (integers && step.compareTo(BigDecimal.ONE) < 0) {
            step = BigDecimal.ONE;
        }
        step = step.stripTrailingZeros();
        if (step.scale() < 0) {
            step = step.setScale(0);
        }
        BigDecimal niceMin = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal niceMax = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new NiceScale(niceMin, niceMax, step);
    }

    /**
     * Returns the low end of the scale, the first tick.
     *
     * @return the low end; not null
     */
    public BigDecimal min() {
        return min;
    }

    /**
     * Returns the high end of the scale, the last tick.
     *
     * @return the high end, greater than {@link #min()}; not null
     */
    public BigDecimal max() {
        return max;
    }

    /**
     * Returns the distance between ticks.
     *
     * @return the step, positive; not null
     */
    public BigDecimal step() {
        return step;
    }

    /**
     * Returns the ticks from {@link #min()} to {@link #max()}.
     *
     * @return the ticks, in increasing order; not null, unmodifiable
     */
    public List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
            ticks.add(t);
        }
        return List.copyOf(ticks);
    }

    /**
     * Returns the number of decimals that shows every tick exactly.
     *
     * @return 0 or more
     */
    public int decimals() {
        return Math.max(step.stripTrailingZeros().scale(), 0);
    }

    /**
     * Returns where a value falls on the scale, from 0 at {@link #min()} to 1 at {@link #max()} (outside
     * that range for values outside the scale).
     *
     * @param value the value; not null
     * @return the fraction, a finite double
     * @throws NullPointerException if {@code value} is null
     */
    public double fraction(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.subtract(min).divide(max.subtract(min), DecimalPolicy.MATH_CONTEXT).doubleValue();
    }
}
