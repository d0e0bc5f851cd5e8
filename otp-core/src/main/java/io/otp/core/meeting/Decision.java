package io.otp.core.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A decision recorded in the minutes of a meeting, numbered from 1 in the order taken (the decision
 * log of EU PM²). That the numbers run 1, 2, 3... and the texts are not blank is checked by the
 * {@link Meeting}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision {

    Decision() {
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
     * Obtains a decision.
     *
     * @param number its number in the meeting, from 1
     * @param text what was decided; not null
     * @return the decision, not null
     * @throws io.otp.core.ValidationException if the text is null
     */
    public static Decision of(int number, String text) {
        return builder().number(number).text(text).build();
    }

    /**
     * The decision's number in its meeting.
     *
     * @return the number, from 1
     */
    public abstract int number();

    /**
     * What was decided.
     *
     * @return the text, not blank in a valid meeting; not null
     */
    public abstract String text();

    /** Builds {@link Decision}s; each attribute may be set once. */
    public static final class Builder extends ImmutableDecision.Builder {
        Builder() {
        }
    }
}
