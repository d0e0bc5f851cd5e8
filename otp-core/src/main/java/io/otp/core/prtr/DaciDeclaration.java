package io.otp.core.prtr;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A declaration of absence of conflict of interest ("DACI") signed by a person taking part in a
 * procedure funded by the Recovery, Transformation and Resilience Plan (Orden HFP/1030/2021 art. 6
 * and annex IV.A; conflicts of interest in procurement, LCSP art. 64). A person who has a conflict
 * declares it, with its description, instead of declaring its absence.
 *
 * <p>Structural rules, all reported together ({@code OTP-PRTR-DACI}): the name and the procedure
 * reference are not blank; a description is present and not blank exactly when a conflict is
 * declared.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDaciDeclaration.class)
@JsonDeserialize(as = ImmutableDaciDeclaration.class)
public abstract class DaciDeclaration {

    /** Rule id of the structural rules. */
    public static final String RULE = "OTP-PRTR-DACI";

    DaciDeclaration() {
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
     * Who signs.
     *
     * @return the person, not null
     */
    public abstract PersonId person();

    /**
     * The signer's full name, as signed.
     *
     * @return the name, not blank, not null
     */
    public abstract String name();

    /**
     * The part the signer takes in the procedure.
     *
     * @return the role, not null
     */
    public abstract DaciRole role();

    /**
     * The procedure the declaration is for, e.g. a tender id or a funding application id.
     *
     * @return the reference, not blank, not null
     */
    public abstract String procedure();

    /**
     * The day signed.
     *
     * @return the day, not null
     */
    public abstract LocalDate signedOn();

    /**
     * Whether the signer declares a conflict of interest (LCSP art. 64.2) instead of its absence.
     *
     * @return true if a conflict is declared
     */
    public abstract boolean conflictDeclared();

    /**
     * The conflict declared.
     *
     * @return the description, present exactly when {@link #conflictDeclared()}; not null
     */
    public abstract Optional<String> conflictDescription();

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (name().isBlank()) {
            v.add(Violation.of("name", RULE, "io.otp.core.prtr.daci.blank", "person", person(), "field", "name"));
        }
        if (procedure().isBlank()) {
            v.add(Violation.of("procedure", RULE, "io.otp.core.prtr.daci.blank", "person", person(),
                "field", "procedure"));
        }
        if (conflictDeclared() && conflictDescription().map(String::isBlank).orElse(true)) {
            v.add(Violation.of("conflictDescription", RULE, "io.otp.core.prtr.daci.description.missing",
                "person", person(), "procedure", procedure()));
        }
        if (!conflictDeclared() && conflictDescription().isPresent()) {
            v.add(Violation.of("conflictDescription", RULE, "io.otp.core.prtr.daci.description.unexpected",
                "person", person(), "procedure", procedure()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link DaciDeclaration}s; obtain one from {@link DaciDeclaration#builder()}. */
    public static final class Builder extends ImmutableDaciDeclaration.Builder {
        Builder() {
        }
    }
}
