package io.otp.core.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.PersonId;
import org.immutables.value.Value;

/**
 * A person attending a meeting, in a role.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttendee.class)
@JsonDeserialize(as = ImmutableAttendee.class)
public abstract class Attendee {

    Attendee() {
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
     * Obtains an attendee.
     *
     * @param person the person; not null
     * @param role the role; not null
     * @return the attendee, not null
     * @throws io.otp.core.ValidationException if an argument is null
     */
    public static Attendee of(PersonId person, AttendeeRole role) {
        return builder().person(person).role(role).build();
    }

    /**
     * The person.
     *
     * @return the person, not null
     */
    public abstract PersonId person();

    /**
     * The person's role in the meeting.
     *
     * @return the role, not null
     */
    public abstract AttendeeRole role();

    /** Builds {@link Attendee}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAttendee.Builder {
        Builder() {
        }
    }
}
