package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies a milestone of a contract (OCDS contracts.implementation.milestones).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MilestoneId extends TypedId {

    private MilestoneId(String value) {
        super("milestoneId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static MilestoneId of(String value) {
        return new MilestoneId(value);
    }
}
