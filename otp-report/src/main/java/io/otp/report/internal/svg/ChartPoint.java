package io.otp.report.internal.svg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One point of a line chart: an x and a y value. A date is held as its epoch day
 * ({@link LocalDate#toEpochDay()}), so one point type serves number and date axes; the chart's
 * {@link AxisType} says how to read it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param x the x value, an epoch day on a date axis; not null
 * @param y the y value, an epoch day on a date axis; not null
 */
public record ChartPoint(BigDecimal x, BigDecimal y) {

    /**
     * Checks the values.
     *
     * @param x the x value; not null
     * @param y the y value; not null
     * @throws NullPointerException if a value is null
     */
    public ChartPoint {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
    }

    /**
     * Returns a point of two numbers.
     *
     * @param x the x value; not null
     * @param y the y value; not null
     * @return the point; not null
     * @throws NullPointerException if a value is null
     */
    public static ChartPoint of(BigDecimal x, BigDecimal y) {
        return new ChartPoint(x, y);
    }

    /**
     * Returns a point with a date on the x axis, such as the planned value at a date.
     *
     * @param x the date; not null
     * @param y the value; not null
     * @return the point; not null
     * @throws NullPointerException if a value is null
     */
    public static ChartPoint of(LocalDate x, BigDecimal y) {
        return new ChartPoint(epochDay(x), y);
    }

    /**
     * Returns a point with dates on both axes, such as a milestone forecast at a report date.
     *
     * @param x the date on the x axis; not null
     * @param y the date on the y axis; not null
     * @return the point; not null
     * @throws NullPointerException if a value is null
     */
    public static ChartPoint of(LocalDate x, LocalDate y) {
        return new ChartPoint(epochDay(x), epochDay(Objects.requireNonNull(y, "y")));
    }

    static BigDecimal epochDay(LocalDate date) {
        return BigDecimal.valueOf(Objects.requireNonNull(date, "date").toEpochDay());
    }
}
