package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies a funding call (a "convocatoria" published in Spain's BDNS, or an EU programme call).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FundingCallId extends TypedId {

    private FundingCallId(String value) {
        super("fundingCallId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static FundingCallId of(String value) {
        return new FundingCallId(value);
    }
}
