package io.otp.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A department of an organisation: a unit that raises technology needs to the Technical Project
 * Office and receives what is procured for it (e.g. a directorate-general or a municipal area).
 *
 * <p>Structural rule, checked when it is built: the name is not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDepartment.class)
@JsonDeserialize(as = ImmutableDepartment.class)
public abstract class Department {

    Department() {
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
    public abstract DepartmentId id();

    /**
     * The organisation the department belongs to.
     *
     * @return the organisation's id, not null
     */
    public abstract OrganisationId organisation();

    /**
     * The department's name, e.g. {@code "Dirección General de Tecnología"}.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The DIR3 code of the unit, where it is an administrative unit listed in DIR3.
     *
     * @return the code; empty where none; not null
     */
    public abstract Optional<Dir3Code> dir3Code();

    /**
     * The person heading the department.
     *
     * @return the head's id; empty where not recorded; not null
     */
    public abstract Optional<PersonId> head();

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new ValidationException(Violation.of("name", "OTP-PARTY-NAME", "io.otp.core.party.blank",
                "field", "name"));
        }
    }

    /** Builds {@link Department}s; each attribute may be set once. */
    public static final class Builder extends ImmutableDepartment.Builder {
        Builder() {
        }
    }
}
