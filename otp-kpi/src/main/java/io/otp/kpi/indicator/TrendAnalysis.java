package io.otp.kpi.indicator;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The trend of a KPI over its last periods, and the figures it rests on.
 *
 * <p>The rule: the least-squares line through the compared values (the values, or their ratios to
 * the target, see {@link ThresholdBasis}) of the measurements in the window, with the period number as
 * abscissa (0 for the window's first measured period, gaps counted), gives a {@link #slope()} per
 * period. The {@link #improvement()} per period is the slope for {@link KpiDirection#HIGHER_IS_BETTER},
 * minus the slope for {@link KpiDirection#LOWER_IS_BETTER}, and for {@link KpiDirection#WITHIN_BAND} the
 * decrease per period of the distance between the fitted line and the centre of the best band (from
 * the first to the last measured period of the window). The trend is {@link Trend#IMPROVING} when the
 * improvement exceeds the KPI's tolerance, {@link Trend#WORSENING} when it is below minus the tolerance,
 * and {@link Trend#STABLE} otherwise: a constant series is always stable. Divisions use
 * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrendAnalysis.class)
@JsonDeserialize(as = ImmutableTrendAnalysis.class)
public abstract class TrendAnalysis {

    TrendAnalysis() {
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
     * The trend.
     *
     * @return the trend, not null
     */
    public abstract Trend trend();

    /**
     * The number of periods of the window asked for.
     *
     * @return the window's length in periods, at least 2
     */
    public abstract int periods();

    /**
     * The number of measurements in the window that the line was fitted to.
     *
     * @return at least 2
     */
    public abstract int points();

    /**
     * The least-squares slope of the compared values, per period.
     *
     * @return the slope, not null
     */
    public abstract BigDecimal slope();

    /**
     * How much better the KPI gets per period according to its direction; negative when it gets
     * worse.
     *
     * @return the improvement per period, not null
     */
    public abstract BigDecimal improvement();

    /**
     * The tolerance per period within which the KPI is stable.
     *
     * @return the tolerance, not negative, not null
     */
    public abstract BigDecimal tolerance();

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    TrendAnalysis plainDecimals() {
        return ((ImmutableTrendAnalysis) ImmutableTrendAnalysis.copyOf(this))
            .withSlope(plain(slope()))
            .withImprovement(plain(improvement()))
            .withTolerance(plain(tolerance()));
    }

    /** Builds {@link TrendAnalysis}; each attribute may be set once. */
    public static final class Builder extends ImmutableTrendAnalysis.Builder {
        Builder() {
        }
    }
}
