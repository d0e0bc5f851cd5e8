package io.otp.kpi.indicator;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One entry of a KPI's target schedule: the target in force from a date until the next entry's date
 * (or for ever), e.g. budget executed 50 % from 1 July.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetEntry.class)
@JsonDeserialize(as = ImmutableTargetEntry.class)
public abstract class TargetEntry {

    TargetEntry() {
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
     * Obtains an entry.
     *
     * @param from the first day the target is in force; not null
     * @param target the target, in the KPI's unit; not null
     * @return the entry, not null
     */
    public static TargetEntry of(LocalDate from, BigDecimal target) {
        return builder().from(from).target(target).build();
    }

    /**
     * The first day the target is in force.
     *
     * @return the date, not null
     */
    public abstract LocalDate from();

    /**
     * The target, in the KPI's unit.
     *
     * @return the target, not null
     */
    public abstract BigDecimal target();

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    TargetEntry plainDecimals() {
        return ((ImmutableTargetEntry) ImmutableTargetEntry.copyOf(this))
            .withTarget(plain(target()));
    }

    /** Builds {@link TargetEntry}; each attribute may be set once. */
    public static final class Builder extends ImmutableTargetEntry.Builder {
        Builder() {
        }
    }
}
