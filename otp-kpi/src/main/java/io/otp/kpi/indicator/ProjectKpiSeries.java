package io.otp.kpi.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.ProjectId;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The measurements of one KPI for one project, stored as an {@link Aggregate}: its id, the project and
 * the {@link KpiSeries}. A store finds it by {@code project}, {@code kpi} and {@code date} (the date of
 * the latest measurement, absent while the series is empty).
 *
 * <pre>{@code
 * ProjectKpiSeries s = ProjectKpiSeries.of(ProjectId.of("P-2026-001"), spiSeries);
 * s.id();            // P-2026-001:spi
 * s.queryValues();   // {date=2026-03-31, kpi=spi, project=P-2026-001}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectKpiSeries.class)
@JsonDeserialize(as = ImmutableProjectKpiSeries.class)
public abstract class ProjectKpiSeries implements Aggregate<KpiSeriesId> {

    /** The query value naming the KPI of the series. */
    public static final String KPI = "kpi";

    ProjectKpiSeries() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a project's series with the conventional id {@code <project>:<kpi>}
     * ({@link KpiSeriesId#of(ProjectId, KpiId)}).
     *
     * @param project the project; not null
     * @param series the measurements; not null
     * @return the aggregate, not null
     * @throws ValidationException if the derived id is too long
     */
    public static ProjectKpiSeries of(ProjectId project, KpiSeries series) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(series, "series");
        return builder().id(KpiSeriesId.of(project, series.kpi())).project(project).series(series).build();
    }

    /**
     * The aggregate's id.
     *
     * @return the id, not null
     */
    @Override
    public abstract KpiSeriesId id();

    /**
     * The project measured.
     *
     * @return the project, not null
     */
    public abstract ProjectId project();

    /**
     * The measurements.
     *
     * @return the series, not null
     */
    public abstract KpiSeries series();

    /**
     * Returns a copy with one more measurement at the end of the series, e.g. the figure of the latest
     * period; id and project are kept.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param measurement the measurement; not null; of the series' KPI, in a later period
     * @return the copy, not null
     * @throws ValidationException if the measurement is of another KPI or not in a later period (paths
     *     {@code measurements[i].kpi}, {@code measurements[i].date}, as {@link KpiSeries} reports them)
     */
    public ProjectKpiSeries withMeasurement(Measurement measurement) {
        Objects.requireNonNull(measurement, "measurement");
        KpiSeries longer = KpiSeries.builder().kpi(series().kpi()).frequency(series().frequency())
            .addAllMeasurements(series().measurements()).addMeasurements(measurement).build();
        return ((ImmutableProjectKpiSeries) ImmutableProjectKpiSeries.copyOf(this)).withSeries(longer);
    }

    /**
     * The values the series is found by: {@code project}, {@code kpi} and, when there is a measurement,
     * {@code date} (of the latest one, ISO-8601).
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(PROJECT, project().value());
        q.put(KPI, series().kpi().value());
        List<Measurement> m = series().measurements();
        if (!m.isEmpty()) {
            q.put(DATE, m.get(m.size() - 1).date().toString());
        }
        return Collections.unmodifiableSortedMap(q);
    }

    /** Builds {@link ProjectKpiSeries}; each attribute may be set once. */
    public static final class Builder extends ImmutableProjectKpiSeries.Builder {
        Builder() {
        }
    }
}
