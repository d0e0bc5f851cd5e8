package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.ProjectId;
import io.otp.kpi.indicator.StatusLevel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the status heat map (projects &times; dimensions): a project and one cell per dimension of
 * the snapshot, in {@link DashboardSnapshot#dimensions()} order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHeatMapRow.class)
@JsonDeserialize(as = ImmutableHeatMapRow.class)
public abstract class HeatMapRow {

    HeatMapRow() {
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
     * The cells, one per dimension of the snapshot.
     *
     * @return the cells, not null
     */
    public abstract List<HeatCell> cells();

    /**
     * The overall status.
     *
     * @return the level, or empty when no dimension is assessed
     */
    public abstract Optional<StatusLevel> overall();

    /** Builds {@link HeatMapRow}; each attribute may be set once. */
    public static final class Builder extends ImmutableHeatMapRow.Builder {
        Builder() {
        }
    }
}
