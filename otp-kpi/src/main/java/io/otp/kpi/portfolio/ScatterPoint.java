package io.otp.kpi.portfolio;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.kpi.indicator.StatusLevel;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A point of the SPI/CPI scatter chart: a project with both indices defined, and its BAC (e.g. for the
 * size of a bubble).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScatterPoint.class)
@JsonDeserialize(as = ImmutableScatterPoint.class)
public abstract class ScatterPoint {

    ScatterPoint() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The project's id.
     *
     * @return the id, not null
     */
    public abstract ProjectId projectId();

    /**
     * The project's name.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * The schedule performance index (x).
     *
     * @return SPI, not null
     */
    public abstract BigDecimal spi();

    /**
     * The cost performance index (y).
     *
     * @return CPI, not null
     */
    public abstract BigDecimal cpi();

    /**
     * The budget at completion.
     *
     * @return BAC, not null
     */
    public abstract Money bac();

    /**
     * The overall status.
     *
     * @return the level, or empty when no dimension is assessed
     */
    public abstract Optional<StatusLevel> overall();

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    ScatterPoint plainDecimals() {
        return ((ImmutableScatterPoint) ImmutableScatterPoint.copyOf(this))
            .withSpi(plain(spi()))
            .withCpi(plain(cpi()));
    }

    /** Builds {@link ScatterPoint}; each attribute may be set once. */
    public static final class Builder extends ImmutableScatterPoint.Builder {
        Builder() {
        }
    }
}
