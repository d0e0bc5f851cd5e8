package io.otp.core.communication;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A communication action of a plan: a channel used for an audience at least once per period.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlannedAction.class)
@JsonDeserialize(as = ImmutablePlannedAction.class)
public abstract class PlannedAction {

    PlannedAction() {
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
     * The channel used.
     *
     * @return the channel, not null
     */
    public abstract Channel channel();

    /**
     * The audience addressed.
     *
     * @return the audience, not null
     */
    public abstract Audience audience();

    /**
     * How often the channel is used for the audience.
     *
     * @return the frequency, not null
     */
    public abstract Frequency frequency();

    /** Builds planned actions. */
    public static final class Builder extends ImmutablePlannedAction.Builder {
        Builder() {
        }
    }
}
