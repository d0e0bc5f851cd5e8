package io.otp.report.internal.svg;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a {@link TimelineChart}: a milestone or task with its baseline, forecast and actual dates,
 * and optionally a start date that draws it as a bar (Gantt style) from the start to its end (the actual
 * date, else the forecast, else the baseline).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param label the row label, such as the milestone name; not null
 * @param start the start of the bar; empty for a milestone drawn as markers only
 * @param baseline the baseline (planned) date; empty if none
 * @param forecast the forecast date; empty if none
 * @param actual the date it was actually reached; empty if not yet
 */
public record TimelineRow(String label, Optional<LocalDate> start, Optional<LocalDate> baseline,
    Optional<LocalDate> forecast, Optional<LocalDate> actual) {

    /**
     * Checks the values.
     *
     * @param label the row label; not null
     * @param start the start of the bar; not null (may be empty)
     * @param baseline the baseline date; not null (may be empty)
     * @param forecast the forecast date; not null (may be empty)
     * @param actual the actual date; not null (may be empty)
     * @throws NullPointerException if a value is null
     */
    public TimelineRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(actual, "actual");
    }

    /**
     * Returns a milestone row with a baseline and a forecast and not yet reached.
     *
     * @param label the row label; not null
     * @param baseline the baseline date; not null
     * @param forecast the forecast date; not null
     * @return the row; not null
     * @throws NullPointerException if a value is null
     */
    public static TimelineRow milestone(String label, LocalDate baseline, LocalDate forecast) {
        return new TimelineRow(label, Optional.empty(), Optional.of(baseline), Optional.of(forecast), Optional.empty());
    }

    /**
     * Returns a copy with an actual date. This instance is immutable and unaffected by this method call.
     *
     * @param date the date it was reached; not null
     * @return the copy; not null
     * @throws NullPointerException if {@code date} is null
     */
    public TimelineRow withActual(LocalDate date) {
        return new TimelineRow(label, start, baseline, forecast, Optional.of(date));
    }

    /**
     * Returns a copy with a start date, drawn as a bar. This instance is immutable and unaffected by this
     * method call.
     *
     * @param date the start date; not null
     * @return the copy; not null
     * @throws NullPointerException if {@code date} is null
     */
    public TimelineRow withStart(LocalDate date) {
        return new TimelineRow(label, Optional.of(date), baseline, forecast, actual);
    }

    /**
     * Returns the end of the bar: the actual date, else the forecast, else the baseline.
     *
     * @return the end; empty if the row has no date
     */
    public Optional<LocalDate> end() {
        return actual.or(() -> forecast).or(() -> baseline);
    }
}
