package io.otp.kpi.indicator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * How often a KPI is measured; each frequency divides the calendar into periods, and a series holds
 * at most one measurement per period.
 *
 * <p>Periods are calendar periods: ISO weeks starting on Monday, calendar months, quarters starting
 * in January, April, July and October, half years starting in January and July, calendar years.
 */
public enum KpiFrequency {

    /** ISO weeks, Monday to Sunday; labelled {@code 2026-W09} (week-based year). */
    WEEKLY(0),

    /** Calendar months; labelled {@code 2026-03}. */
    MONTHLY(1),

    /** Calendar quarters; labelled {@code 2026-Q1}. */
    QUARTERLY(3),

    /** Calendar half years; labelled {@code 2026-H1}. */
    SEMIANNUAL(6),

    /** Calendar years; labelled {@code 2026}. */
    ANNUAL(12);

    private final int months;

    KpiFrequency(int months) {
        this.months = months;
    }

    /**
     * The first day of the period that contains a date.
     *
     * @param date any date; not null
     * @return the period's first day, not null
     */
    public LocalDate periodStart(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (this == WEEKLY) {
            return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        int monthIndex = date.getMonthValue() - 1;
        return LocalDate.of(date.getYear(), monthIndex - monthIndex % months + 1, 1);
    }

    /**
     * The last day of the period that contains a date.
     *
     * @param date any date; not null
     * @return the period's last day, not null
     */
    public LocalDate periodEnd(LocalDate date) {
        LocalDate start = periodStart(date);
        return this == WEEKLY ? start.plusDays(6) : start.plusMonths(months).minusDays(1);
    }

    /**
     * Counts the periods from the one containing {@code from} to the one containing {@code to}:
     * 0 for the same period, 1 for the next, negative when {@code to} comes first.
     *
     * @param from a date; not null
     * @param to another date; not null
     * @return the number of periods between them
     */
    public long periodsBetween(LocalDate from, LocalDate to) {
        LocalDate a = periodStart(from);
        LocalDate b = periodStart(Objects.requireNonNull(to, "to"));
        return this == WEEKLY ? ChronoUnit.WEEKS.between(a, b) : ChronoUnit.MONTHS.between(a, b) / months;
    }

    /**
     * The label of the period that contains a date: {@code 2026-W09}, {@code 2026-03},
     * {@code 2026-Q1}, {@code 2026-H1} or {@code 2026}.
     *
     * @param date any date; not null
     * @return the label, not null
     */
    public String label(LocalDate date) {
        LocalDate start = periodStart(date);
        switch (this) {
            case WEEKLY:
                return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY:
                return String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTERLY:
                return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case SEMIANNUAL:
                return start.getYear() + "-H" + ((start.getMonthValue() - 1) / 6 + 1);
            default:
                return Integer.toString(start.getYear());
        }
    }
}
