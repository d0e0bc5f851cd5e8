package io.otp.core.communication;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How often a planned communication action is carried out: at least once per calendar period.
 */
public enum Frequency {
    /** At least once per calendar month. */
    MONTHLY(1),
    /** At least once per calendar quarter (January-March, April-June, ...). */
    QUARTERLY(3),
    /** At least once per calendar year. */
    YEARLY(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /**
     * The length of the period.
     *
     * @return the number of months of one period, 1, 3 or 12
     */
    public int months() {
        return months;
    }

    /**
     * The first day of the calendar period containing a date.
     *
     * @param date the date; not null
     * @return the first day of its month, quarter or year; not null
     * @throws NullPointerException if the date is null
     */
    public LocalDate periodStart(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int month = (date.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(date.getYear(), month, 1);
    }
}
