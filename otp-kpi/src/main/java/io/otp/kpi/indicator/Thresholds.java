package io.otp.kpi.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Maps a value to a level of a {@link StatusScale}: one {@link StatusBand} per level but the worst,
 * best first. A value gets the best level whose band contains it, and the worst level when no band
 * does. The band of each level strictly encloses the band of the level before it, so a value moving
 * towards the best band never gets a worse status, and every level can be reached.
 *
 * <p>DOMAIN.md section 6 gives the common bands for SPI and CPI on the RAG scale: one-sided
 * {@code ≥ 0.95} green, {@code 0.90–0.95} amber, {@code < 0.90} red ({@link #atLeast}), and two-sided
 * {@code 0.95–1.05} green, {@code 0.90–0.95} or {@code 1.05–1.10} amber, else red ({@link #within}). A
 * value on a boundary gets the better level: 0.95 is green, 0.90 amber.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableThresholds.class)
@JsonDeserialize(as = ImmutableThresholds.class)
public abstract class Thresholds {

    Thresholds() {
    }

    /**
     * A builder; the scale is the RAG scale unless set.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * One-sided thresholds for a KPI where higher is better: a value at or above the first bound gets
     * the best level, at or above the second the next, and so on; below the last bound, the worst.
     *
     * @param scale the scale; not null
     * @param lowerBounds one bound per level but the worst, strictly decreasing; not null
     * @return the thresholds, not null
     * @throws ValidationException if the number of bounds does not match the scale or they do not
     *     decrease strictly
     */
    public static Thresholds atLeast(StatusScale scale, BigDecimal... lowerBounds) {
        return builder().scale(scale).addAllBands(Arrays.stream(lowerBounds).map(StatusBand::atLeast).collect(Collectors.toList())).build();
    }

    /**
     * One-sided thresholds for a KPI where lower is better: a value at or below the first bound gets
     * the best level, at or below the second the next, and so on; above the last bound, the worst.
     *
     * @param scale the scale; not null
     * @param upperBounds one bound per level but the worst, strictly increasing; not null
     * @return the thresholds, not null
     * @throws ValidationException if the number of bounds does not match the scale or they do not
     *     increase strictly
     */
    public static Thresholds atMost(StatusScale scale, BigDecimal... upperBounds) {
        return builder().scale(scale).addAllBands(Arrays.stream(upperBounds).map(StatusBand::atMost).collect(Collectors.toList())).build();
    }

    /**
     * Two-sided thresholds for a KPI that should stay within a band: the best level for a value in
     * the first band, the next for a value in the second band but not the first, and so on; the
     * worst level outside every band.
     *
     * @param scale the scale; not null
     * @param bands one band per level but the worst, each strictly enclosing the one before; not null
     * @return the thresholds, not null
     * @throws ValidationException if the number of bands does not match the scale or they are not
     *     nested
     */
    public static Thresholds within(StatusScale scale, StatusBand... bands) {
        return builder().scale(scale).addBands(bands).build();
    }

    /**
     * The scale the levels are taken from.
     *
     * @return the scale, by default {@link StatusScale#rag()}; not null
     */
    @Value.Default
    public StatusScale scale() {
        return StatusScale.rag();
    }

    /**
     * The band of each level but the worst, best first.
     *
     * @return {@code scale().levels().size() - 1} bands, not null
     */
    public abstract List<StatusBand> bands();

    /**
     * The rank on the scale of the level a value gets: the index of the first band that contains it,
     * or the rank of the worst level.
     *
     * @param value the value compared; not null
     * @return the rank, 0 (best) to {@code scale().levels().size() - 1}
     */
    public int rankOf(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        for (int i = 0; i < bands().size(); i++) {
            if (bands().get(i).contains(value)) {
                return i;
            }
        }
        return bands().size();
    }

    /**
     * The level a value gets.
     *
     * @param value the value compared; not null
     * @return a level of {@link #scale()}, not null
     */
    public StatusLevel statusOf(BigDecimal value) {
        return scale().levels().get(rankOf(value));
    }

    /**
     * The band of a level.
     *
     * @param rank the level's rank on the scale
     * @return the band; empty for the worst level (everything outside the other bands) or a rank
     *     outside the scale
     */
    public Optional<StatusBand> bandOf(int rank) {
        return rank >= 0 && rank < bands().size() ? Optional.of(bands().get(rank)) : Optional.empty();
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        int expected = scale().levels().size() - 1;
        if (bands().size() != expected) {
            v.add(Violation.of("bands", "OTP-KPI-THRESHOLDS", "io.otp.kpi.indicator.thresholds.count",
                "count", bands().size(), "expected", expected, "scale", scale().name()));
        } else {
            for (int i = 1; i < bands().size(); i++) {
                if (!bands().get(i).strictlyEncloses(bands().get(i - 1))) {
                    v.add(Violation.of("bands[" + i + "]", "OTP-KPI-THRESHOLDS-ORDER",
                        "io.otp.kpi.indicator.thresholds.order",
                        "level", scale().levels().get(i).code(), "band", bands().get(i),
                        "better", scale().levels().get(i - 1).code(), "betterBand", bands().get(i - 1)));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link Thresholds}; each attribute may be set once. */
    public static final class Builder extends ImmutableThresholds.Builder {
        Builder() {
        }
    }
}
