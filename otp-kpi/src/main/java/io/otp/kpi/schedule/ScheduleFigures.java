package io.otp.kpi.schedule;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The earned-schedule figures of a project at a status date (W. Lipke, "Schedule is different",
 * <i>The Measurable News</i>, March 2003), computed by {@link EarnedSchedule#at(io.otp.kpi.evm.EvmSeries)}.
 * Times are in periods of the series (months for a monthly series), counted from the project start.
 *
 * <p>Values are exact {@code BigDecimal}s in {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}
 * ({@code DECIMAL64}) with trailing zeros removed; a ratio whose denominator is zero is absent
 * ({@code Optional.empty()}), never 0 or NaN. Every figure has an explanation in
 * {@link #explanations()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScheduleFigures.class)
@JsonDeserialize(as = ImmutableScheduleFigures.class)
public abstract class ScheduleFigures {

    ScheduleFigures() {
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
     * Returns the status date: the end of the status period.
     *
     * @return the status date, not null
     */
    public abstract LocalDate statusDate();

    /**
     * Returns the actual time AT: the periods elapsed at the status date (the status period number).
     *
     * @return AT, 1 or more
     */
    public abstract int actualTime();

    /**
     * Returns the planned duration PD: the first period whose cumulative PV reaches BAC.
     *
     * @return PD, 1 or more
     */
    public abstract int plannedDuration();

    /**
     * Returns the earned schedule ES = C + I, within 0 and PD.
     *
     * @return ES in periods, not null
     */
    public abstract BigDecimal earnedSchedule();

    /**
     * Returns the time-based schedule variance SV(t) = ES &minus; AT; negative is behind plan.
     *
     * @return SV(t) in periods, not null
     */
    public abstract BigDecimal svT();

    /**
     * Returns the time-based schedule performance index SPI(t) = ES / AT; always defined because AT is
     * at least 1.
     *
     * @return SPI(t), not null
     */
    public abstract BigDecimal spiT();

    /**
     * Returns the to-complete schedule performance index TSPI = (PD &minus; ES) / (PD &minus; AT): the
     * schedule efficiency the remaining work needs to finish at PD. After the planned finish
     * (AT &gt; PD) it is zero or negative: PD can no longer be met.
     *
     * @return TSPI; empty when AT equals PD, not null
     */
    public abstract Optional<BigDecimal> tspi();

    /**
     * Returns the independent estimate at completion in time IEAC(t) = PD / SPI(t).
     *
     * @return IEAC(t) in periods; empty when SPI(t) is zero (nothing earned yet), not null
     */
    public abstract Optional<BigDecimal> ieacT();

    /**
     * Returns the performance factor PF used in {@link #ieac()}: 1 for the remaining work at the
     * planned rate, or the factor the caller chose.
     *
     * @return PF, positive, not null
     */
    public abstract BigDecimal performanceFactor();

    /**
     * Returns the general independent estimate at completion in time, AT + (PD &minus; ES) / PF.
     *
     * @return IEAC in periods, not null
     */
    public abstract BigDecimal ieac();

    /**
     * Returns how each figure was obtained, keyed by the name of its accessor ({@code earnedSchedule},
     * {@code spiT}, ...): the formula with the numbers substituted, or why it is undefined.
     *
     * @return the explanations, not null
     */
    public abstract Map<String, String> explanations();

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    ScheduleFigures plainDecimals() {
        return ((ImmutableScheduleFigures) ImmutableScheduleFigures.copyOf(this))
            .withEarnedSchedule(plain(earnedSchedule()))
            .withSvT(plain(svT()))
            .withSpiT(plain(spiT()))
            .withTspi(plain(tspi()))
            .withIeacT(plain(ieacT()))
            .withPerformanceFactor(plain(performanceFactor()))
            .withIeac(plain(ieac()));
    }

    /** Builds {@link ScheduleFigures}; each attribute may be set once. */
    public static final class Builder extends ImmutableScheduleFigures.Builder {
        Builder() {
        }
    }
}
