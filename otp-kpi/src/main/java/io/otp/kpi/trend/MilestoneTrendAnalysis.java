package io.otp.kpi.trend;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.id.MilestoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of a milestone trend analysis, as data for a report to draw: the snapshots per report
 * date (columns of the chart) and the series and trend of each milestone (lines of the chart),
 * with the settings used.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestoneTrendAnalysis.class)
@JsonDeserialize(as = ImmutableMilestoneTrendAnalysis.class)
public abstract class MilestoneTrendAnalysis {

    MilestoneTrendAnalysis() {
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
     * The name of the working calendar the working-day slips were counted with.
     *
     * @return the name, not null
     */
    public abstract String calendar();

    /**
     * How many of a milestone's latest points its trend was read from.
     *
     * @return the window, at least 2
     */
    public abstract int window();

    /**
     * The largest change of forecast, in calendar days, still read as stable.
     *
     * @return the tolerance, not negative
     */
    public abstract int toleranceDays();

    /**
     * One snapshot per report date, in increasing order of report date.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<TrendSnapshot> snapshots();

    /**
     * One line per milestone, in the order the milestones were given.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<MilestoneTrend> milestones();

    /**
     * The line of one milestone.
     *
     * @param milestone the milestone; not null
     * @return the line, empty if the milestone was not analysed; not null
     * @throws ValidationException if the argument is null
     */
    public Optional<MilestoneTrend> trend(MilestoneId milestone) {
        Arguments.require(milestone, "milestone");
        return milestones().stream().filter(t -> t.milestone().equals(milestone)).findFirst();
    }

    /**
     * The milestones with a given trend, in the order given.
     *
     * @param trend the trend; not null
     * @return an unmodifiable list, possibly empty; not null
     * @throws ValidationException if the argument is null
     */
    public List<MilestoneTrend> withTrend(Trend trend) {
        Arguments.require(trend, "trend");
        return milestones().stream().filter(t -> t.trend() == trend).collect(Collectors.toUnmodifiableList());
    }

    /** Builds {@link MilestoneTrendAnalysis} values; each attribute may be set once. */
    public static final class Builder extends ImmutableMilestoneTrendAnalysis.Builder {
        Builder() {
        }
    }
}
