package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies an organisation, public body or company.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrganisationId extends TypedId {

    private OrganisationId(String value) {
        super("organisationId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }
}
