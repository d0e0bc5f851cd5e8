package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies an action item agreed in a meeting, unique within its meeting.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionItemId extends TypedId {

    private ActionItemId(String value) {
        super("actionItemId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static ActionItemId of(String value) {
        return new ActionItemId(value);
    }
}
