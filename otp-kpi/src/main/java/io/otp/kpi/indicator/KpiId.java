package io.otp.kpi.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.regex.Pattern;

/**
 * The identifier of a KPI: lowercase words of letters and digits joined by single hyphens, starting
 * with a letter, 1 to 64 characters, e.g. {@code spi}, {@code milestones-on-time}. Written in JSON as
 * a string.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiId implements Comparable<KpiId> {

    /** Most characters an id may have. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private final String value;

    private KpiId(String value) {
        this.value = value;
    }

    /**
     * Obtains an id from its text.
     *
     * @param value e.g. {@code "spi"} or {@code "milestones-on-time"}; not null
     * @return the id, not null
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
     * Parses the text {@link #toString()} produces; same as {@link #of(String)}.
     *
     * @param text the id; not null
     * @return the id, not null
     * @throws ValidationException if the text is not a valid KPI id
     */
    public static KpiId parse(CharSequence text) {
        return of(text == null ? null : text.toString());
    }

    /**
     * The id's text.
     *
     * @return the text, not null
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Orders ids by their text.
     *
     * @param other the other id; not null
     * @return the comparison of the texts
     */
    @Override
    public int compareTo(KpiId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof KpiId && value.equals(((KpiId) o).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The id's text, e.g. {@code spi}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
