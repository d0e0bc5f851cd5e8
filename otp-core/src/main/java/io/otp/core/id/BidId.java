package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies a bid (oferta).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BidId extends TypedId {

    private BidId(String value) {
        super("bidId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static BidId of(String value) {
        return new BidId(value);
    }
}
