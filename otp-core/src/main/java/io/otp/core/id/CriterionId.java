package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies an award criterion or sub-criterion.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CriterionId extends TypedId {

    private CriterionId(String value) {
        super("criterionId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static CriterionId of(String value) {
        return new CriterionId(value);
    }
}
