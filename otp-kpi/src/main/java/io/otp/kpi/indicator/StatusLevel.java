package io.otp.kpi.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One level of a {@link StatusScale}: a code such as {@code AMBER_GREEN} and the label a dashboard
 * shows, such as {@code Amber/Green}. A level has no rank of its own: its scale orders it.
 *
 * <p>The code is uppercase letters, digits and underscores, starting with a letter; the label is not
 * blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusLevel.class)
@JsonDeserialize(as = ImmutableStatusLevel.class)
public abstract class StatusLevel {

    // Declared before the constants: building them runs check(), which reads it.
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    /** Green: on track (RAG and Delivery Confidence scales). */
    public static final StatusLevel GREEN = of("GREEN", "Green");

    /** Amber/Green: successful delivery probable (UK Delivery Confidence scale). */
    public static final StatusLevel AMBER_GREEN = of("AMBER_GREEN", "Amber/Green");

    /** Amber: at risk (RAG and Delivery Confidence scales). */
    public static final StatusLevel AMBER = of("AMBER", "Amber");

    /** Amber/Red: successful delivery in doubt (UK Delivery Confidence scale). */
    public static final StatusLevel AMBER_RED = of("AMBER_RED", "Amber/Red");

    /** Red: off track (RAG and Delivery Confidence scales). */
    public static final StatusLevel RED = of("RED", "Red");

    StatusLevel() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a level.
     *
     * @param code e.g. {@code "AMBER_GREEN"}; not null
     * @param label e.g. {@code "Amber/Green"}; not null
     * @return the level, not null
     * @throws ValidationException if the code is not uppercase letters, digits and underscores, or
     *     the label is blank
     */
    public static StatusLevel of(String code, String label) {
        return builder().code(code).label(label).build();
    }

    /**
     * The level's code, e.g. {@code AMBER_GREEN}.
     *
     * @return the code, not null
     */
    public abstract String code();

    /**
     * The label a dashboard shows, e.g. {@code Amber/Green}.
     *
     * @return the label, not null
     */
    public abstract String label();

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (!CODE.matcher(code()).matches()) {
            v.add(Violation.of("code", "OTP-KPI-LEVEL", "io.otp.kpi.indicator.level.code", "value", code()));
        }
        if (label().isBlank()) {
            v.add(Violation.of("label", "OTP-KPI-BLANK", "io.otp.kpi.indicator.blank", "field", "label"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link StatusLevel}; each attribute may be set once. */
    public static final class Builder extends ImmutableStatusLevel.Builder {
        Builder() {
        }
    }
}
