package io.otp.kpi.portfolio;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.id.TypedId;

/**
 * The identifier of a {@link Programme}: a letter or digit, then up to 99 letters, digits or
 * {@code . _ : / # -}. Written in JSON as a string.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammeId extends TypedId {

    private ProgrammeId(String value) {
        super("programmeId", value);
    }

    /**
     * Obtains an id from its text.
     *
     * @param value the text, e.g. {@code "PRTR-C11"}; not null
     * @return the id, not null
     * @throws NullValueException if the text is null
     * @throws ValidationException if the text is not a valid typed id
     */
    @JsonCreator
    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    /**
     * Reads an id from the text {@link #toString()} writes.
     *
     * @param text the text; not null
     * @return the id, not null
     * @throws NullValueException if the text is null
     * @throws ValidationException if the text is not a valid typed id
     */
    public static ProgrammeId parse(CharSequence text) {
        return of(text == null ? null : text.toString());
    }
}
