package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies a lot of a tender.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LotId extends TypedId {

    private LotId(String value) {
        super("lotId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static LotId of(String value) {
        return new LotId(value);
    }
}
