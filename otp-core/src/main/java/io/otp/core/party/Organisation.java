package io.otp.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.NutsCode;
import io.otp.core.id.OrganisationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation taking part in procurement or in a Technical Project Office's work: a contracting
 * authority, a department's parent body, a bidder, a contractor.
 *
 * <p>Structural rules, checked when it is built (all broken rules are reported together):
 * <ul>
 *   <li>the legal name is not blank;</li>
 *   <li>a {@link OrganisationKind#PERSON_SELF_EMPLOYED} is identified by a DNI/NIF or NIE, every other
 *       kind by a CIF (the NIF of legal persons and entities, Orden EHA/451/2008);</li>
 *   <li>a {@link OrganisationKind#PUBLIC_BODY} is never an SME: an enterprise is not an SME when
 *       public bodies control 25 % or more of its capital or votes (Commission Recommendation
 *       2003/361/EC, Annex art. 3.4), let alone a public body itself;</li>
 *   <li>a self-employed person has no DIR3 code (DIR3 lists administrative units only);</li>
 *   <li>the website, where given, is an {@code http} or {@code https} address with a host name; the
 *       e-mail, where given, looks like {@code name@domain.tld}.</li>
 * </ul>
 * Whether the SME flag is true is the organisation's own declaration; the SDK does not check staff
 * or turnover.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganisation.class)
@JsonDeserialize(as = ImmutableOrganisation.class)
public abstract class Organisation {

    Organisation() {
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
    public abstract OrganisationId id();

    /**
     * The legal name (razón social or official name), e.g. {@code "Ayuntamiento de Madrid"}.
     *
     * @return the name, not blank
     */
    public abstract String legalName();

    /**
     * The Spanish tax id: a CIF for legal persons and entities, a DNI/NIF or NIE for a self-employed
     * person. Foreign entities operating in Spain hold a CIF with the letter {@code N}.
     *
     * @return the tax id, not null
     */
    public abstract TaxId taxId();

    /**
     * What kind of organisation this is.
     *
     * @return the kind, not null
     */
    public abstract OrganisationKind kind();

    /**
     * The DIR3 code of the unit, for public bodies.
     *
     * @return the code; empty where none is known or the organisation is not in DIR3; not null
     */
    public abstract Optional<Dir3Code> dir3Code();

    /**
     * Whether the organisation declares itself a small or medium-sized enterprise (Commission
     * Recommendation 2003/361/EC), which the LCSP asks to be recorded and favoured (e.g. lots, art. 99).
     *
     * @return true for an SME; false by default and always for a public body
     */
    @Value.Default
    public boolean sme() {
        return false;
    }

    /**
     * The business group the organisation belongs to (Código de Comercio art. 42.1): the offers of a
     * group's members count as one when abnormally low offers are detected (LCSP art. 149.3, RGLCAP
     * art. 86).
     *
     * @return the group; empty when the organisation belongs to none; not null
     */
    public abstract Optional<BusinessGroupId> businessGroup();

    /**
     * The region of the registered address, e.g. {@code ES300}.
     *
     * @return the NUTS code; empty where not given; not null
     */
    public abstract Optional<NutsCode> nutsCode();

    /**
     * The website, e.g. {@code https://www.madrid.es}.
     *
     * @return an http or https address; empty where not given; not null
     */
    public abstract Optional<String> website();

    /**
     * The general contact e-mail.
     *
     * @return the address; empty where not given; not null
     */
    public abstract Optional<String> email();

    /**
     * Tells whether this is a public body.
     *
     * @return true if the kind is {@link OrganisationKind#PUBLIC_BODY}
     */
    public boolean isPublicBody() {
        return kind() == OrganisationKind.PUBLIC_BODY;
    }

    /**
     * Tells whether two organisations count as one bidder for the abnormally-low-offer computation
     * (LCSP art. 149.3, RGLCAP art. 86): they are the same organisation (same id, or tax ids naming
     * the same holder), or both belong to the same business group. An organisation without a group is
     * in a group of its own.
     *
     * @param other the other organisation; not null
     * @return true if both are the same organisation or share a business group
     */
    public boolean isSameGroupAs(Organisation other) {
        if (other == null) {
            throw new NullValueException("other");
        }
        return id().equals(other.id()) || taxId().isSameHolderAs(other.taxId())
            || businessGroup().isPresent() && businessGroup().equals(other.businessGroup());
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (legalName().isBlank()) {
            violations.add(Violation.of("legalName", "OTP-PARTY-NAME", "io.otp.core.party.blank",
                "field", "legalName"));
        }
        boolean person = kind() == OrganisationKind.PERSON_SELF_EMPLOYED;
        if (person != taxId().kind().isNaturalPerson()) {
            violations.add(Violation.of("taxId", "OTP-PARTY-TAXID-KIND",
                person ? "io.otp.core.party.taxIdNaturalPerson" : "io.otp.core.party.taxIdLegalEntity",
                "id", id(), "kind", kind(), "value", taxId(), "taxIdKind", taxId().kind()));
        }
        if (isPublicBody() && sme()) {
            violations.add(Violation.of("sme", "EU-REC-2003/361-3.4", "io.otp.core.party.smePublicBody",
                "id", id()));
        }
        if (person && dir3Code().isPresent()) {
            violations.add(Violation.of("dir3Code", "OTP-PARTY-DIR3", "io.otp.core.party.dir3Person",
                "id", id(), "value", dir3Code().get()));
        }
        website().filter(w -> !Contacts.isPlausibleWebsite(w)).ifPresent(w -> violations.add(
            Violation.of("website", "OTP-WEBSITE", "io.otp.core.party.website", "value", w)));
        email().filter(e -> !Contacts.isPlausibleEmail(e)).ifPresent(e -> violations.add(
            Violation.of("email", "OTP-EMAIL", "io.otp.core.party.email", "value", e)));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link Organisation}s; each attribute may be set once. */
    public static final class Builder extends ImmutableOrganisation.Builder {
        Builder() {
        }
    }
}
