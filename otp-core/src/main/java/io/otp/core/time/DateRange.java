package io.otp.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.otp.core.MissingValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period of calendar days, both ends included: a contract's term, a submission period.
 *
 * <p>The start is never after the end; a one-day range has start equal to end. Written in JSON as
 * {@code {"start": "2026-01-01", "end": "2026-12-31"}}.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"start", "end"})
public final class DateRange {

    private final LocalDate start;
    private final LocalDate end;

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains a range.
     *
     * @param start the first day; not null
     * @param end the last day; not null; not before the start
     * @return the range, not null
     * @throws ValidationException if the end is before the start
     */
    @JsonCreator
    public static DateRange of(@JsonProperty("start") LocalDate start, @JsonProperty("end") LocalDate end) {
        if (start == null || end == null) {
            throw new MissingValueException(start == null ? "start" : "end");
        }
        if (end.isBefore(start)) {
            throw new ValidationException(Violation.of("end", "OTP-DATES-ORDER",
                "io.otp.core.dates.order", "first", "start", "firstValue", start,
                "second", "end", "secondValue", end));
        }
        return new DateRange(start, end);
    }

    /**
     * Parses the text {@link #toString()} produces, e.g. {@code 2026-01-01/2026-12-31}.
     *
     * @param text the text; not null
     * @return the range, not null
     * @throws ValidationException if the text is not two ISO dates separated by a slash, in order
     */
    public static DateRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.toString().trim().split("/", -1);
        try {
            if (parts.length == 2) {
                return of(LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()));
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below with the whole text
        }
        throw new ValidationException(Violation.of("dateRange", "ISO-8601",
            "io.otp.core.dates.format", "value", text));
    }

    /**
     * The first day.
     *
     * @return the start, not null
     */
    @JsonProperty("start")
    public LocalDate start() {
        return start;
    }

    /**
     * The last day.
     *
     * @return the end, not null
     */
    @JsonProperty("end")
    public LocalDate end() {
        return end;
    }

    /**
     * The number of days in the range, both ends included.
     *
     * @return at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Tells whether a day lies in the range.
     *
     * @param date the day; not null
     * @return true if start &lt;= date &lt;= end
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Tells whether this range shares at least one day with another.
     *
     * @param other the other range; not null
     * @return true if they overlap
     */
    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DateRange)) {
            return false;
        }
        DateRange other = (DateRange) o;
        return start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /**
     * Returns the ISO-8601 interval of the two dates, e.g. {@code 2026-01-01/2026-12-31}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
