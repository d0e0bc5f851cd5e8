package io.otp.report.internal.svg;

import io.otp.core.money.DecimalPolicy;
import io.otp.report.ReportLanguage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The scale and ticks of one chart axis, over numbers or epoch days. */
final class Axis {

    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200};

    private final AxisType type;
    private final BigDecimal min;
    private final BigDecimal max;
    private final List<BigDecimal> ticks;
    private final int decimals;

    private Axis(AxisType type, BigDecimal min, BigDecimal max, List<BigDecimal> ticks, int decimals) {
        this.type = type;
        this.min = min;
        this.max = max;
        this.ticks = ticks;
        this.decimals = decimals;
    }

    static Axis of(AxisType type, BigDecimal low, BigDecimal high, int maxTicks) {
        if (type == AxisType.NUMBER) {
            NiceScale scale = NiceScale.of(low, high, maxTicks);
            return new Axis(type, scale.min(), scale.max(), scale.ticks(), scale.decimals());
        }
        long first = day(low).toEpochDay();
        long last = Math.max(day(high.setScale(0, java.math.RoundingMode.CEILING)).toEpochDay(), first);
        if (last - first <= 62) {
            NiceScale scale = NiceScale.ofIntegers(BigDecimal.valueOf(first), BigDecimal.valueOf(last), maxTicks);
            return new Axis(type, scale.min(), scale.max(), scale.ticks(), 0);
        }
        LocalDate start = LocalDate.ofEpochDay(first).withDayOfMonth(1);
        LocalDate end = LocalDate.ofEpochDay(last).withDayOfMonth(1).plusMonths(1);
        long months = ChronoUnit.MONTHS.between(start, end);
        int step = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int candidate : MONTH_STEPS) {
            if (months / candidate + 1 <= maxTicks) {
                step = candidate;
                break;
            }
        }
        long startIndex = Math.floorDiv(start.getYear() * 12L + start.getMonthValue() - 1, step) * step;
        start = LocalDate.of((int) Math.floorDiv(startIndex, 12), (int) Math.floorMod(startIndex, 12) + 1, 1);
        List<BigDecimal> ticks = new ArrayList<>();
        LocalDate tick = start;
        while (true) {
            ticks.add(BigDecimal.valueOf(tick.toEpochDay()));
            if (!tick.isBefore(end)) {
                break;
            }
            tick = tick.plusMonths(step);
        }
        return new Axis(type, ticks.get(0), ticks.get(ticks.size() - 1), List.copyOf(ticks), 0);
    }

    AxisType type() {
        return type;
    }

    List<BigDecimal> ticks() {
        return ticks;
    }

    BigDecimal min() {
        return min;
    }

    BigDecimal max() {
        return max;
    }

    double fraction(BigDecimal value) {
        return value.subtract(min).divide(max.subtract(min), DecimalPolicy.MATH_CONTEXT).doubleValue();
    }

    String label(BigDecimal tick, ReportLanguage language) {
        if (type == AxisType.DATE) {
            return language.date(day(tick));
        }
        return language.number(tick, decimals);
    }

    /** The day a value of a date axis falls on; values are whole epoch days unless a caller mixed types. */
    private static LocalDate day(BigDecimal epochDay) {
        long day = epochDay.setScale(0, java.math.RoundingMode.FLOOR).longValue();
        return LocalDate.ofEpochDay(Math.max(Math.min(day, LocalDate.MAX.toEpochDay()), LocalDate.MIN.toEpochDay()));
    }

    static String raw(AxisType type, BigDecimal value) {
        if (type == AxisType.DATE) {
            return day(value).toString();
        }
        return value.toPlainString();
    }
}
