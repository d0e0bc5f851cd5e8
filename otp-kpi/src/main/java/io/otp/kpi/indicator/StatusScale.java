package io.otp.kpi.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An ordered scale of statuses, best first: the 3-level RAG scale ({@link #rag()}: Green, Amber, Red,
 * the default of the SDK, DOMAIN.md section 6) or the 5-level UK Delivery Confidence scale
 * ({@link #deliveryConfidence()}: Green, Amber/Green, Amber, Amber/Red, Red; Infrastructure and
 * Projects Authority), or any scale of the host's.
 *
 * <p>A scale has a name that is not blank and at least two levels with distinct codes. The rank of a
 * level is its position: 0 is the best.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusScale.class)
@JsonDeserialize(as = ImmutableStatusScale.class)
public abstract class StatusScale {

    private static final StatusScale RAG = builder().name("RAG")
        .addLevels(StatusLevel.GREEN, StatusLevel.AMBER, StatusLevel.RED).build();

    private static final StatusScale DELIVERY_CONFIDENCE = builder().name("Delivery Confidence")
        .addLevels(StatusLevel.GREEN, StatusLevel.AMBER_GREEN, StatusLevel.AMBER, StatusLevel.AMBER_RED,
            StatusLevel.RED).build();

    StatusScale() {
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
     * The 3-level RAG scale: Green, Amber, Red. The SDK's default (DOMAIN.md section 6).
     *
     * @return the scale, not null
     */
    public static StatusScale rag() {
        return RAG;
    }

    /**
     * The 5-level UK Delivery Confidence scale: Green, Amber/Green, Amber, Amber/Red, Red
     * (DOMAIN.md section 6).
     *
     * @return the scale, not null
     */
    public static StatusScale deliveryConfidence() {
        return DELIVERY_CONFIDENCE;
    }

    /**
     * The scale's name, e.g. {@code RAG}.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * The levels, best first.
     *
     * @return at least two levels with distinct codes, not null
     */
    public abstract List<StatusLevel> levels();

    /**
     * The rank of a level: 0 for the best, {@code levels().size() - 1} for the worst.
     *
     * @param level a level of this scale; not null
     * @return the rank
     * @throws IllegalArgumentException if the level is not on this scale
     */
    public int rank(StatusLevel level) {
        Objects.requireNonNull(level, "level");
        int rank = levels().indexOf(level);
        if (rank < 0) {
            throw new IllegalArgumentException("level " + level.code() + " is not on the scale " + name());
        }
        return rank;
    }

    /**
     * The worse of two levels of this scale.
     *
     * @param a a level of this scale; not null
     * @param b another level of this scale; not null
     * @return {@code a} or {@code b}, whichever has the higher rank; {@code a} when equal
     * @throws IllegalArgumentException if a level is not on this scale
     */
    public StatusLevel worse(StatusLevel a, StatusLevel b) {
        return rank(b) > rank(a) ? b : a;
    }

    /**
     * The worst level.
     *
     * @return the last level, not null
     */
    public StatusLevel worst() {
        return levels().get(levels().size() - 1);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (name().isBlank()) {
            v.add(Violation.of("name", "OTP-KPI-BLANK", "io.otp.kpi.indicator.blank", "field", "name"));
        }
        if (levels().size() < 2) {
            v.add(Violation.of("levels", "OTP-KPI-SCALE", "io.otp.kpi.indicator.scale.levels",
                "count", levels().size()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < levels().size(); i++) {
            Integer first = seen.putIfAbsent(levels().get(i).code(), i);
            if (first != null) {
                v.add(Violation.of("levels[" + i + "].code", "OTP-KPI-SCALE", "io.otp.kpi.indicator.scale.duplicate",
                    "value", levels().get(i).code(), "first", "levels[" + first + "]"));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link StatusScale}; each attribute may be set once. */
    public static final class Builder extends ImmutableStatusScale.Builder {
        Builder() {
        }
    }
}
