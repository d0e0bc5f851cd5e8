package io.otp.kpi.trend;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.MilestoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One milestone's line on the milestone trend chart, its series of points in increasing order of
 * report date, and its trend over the analysis window.
 *
 * <p>Structural rule ({@code KPI-TREND-SERIES}): every point is of this milestone, and report dates
 * strictly increase.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestoneTrend.class)
@JsonDeserialize(as = ImmutableMilestoneTrend.class)
public abstract class MilestoneTrend {

    MilestoneTrend() {
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
     * The milestone.
     *
     * @return the id, not null
     */
    public abstract MilestoneId milestone();

    /**
     * The milestone's title, as the chart's legend shows it.
     *
     * @return the title, not null
     */
    public abstract String title();

    /**
     * The milestone's baseline date.
     *
     * @return the date, not null
     */
    public abstract LocalDate baselineDate();

    /**
     * The line's points, in increasing order of report date; the last one may lie on the diagonal
     * ({@link MilestoneForecast#reached()}).
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<MilestoneForecast> series();

    /**
     * The trend over the analysis window.
     *
     * @return the trend, not null
     */
    public abstract Trend trend();

    /**
     * How far the forecast moved over the analysis window, in calendar days: the last forecast in the
     * window minus the first (zero with fewer than two points).
     *
     * @return the change, positive when the milestone slipped
     */
    public abstract long change();

    /**
     * The latest point.
     *
     * @return the point, empty when the series is empty; not null
     */
    public Optional<MilestoneForecast> latest() {
        return series().isEmpty() ? Optional.empty() : Optional.of(series().get(series().size() - 1));
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < series().size(); i++) {
            MilestoneForecast p = series().get(i);
            if (!p.milestone().equals(milestone())) {
                v.add(Violation.of("series[" + i + "].milestone", "KPI-TREND-SERIES",
                    "io.otp.kpi.trend.series.milestone", "value", p.milestone(), "expected", milestone()));
            }
            if (i > 0 && !p.reportDate().isAfter(series().get(i - 1).reportDate())) {
                v.add(Violation.of("series[" + i + "].reportDate", "KPI-TREND-SERIES",
                    "io.otp.kpi.trend.series.order", "milestone", milestone(), "value", p.reportDate(),
                    "previous", series().get(i - 1).reportDate()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link MilestoneTrend}s; each attribute may be set once. */
    public static final class Builder extends ImmutableMilestoneTrend.Builder {
        Builder() {
        }
    }
}
