package io.otp.kpi.trend;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.MilestoneId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * One point of a milestone trend chart: on a report date, the forecast in force for a milestone, and
 * its slip against the baseline, slip = forecast &minus; baseline, in calendar days and in working
 * days (positive: late; negative: ahead).
 *
 * <p>Structural rules ({@code KPI-TREND-SLIP}): the calendar slip is the number of days from the
 * baseline to the forecast; the working slip has the same sign as the calendar slip, or is zero, and
 * is not larger in absolute value.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestoneForecast.class)
@JsonDeserialize(as = ImmutableMilestoneForecast.class)
public abstract class MilestoneForecast {

    MilestoneForecast() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Computes the point for a forecast.
     *
     * @param milestone the milestone; not null
     * @param reportDate the report date; not null
     * @param baselineDate the milestone's baseline date; not null
     * @param forecastDate the forecast in force on the report date; not null
     * @param calendar the working calendar; not null
     * @return the point, not null
     * @throws ValidationException if an argument is null
     */
    public static MilestoneForecast of(MilestoneId milestone, LocalDate reportDate, LocalDate baselineDate,
                                       LocalDate forecastDate, WorkingCalendar calendar) {
        Arguments.require(calendar, "calendar");
        Arguments.require(baselineDate, "baselineDate");
        Arguments.require(forecastDate, "forecastDate");
        return builder().milestone(milestone).reportDate(reportDate).baselineDate(baselineDate)
            .forecastDate(forecastDate).calendarSlip(ChronoUnit.DAYS.between(baselineDate, forecastDate))
            .workingSlip(calendar.workingDaysBetween(baselineDate, forecastDate)).build();
    }

    /**
     * The milestone.
     *
     * @return the id, not null
     */
    public abstract MilestoneId milestone();

    /**
     * The report date.
     *
     * @return the date, not null
     */
    public abstract LocalDate reportDate();

    /**
     * The milestone's baseline date.
     *
     * @return the date, not null
     */
    public abstract LocalDate baselineDate();

    /**
     * The forecast in force on the report date.
     *
     * @return the date, not null
     */
    public abstract LocalDate forecastDate();

    /**
     * Forecast &minus; baseline in calendar days.
     *
     * @return the slip, positive when late
     */
    public abstract long calendarSlip();

    /**
     * Forecast &minus; baseline in working days of the calendar used
     * ({@link WorkingCalendar#workingDaysBetween(LocalDate, LocalDate)}).
     *
     * @return the slip, positive when late; never larger than {@link #calendarSlip()} in absolute value
     */
    public abstract long workingSlip();

    /**
     * Tells whether the point lies on or below the chart's diagonal: the forecast is not after the
     * report date, so the milestone is reached and its line ends here.
     *
     * @return true if the forecast date is on or before the report date
     */
    public boolean reached() {
        return !forecastDate().isAfter(reportDate());
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        long expected = ChronoUnit.DAYS.between(baselineDate(), forecastDate());
        if (calendarSlip() != expected) {
            v.add(Violation.of("calendarSlip", "KPI-TREND-SLIP", "io.otp.kpi.trend.slip.calendar",
                "milestone", milestone(), "value", calendarSlip(), "expected", expected));
        }
        boolean sameSign = workingSlip() == 0 || Long.signum(workingSlip()) == Long.signum(expected);
        if (!sameSign || Math.abs(workingSlip()) > Math.abs(expected)) {
            v.add(Violation.of("workingSlip", "KPI-TREND-SLIP", "io.otp.kpi.trend.slip.working",
                "milestone", milestone(), "value", workingSlip(), "calendar", expected));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link MilestoneForecast}s; each attribute may be set once. */
    public static final class Builder extends ImmutableMilestoneForecast.Builder {
        Builder() {
        }
    }
}
