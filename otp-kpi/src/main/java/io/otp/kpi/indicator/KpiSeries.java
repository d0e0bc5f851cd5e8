package io.otp.kpi.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The measurements of one KPI over time, at most one per period of its frequency, in date order.
 *
 * <p>Every measurement is of the series' KPI ({@code measurements[i].kpi}); dates increase strictly
 * ({@code measurements[i].date}); no two measurements fall in the same period
 * ({@code measurements[i].date}, naming the period and the earlier measurement). Every problem is
 * reported at once. A series may be empty.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKpiSeries.class)
@JsonDeserialize(as = ImmutableKpiSeries.class)
public abstract class KpiSeries {

    KpiSeries() {
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
     * Obtains a series.
     *
     * @param kpi the KPI; not null
     * @param frequency the KPI's frequency; not null
     * @param measurements the measurements in date order, one per period; not null
     * @return the series, not null
     * @throws ValidationException if a measurement is of another KPI, out of order, or in the period
     *     of another
     */
    public static KpiSeries of(KpiId kpi, KpiFrequency frequency, List<Measurement> measurements) {
        return builder().kpi(kpi).frequency(frequency).addAllMeasurements(measurements).build();
    }

    /**
     * The KPI measured.
     *
     * @return the KPI's id, not null
     */
    public abstract KpiId kpi();

    /**
     * The frequency that divides the calendar into the series' periods.
     *
     * @return the frequency, not null
     */
    public abstract KpiFrequency frequency();

    /**
     * The measurements, in increasing date order, one per period at most.
     *
     * @return the measurements, not null, maybe empty
     */
    public abstract List<Measurement> measurements();

    /**
     * The latest measurement dated on or before a date.
     *
     * @param date the date; not null
     * @return the measurement; empty if every measurement is later, or there is none
     */
    public Optional<Measurement> latestOnOrBefore(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Measurement found = null;
        for (Measurement m : measurements()) {
            if (m.date().isAfter(date)) {
                break;
            }
            found = m;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The measurements of the last {@code periods} periods up to a date: those dated on or before
     * the date whose period is the date's period or one of the {@code periods - 1} before it.
     *
     * @param date the last day of the window; not null
     * @param periods the number of periods, at least 1
     * @return the measurements in date order, not null, maybe empty
     * @throws IllegalArgumentException if {@code periods} is less than 1
     */
    public List<Measurement> window(LocalDate date, int periods) {
        Objects.requireNonNull(date, "date");
        if (periods < 1) {
            throw new IllegalArgumentException("periods must be at least 1, got " + periods);
        }
        return measurements().stream()
            .filter(m -> !m.date().isAfter(date) && frequency().periodsBetween(m.date(), date) < periods)
            .collect(Collectors.toList());
    }

    /**
     * Combines the values of all measurements.
     *
     * @param aggregation how to combine them; not null
     * @return the combined value (see {@link Aggregation#apply(List)}), not null
     * @throws ValidationException if the series is empty ({@code measurements}), or for a weighted
     *     mean a measurement has no weight
     */
    public BigDecimal aggregate(Aggregation aggregation) {
        return Objects.requireNonNull(aggregation, "aggregation").apply(measurements());
    }

    /**
     * Combines the measurements period by period of another frequency, such as the months of each
     * quarter. Measurements are grouped by the period of the other frequency that contains their
     * date; each group becomes one measurement dated as its latest, valued by the aggregation, weighted
     * by the sum of the group's weights when every measurement of the group has one (and unweighted
     * otherwise), without note. The frequency is normally coarser than the series'.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param target the frequency of the result; not null
     * @param aggregation how the values of a group combine; not null
     * @return the series of the same KPI at the target frequency, not null
     * @throws ValidationException if a group cannot be combined: for a weighted mean, a measurement
     *     has no weight ({@code measurements[i].weight}, the index within the group's period)
     */
    public KpiSeries rollUp(KpiFrequency target, Aggregation aggregation) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(aggregation, "aggregation");
        Map<LocalDate, List<Measurement>> groups = new TreeMap<>();
        for (Measurement m : measurements()) {
            groups.computeIfAbsent(target.periodStart(m.date()), k -> new ArrayList<>()).add(m);
        }
        List<Measurement> combined = new ArrayList<>();
        for (List<Measurement> group : groups.values()) {
            Measurement.Builder b = Measurement.builder().kpi(kpi())
                .date(group.get(group.size() - 1).date()).value(aggregation.apply(group));
            if (group.stream().allMatch(m -> m.weight().isPresent())) {
                b.weight(group.stream().map(m -> m.weight().get()).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            combined.add(b.build());
        }
        return of(kpi(), target, combined);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        Map<LocalDate, Integer> periods = new HashMap<>();
        for (int i = 0; i < measurements().size(); i++) {
            Measurement m = measurements().get(i);
            String path = "measurements[" + i + "]";
            if (!m.kpi().equals(kpi())) {
                v.add(Violation.of(path + ".kpi", "OTP-KPI-SERIES", "io.otp.kpi.indicator.series.kpi",
                    "value", m.kpi(), "expected", kpi()));
            }
            Integer first = periods.putIfAbsent(frequency().periodStart(m.date()), i);
            if (first != null) {
                v.add(Violation.of(path + ".date", "OTP-KPI-SERIES-PERIOD", "io.otp.kpi.indicator.series.duplicatePeriod",
                    "date", m.date(), "period", frequency().label(m.date()),
                    "other", "measurements[" + first + "]", "otherDate", measurements().get(first).date()));
            } else if (i > 0 && m.date().isBefore(measurements().get(i - 1).date())) {
                v.add(Violation.of(path + ".date", "OTP-KPI-SERIES-ORDER", "io.otp.kpi.indicator.series.order",
                    "date", m.date(), "previous", measurements().get(i - 1).date()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link KpiSeries}; each attribute may be set once. */
    public static final class Builder extends ImmutableKpiSeries.Builder {
        Builder() {
        }
    }
}
