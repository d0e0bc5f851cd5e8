package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies a meeting of the office: kick-off, follow-up, steering or evaluation committee (OTP function F8).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeetingId extends TypedId {

    private MeetingId(String value) {
        super("meetingId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static MeetingId of(String value) {
        return new MeetingId(value);
    }
}
