package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies an agreement between administrations (convenio, LRJSP art. 47).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgreementId extends TypedId {

    private AgreementId(String value) {
        super("agreementId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static AgreementId of(String value) {
        return new AgreementId(value);
    }
}
