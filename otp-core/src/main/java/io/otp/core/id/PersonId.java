package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies a person.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonId extends TypedId {

    private PersonId(String value) {
        super("personId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(value);
    }
}
