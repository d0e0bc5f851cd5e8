package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.kpi.indicator.StatusLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of the status heat map: a dimension of a project, its level and the level's rank on the scale
 * (0 for the best), both absent when the project does not assess the dimension.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHeatCell.class)
@JsonDeserialize(as = ImmutableHeatCell.class)
public abstract class HeatCell {

    HeatCell() {
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
     * The dimension (the column).
     *
     * @return the dimension, not null
     */
    public abstract Dimension dimension();

    /**
     * The level.
     *
     * @return the level, or empty when not assessed
     */
    public abstract Optional<StatusLevel> status();

    /**
     * The rank of the level on the scale, 0 for the best.
     *
     * @return the rank, or empty when not assessed
     */
    public abstract Optional<Integer> rank();

    /** Builds {@link HeatCell}; each attribute may be set once. */
    public static final class Builder extends ImmutableHeatCell.Builder {
        Builder() {
        }
    }
}
