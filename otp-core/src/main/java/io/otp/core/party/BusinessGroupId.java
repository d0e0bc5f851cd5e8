package io.otp.core.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;
import io.otp.core.id.TypedId;

/**
 * Identifies a business group: companies in one of the situations of art. 42.1 of the Código de
 * Comercio (one controls the others). Offers from one group are treated together when abnormally low
 * offers are detected: only the lowest of them enters the computation (LCSP art. 149.3, RGLCAP
 * art. 86).
 *
 * <p>The SDK does not derive groups; the contracting authority records them from the bidders'
 * declarations, giving each group an identifier of its choice (e.g. the tax id of the parent company).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BusinessGroupId extends TypedId {

    private BusinessGroupId(String value) {
        super("businessGroupId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static BusinessGroupId of(String value) {
        return new BusinessGroupId(value);
    }
}
