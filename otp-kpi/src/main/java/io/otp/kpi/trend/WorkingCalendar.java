package io.otp.kpi.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Tells which days are working days, to count slips in working days. The host supplies its own
 * (the national, regional and local holidays that apply to the contracting authority; the LCSP
 * counts "días hábiles" excluding Saturdays, Sundays and public holidays, Ley 39/2015 art. 30.2);
 * {@link #mondayToFriday()} and {@link #withHolidays(Set)} cover the simple cases.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface WorkingCalendar {

    /**
     * Tells whether a day is a working day.
     *
     * @param date the day; not null
     * @return true if people work on that day
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * A name for messages and logs.
     *
     * @return the name, by default the simple class name; not null
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * The signed number of working days from one date to another: the working days in
     * {@code (from, to]} when {@code to} is later, minus the working days in {@code (to, from]} when
     * it is earlier, zero when the dates are equal. So a forecast moved from a Friday to the next
     * Monday slips one working day, and the count never exceeds the calendar days in absolute value.
     *
     * <p>The default implementation looks at each day in between, which is fine for the spans of
     * project schedules.
     *
     * @param from the first date; not null
     * @param to the second date; not null
     * @return the signed count of working days
     * @throws io.otp.core.ValidationException if a date is null
     */
    default long workingDaysBetween(LocalDate from, LocalDate to) {
        Arguments.require(from, "from");
        Arguments.require(to, "to");
        int sign = to.compareTo(from) >= 0 ? 1 : -1;
        LocalDate low = sign > 0 ? from : to;
        LocalDate high = sign > 0 ? to : from;
        long count = 0;
        for (LocalDate d = low.plusDays(1); !d.isAfter(high); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return sign * count;
    }

    /**
     * Monday to Friday, without holidays: the default when the host supplies no calendar.
     *
     * @return the calendar, not null
     */
    static WorkingCalendar mondayToFriday() {
        return HolidayCalendar.MONDAY_TO_FRIDAY;
    }

    /**
     * Monday to Friday except the given holidays.
     *
     * @param holidays the public holidays; not null, no null element
     * @return the calendar, not null
     * @throws io.otp.core.ValidationException if the set or an element is null
     */
    static WorkingCalendar withHolidays(Set<LocalDate> holidays) {
        return HolidayCalendar.of(holidays);
    }

    /**
     * Tells whether a day falls on a weekend (Saturday or Sunday).
     *
     * @param date the day; not null
     * @return true for Saturday and Sunday
     */
    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
