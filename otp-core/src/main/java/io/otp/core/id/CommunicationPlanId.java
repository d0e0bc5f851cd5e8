package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies the communication plan of a project.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommunicationPlanId extends TypedId {

    private CommunicationPlanId(String value) {
        super("communicationPlanId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static CommunicationPlanId of(String value) {
        return new CommunicationPlanId(value);
    }
}
