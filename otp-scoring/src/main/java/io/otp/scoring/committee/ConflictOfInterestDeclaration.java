package io.otp.scoring.committee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A signed declaration of absence of conflict of interest of one person for one tender. For a
 * PRTR-funded tender it is the DACI of Orden HFP/1030/2021 (art. 6 and annex IV.A) and Orden
 * HFP/55/2023; for any other tender it is how the SDK meets LCSP art. 64
 * ({@link io.otp.core.tender.ConflictOfInterestRegime}). Committee members without one cannot score, and
 * one signed after the day of the scoring it covers is refused ({@link ConflictOfInterestRules}).
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
     * Returns the date the declaration was signed: on or before the day of the scoring it covers.
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
