package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies an application to a funding call (a "solicitud" of a grant, Ley 38/2003 General de Subvenciones art. 23).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FundingApplicationId extends TypedId {

    private FundingApplicationId(String value) {
        super("fundingApplicationId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static FundingApplicationId of(String value) {
        return new FundingApplicationId(value);
    }
}
