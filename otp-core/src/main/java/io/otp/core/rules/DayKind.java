package io.otp.core.rules;

/**
 * How the days of a time limit are counted. The LCSP counts calendar days unless an article says
 * business days ("días hábiles"), and a limit whose last day is not a business day ends on the next
 * business day (LCSP additional provision 12). Business days exclude Saturdays, Sundays and holidays
 * (Ley 39/2015 art. 30.2), which depend on the place: the SDK reports the kind of day, not a date.
 */
public enum DayKind {
    /** Calendar days (días naturales), the LCSP's default (additional provision 12). */
    CALENDAR,
    /** Business days (días hábiles): not Saturdays, Sundays or holidays (Ley 39/2015 art. 30.2). */
    BUSINESS
}
