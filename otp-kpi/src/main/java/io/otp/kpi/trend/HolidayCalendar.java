package io.otp.kpi.trend;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A {@link WorkingCalendar} of Monday to Friday except a set of holiday dates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HolidayCalendar implements WorkingCalendar {

    static final HolidayCalendar MONDAY_TO_FRIDAY = new HolidayCalendar(new TreeSet<>());

    private final SortedSet<LocalDate> holidays;

    private HolidayCalendar(SortedSet<LocalDate> holidays) {
        this.holidays = holidays;
    }

    /**
     * Obtains a calendar.
     *
     * @param holidays the public holidays; not null, no null element; weekend dates are allowed and
     *     change nothing
     * @return the calendar, not null
     * @throws io.otp.core.ValidationException if the set or an element is null
     */
    public static HolidayCalendar of(Set<LocalDate> holidays) {
        Arguments.require(holidays, "holidays");
        holidays.forEach(h -> Arguments.require(h, "holidays[]"));
        return new HolidayCalendar(new TreeSet<>(holidays));
    }

    /**
     * The holidays.
     *
     * @return an unmodifiable sorted set; not null
     */
    public SortedSet<LocalDate> holidays() {
        return Collections.unmodifiableSortedSet(holidays);
    }

    /**
     * Tells whether a day is a working day: Monday to Friday and not a holiday.
     *
     * @param date the day; not null
     * @return true for a working day
     * @throws io.otp.core.ValidationException if the date is null
     */
    @Override
    public boolean isWorkingDay(LocalDate date) {
        Arguments.require(date, "date");
        return !WorkingCalendar.isWeekend(date) && !holidays.contains(date);
    }

    /**
     * Names the calendar by its number of holidays.
     *
     * @return e.g. {@code Monday-Friday, 14 holidays}; not null
     */
    @Override
    public String name() {
        return "Monday-Friday, " + holidays.size() + " holidays";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayCalendar && ((HolidayCalendar) o).holidays.equals(holidays);
    }

    @Override
    public int hashCode() {
        return holidays.hashCode();
    }

    @Override
    public String toString() {
        return name();
    }
}
