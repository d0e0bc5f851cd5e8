package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.PersonId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Who takes a step of an evaluation and when: the member of the committee (or its secretary) and
 * the instant, given by the caller so that the same steps give the same record.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttribution.class)
@JsonDeserialize(as = ImmutableAttribution.class)
public abstract class Attribution {

    Attribution() {
    }

    /**
     * Obtains an attribution.
     *
     * @param actor who takes the step; not null
     * @param at when; not null
     * @return the attribution, not null
     */
    public static Attribution of(PersonId actor, Instant at) {
        return ImmutableAttribution.builder().actor(actor).at(at).build();
    }

    /**
     * Who takes the step.
     *
     * @return the person, not null
     */
    public abstract PersonId actor();

    /**
     * When the step is taken.
     *
     * @return the instant, not null
     */
    public abstract Instant at();

    @Override
    public String toString() {
        return actor() + " at " + at();
    }
}
