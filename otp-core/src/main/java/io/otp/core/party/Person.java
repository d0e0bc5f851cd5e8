package io.otp.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person taking part in procurement or in the Technical Project Office's work, with the roles they
 * play ({@link PersonRole}).
 *
 * <p>Structural rules, checked when it is built (all broken rules are reported together): the full
 * name is not blank; the e-mail, where given, looks like {@code name@domain.tld}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {

    Person() {
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
     * The identifier.
     *
     * @return the id, not null
     */
    public abstract PersonId id();

    /**
     * The full name, e.g. {@code "María López García"}.
     *
     * @return the name, not blank
     */
    public abstract String fullName();

    /**
     * The e-mail address.
     *
     * @return the address; empty where not given; not null
     */
    public abstract Optional<String> email();

    /**
     * The organisation the person works for or represents.
     *
     * @return the organisation's id; empty where not recorded; not null
     */
    public abstract Optional<OrganisationId> organisation();

    /**
     * The roles the person plays.
     *
     * @return an unmodifiable set, empty when none is recorded; not null
     */
    public abstract Set<PersonRole> roles();

    /**
     * Tells whether the person plays a role.
     *
     * @param role the role; not null
     * @return true if {@link #roles()} contains it
     */
    public boolean hasRole(PersonRole role) {
        if (role == null) {
            throw new NullValueException("role");
        }
        return roles().contains(role);
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (fullName().isBlank()) {
            violations.add(Violation.of("fullName", "OTP-PARTY-NAME", "io.otp.core.party.blank",
                "field", "fullName"));
        }
        email().filter(e -> !Contacts.isPlausibleEmail(e)).ifPresent(e -> violations.add(
            Violation.of("email", "OTP-EMAIL", "io.otp.core.party.email", "value", e)));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link Person}s; each attribute may be set once. */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {
        }
    }
}
