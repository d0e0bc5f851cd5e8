package io.otp.kpi.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.TypedId;
import java.util.regex.Pattern;

/**
 * The identifier of a KPI: lowercase words of letters and digits joined by single hyphens, starting
 * with a letter, 1 to 64 characters, e.g. {@code spi}, {@code milestones-on-time}. Written in JSON as
 * a string. It is a {@link TypedId} (the id of the {@link KpiDefinition} aggregate) with a stricter
 * format than typed ids in general; equality, order and {@code value()} come from {@link TypedId}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiId extends TypedId {

    /** Most characters an id may have. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private KpiId(String value) {
        super("kpiId", value);
    }

    /**
     * Obtains an id from its text.
     *
     * @param value e.g. {@code "spi"} or {@code "milestones-on-time"}; not null
     * @return the id, not null
     * @throws NullValueException if the text is null
     * @throws ValidationException if the text is not lowercase words joined by hyphens, or too long
     */
    @JsonCreator
    public static KpiId of(String value) {
        if (value == null) {
            throw new NullValueException("kpiId");
        }
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new ValidationException(Violation.of("kpiId", "OTP-KPI-ID", "io.otp.kpi.indicator.id.format",
                "value", value, "max", MAX_LENGTH));
        }
        return new KpiId(value);
    }

    /**
     * Reads an id from the text {@link #toString()} writes.
     *
     * @param text the text; not null
     * @return the id, not null
     * @throws NullValueException if the text is null
     * @throws ValidationException if the text is not a valid id
     */
    public static KpiId parse(CharSequence text) {
        return of(text == null ? null : text.toString());
    }
}
