package io.otp.kpi.indicator;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An interval of values, both ends included, either end possibly open: {@code ≥ 0.95} (lower end
 * only), {@code ≤ 3} (upper end only) or {@code [0.95, 1.05]}. {@link Thresholds} give one band per
 * status level but the worst.
 *
 * <p>A band has at least one end, and its lower end is not above its upper end. Containment and
 * nesting compare ends by value ({@code 0.95} and {@code 0.950} are the same end); equality of bands,
 * like their JSON, keeps the ends exactly as given.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusBand.class)
@JsonDeserialize(as = ImmutableStatusBand.class)
public abstract class StatusBand {

    StatusBand() {
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
     * The band of values at or above a bound.
     *
     * @param lower the lowest value in the band; not null
     * @return the band, not null
     */
    public static StatusBand atLeast(BigDecimal lower) {
        return builder().lower(lower).build();
    }

    /**
     * The band of values at or below a bound.
     *
     * @param upper the highest value in the band; not null
     * @return the band, not null
     */
    public static StatusBand atMost(BigDecimal upper) {
        return builder().upper(upper).build();
    }

    /**
     * The band of values between two bounds, both included.
     *
     * @param lower the lowest value in the band; not null
     * @param upper the highest value in the band; not null; not below {@code lower}
     * @return the band, not null
     * @throws ValidationException if {@code lower} is above {@code upper}
     */
    public static StatusBand between(BigDecimal lower, BigDecimal upper) {
        return builder().lower(lower).upper(upper).build();
    }

    /**
     * The lowest value in the band.
     *
     * @return the lower end; empty if the band is open below
     */
    public abstract Optional<BigDecimal> lower();

    /**
     * The highest value in the band.
     *
     * @return the upper end; empty if the band is open above
     */
    public abstract Optional<BigDecimal> upper();

    /**
     * Tells whether a value lies in the band, ends included.
     *
     * @param value the value; not null
     * @return true if no end excludes it
     */
    public boolean contains(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return lower().map(l -> value.compareTo(l) >= 0).orElse(true)
            && upper().map(u -> value.compareTo(u) <= 0).orElse(true);
    }

    /**
     * Tells whether this band contains every value of another band and more on at least one side,
     * as the band of a worse level must around the band of a better one.
     *
     * @param inner the other band; not null
     * @return true if this band strictly encloses {@code inner}
     */
    public boolean strictlyEncloses(StatusBand inner) {
        Objects.requireNonNull(inner, "inner");
        int lowerSide = compareLower(inner);
        int upperSide = compareUpper(inner);
        return lowerSide >= 0 && upperSide >= 0 && (lowerSide > 0 || upperSide > 0);
    }

    /** Positive when this band reaches further down than {@code inner}, 0 when equal, negative when less. */
    private int compareLower(StatusBand inner) {
        if (lower().isEmpty()) {
            return inner.lower().isEmpty() ? 0 : 1;
        }
        return inner.lower().map(l -> l.compareTo(lower().get())).orElse(-1);
    }

    /** Positive when this band reaches further up than {@code inner}, 0 when equal, negative when less. */
    private int compareUpper(StatusBand inner) {
        if (upper().isEmpty()) {
            return inner.upper().isEmpty() ? 0 : 1;
        }
        return inner.upper().map(u -> upper().get().compareTo(u)).orElse(-1);
    }

    /**
     * Describes the band: {@code ≥ 0.95}, {@code ≤ 3} or {@code [0.95, 1.05]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        if (lower().isPresent() && upper().isPresent()) {
            return "[" + OtpMessages.number(lower().get()) + ", " + OtpMessages.number(upper().get()) + "]";
        }
        return lower().map(l -> "≥ " + OtpMessages.number(l))
            .orElseGet(() -> "≤ " + OtpMessages.number(upper().get()));
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (lower().isEmpty() && upper().isEmpty()) {
            v.add(Violation.of("", "OTP-KPI-BAND", "io.otp.kpi.indicator.band.unbounded"));
        }
        if (lower().isPresent() && upper().isPresent() && lower().get().compareTo(upper().get()) > 0) {
            v.add(Violation.of("lower", "OTP-KPI-BAND", "io.otp.kpi.indicator.band.order",
                "lower", OtpMessages.number(lower().get()), "upper", OtpMessages.number(upper().get())));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    StatusBand plainDecimals() {
        return ((ImmutableStatusBand) ImmutableStatusBand.copyOf(this))
            .withLower(plain(lower()))
            .withUpper(plain(upper()));
    }

    /** Builds {@link StatusBand}; each attribute may be set once. */
    public static final class Builder extends ImmutableStatusBand.Builder {
        Builder() {
        }
    }
}
