package io.otp.scoring.formula;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Points;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How a lot's points are rounded: the decimals kept ({@link #scale()}, default 2), the
 * {@link RoundingMode} (default {@link RoundingMode#HALF_UP}, the Spanish practice) and where
 * ({@link #stage()}, default {@link RoundingStage#PER_CRITERION}). Formulas return unrounded points;
 * the policy rounds them once, at the declared stage, so the same input gives the same points on
 * every run and JVM.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoundingPolicy.class)
@JsonDeserialize(as = ImmutableRoundingPolicy.class)
public abstract class RoundingPolicy {

    /** The most decimals points may keep ({@link Points} holds at most ten). */
    public static final int MAX_SCALE = 10;

    RoundingPolicy() {
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
     * The default policy: two decimals, half-up, per criterion.
     *
     * @return the policy, not null
     */
    public static RoundingPolicy standard() {
        return builder().build();
    }

    /**
     * The decimals kept.
     *
     * @return 0 to {@link #MAX_SCALE}; 2 unless set
     */
    @Value.Default
    public int scale() {
        return 2;
    }

    /**
     * The rounding.
     *
     * @return the mode, {@link RoundingMode#HALF_UP} unless set; not null
     */
    @Value.Default
    public RoundingMode roundingMode() {
        return RoundingMode.HALF_UP;
    }

    /**
     * Where the rounding is applied.
     *
     * @return the stage, {@link RoundingStage#PER_CRITERION} unless set; not null
     */
    @Value.Default
    public RoundingStage stage() {
        return RoundingStage.PER_CRITERION;
    }

    /**
     * Rounds unrounded points, e.g. 33.333... to 33.33.
     *
     * @param points the unrounded points; not null; not negative
     * @return the rounded points, not null
     * @throws ValidationException if the points are negative
     */
    public Points apply(BigDecimal points) {
        Objects.requireNonNull(points, "points");
        if (points.signum() < 0) {
            throw new ValidationException(Violation.of("points", "OTP-POINTS",
                "io.otp.core.points.negative", "value", points.toPlainString()));
        }
        return Points.of(points.setScale(scale(), roundingMode()));
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (scale() < 0 || scale() > MAX_SCALE) {
            v.add(Violation.of("scale", "OTP-ROUNDING", "io.otp.scoring.rounding.scale",
                "value", scale(), "max", MAX_SCALE));
        }
        if (roundingMode() == RoundingMode.UNNECESSARY) {
            v.add(Violation.of("roundingMode", "OTP-ROUNDING", "io.otp.scoring.rounding.unnecessary",
                "value", roundingMode()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link RoundingPolicy}s; each attribute may be set once. */
    public static final class Builder extends ImmutableRoundingPolicy.Builder {
        Builder() {
        }
    }
}
