package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.ProjectId;
import io.otp.kpi.indicator.StatusLevel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rolled-up figures of a programme or of the whole portfolio: its projects, earned value summed
 * then divided ({@link EvmSummary#sum(List)}), the status per dimension (the worst of its projects in
 * that dimension; dimensions no project assesses are absent), the overall status under the policy, and
 * the sums of the milestone counts that projects give.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRollup.class)
@JsonDeserialize(as = ImmutableRollup.class)
public abstract class Rollup {

    Rollup() {
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
     * The programme rolled up.
     *
     * @return the programme's id, or empty for the portfolio
     */
    public abstract Optional<ProgrammeId> programme();

    /**
     * The programme's or portfolio's name.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * The projects rolled up, sorted by id.
     *
     * @return the ids, not empty, not null
     */
    public abstract List<ProjectId> projects();

    /**
     * The status per dimension, in {@link Dimension} order: the worst status of the projects that assess
     * the dimension.
     *
     * @return the statuses, possibly empty, not null
     */
    public abstract List<DimensionStatus> statuses();

    /**
     * The overall status: the policy applied to {@link #statuses()}.
     *
     * @return the level, or empty when no project assesses any dimension
     */
    public abstract Optional<StatusLevel> overall();

    /**
     * The earned-value figures, summed then divided.
     *
     * @return the figures, not null
     */
    public abstract EvmSummary evm();

    /**
     * The sum of the late-milestone counts the projects give.
     *
     * @return the sum, or empty when no project gives one
     */
    public abstract Optional<Integer> lateMilestones();

    /**
     * The sum of the overdue-milestone counts the projects give.
     *
     * @return the sum, or empty when no project gives one
     */
    public abstract Optional<Integer> overdueMilestones();

    /** Builds {@link Rollup}; each attribute may be set once. */
    public static final class Builder extends ImmutableRollup.Builder {
        Builder() {
        }
    }
}
