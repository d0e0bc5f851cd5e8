package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.ProjectId;
import io.otp.kpi.indicator.StatusLevel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's row of a {@link DashboardSnapshot}: its statuses, overall status, earned-value figures,
 * milestone counts and attention items.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectRow.class)
@JsonDeserialize(as = ImmutableProjectRow.class)
public abstract class ProjectRow {

    ProjectRow() {
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
     * The project's id.
     *
     * @return the id, not null
     */
    public abstract ProjectId projectId();

    /**
     * The project's name.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * The programme the project belongs to.
     *
     * @return the id, not null
     */
    public abstract ProgrammeId programme();

    /**
     * The statuses per dimension, in {@link Dimension} order.
     *
     * @return the statuses, possibly empty, not null
     */
    public abstract List<DimensionStatus> statuses();

    /**
     * The overall status under the snapshot's policy.
     *
     * @return the level, or empty when no dimension is assessed
     */
    public abstract Optional<StatusLevel> overall();

    /**
     * The earned-value figures (SPI, CPI, SPI(t), EAC, budget executed...).
     *
     * @return the figures, not null
     */
    public abstract EvmSummary evm();

    /**
     * The number of late milestones, when given.
     *
     * @return the count, or empty
     */
    public abstract Optional<Integer> lateMilestones();

    /**
     * The number of overdue milestones, when given.
     *
     * @return the count, or empty
     */
    public abstract Optional<Integer> overdueMilestones();

    /**
     * The project's risks and action items, sorted by reference.
     *
     * @return the items, possibly empty, not null
     */
    public abstract List<AttentionItem> attention();

    /** Builds {@link ProjectRow}; each attribute may be set once. */
    public static final class Builder extends ImmutableProjectRow.Builder {
        Builder() {
        }
    }
}
