package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies a deliverable of a contract, the object of an acceptance (LCSP art. 210).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeliverableId extends TypedId {

    private DeliverableId(String value) {
        super("deliverableId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static DeliverableId of(String value) {
        return new DeliverableId(value);
    }
}
