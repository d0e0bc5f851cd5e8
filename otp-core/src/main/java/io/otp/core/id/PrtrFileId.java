package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies the PRTR file of a project: the record of its obligations under the Recovery, Transformation and Resilience Plan (Orden HFP/1030/2021).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrtrFileId extends TypedId {

    private PrtrFileId(String value) {
        super("prtrFileId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static PrtrFileId of(String value) {
        return new PrtrFileId(value);
    }
}
