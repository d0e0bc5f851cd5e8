package io.otp.scoring.committee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A signed declaration of absence of conflict of interest (DACI) of one person for one tender
 * (Orden HFP/1030/2021 art. 6, LCSP art. 64). Committee members without one cannot score.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConflictOfInterestDeclaration.class)
@JsonDeserialize(as = ImmutableConflictOfInterestDeclaration.class)
public abstract class ConflictOfInterestDeclaration {

    ConflictOfInterestDeclaration() {
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
     * Returns the person who declares.
     *
     * @return the person, not null
     */
    public abstract PersonId person();

    /**
     * Returns the tender the declaration covers.
     *
     * @return the tender, not null
     */
    public abstract TenderId tender();

    /**
     * Returns the date the declaration was signed.
     *
     * @return the date, not null
     */
    public abstract LocalDate signed();

    /** Builds {@link ConflictOfInterestDeclaration}s; each attribute may be set once. */
    public static final class Builder extends ImmutableConflictOfInterestDeclaration.Builder {
        Builder() {
        }
    }
}
