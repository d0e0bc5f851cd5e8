package io.otp.kpi.evm;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The earned-value figures of a project at a status date, as defined by the PMI <i>Practice Standard
 * for Earned Value Management</i> (2nd ed., 2011) and ANSI/EIA-748, computed by
 * {@link EarnedValue#at(EvmSeries)}.
 *
 * <p>Variances are money, exact. Indices and percentages are exact {@code BigDecimal}s in
 * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} ({@code DECIMAL64}, 16 significant digits, trailing zeros removed);
 * round them for display with {@link EarnedValue#rounded(BigDecimal, int)}. A ratio whose denominator
 * is zero is undefined and is absent ({@code Optional.empty()}), never 0 or NaN. Percentages are in
 * percent units (40 means 40 %). Every figure has an explanation in {@link #explanations()}: the
 * formula with the numbers substituted, so that each number can be checked by hand.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvmFigures.class)
@JsonDeserialize(as = ImmutableEvmFigures.class)
public abstract class EvmFigures {

    EvmFigures() {
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
     * Returns the number of the status period, 1-based.
     *
     * @return the status period
     */
    public abstract int statusPeriod();

    /**
     * Returns the budget at completion.
     *
     * @return BAC, not null
     */
    public abstract Money bac();

    /**
     * Returns the cumulative planned value at the status date.
     *
     * @return PV, not null
     */
    public abstract Money pv();

    /**
     * Returns the cumulative earned value at the status date.
     *
     * @return EV, not null
     */
    public abstract Money ev();

    /**
     * Returns the cumulative actual cost at the status date.
     *
     * @return AC, not null
     */
    public abstract Money ac();

    /**
     * Returns the schedule variance SV = EV &minus; PV; negative is behind plan.
     *
     * @return SV, not null
     */
    public abstract Money sv();

    /**
     * Returns the cost variance CV = EV &minus; AC; negative is an overrun.
     *
     * @return CV, not null
     */
    public abstract Money cv();

    /**
     * Returns the schedule variance percentage SV % = 100 &times; SV / PV.
     *
     * @return SV % in percent units; empty when PV is zero, not null
     */
    public abstract Optional<BigDecimal> svPercent();

    /**
     * Returns the cost variance percentage CV % = 100 &times; CV / EV.
     *
     * @return CV % in percent units; empty when EV is zero, not null
     */
    public abstract Optional<BigDecimal> cvPercent();

    /**
     * Returns the schedule performance index SPI = EV / PV.
     *
     * @return SPI; empty when PV is zero, not null
     */
    public abstract Optional<BigDecimal> spi();

    /**
     * Returns the cost performance index CPI = EV / AC.
     *
     * @return CPI; empty when AC is zero, not null
     */
    public abstract Optional<BigDecimal> cpi();

    /**
     * Returns the to-complete performance index to BAC, (BAC &minus; EV) / (BAC &minus; AC): the cost
     * efficiency the remaining work needs to finish on budget. Above 1 the remaining work must be done
     * more efficiently than planned; it is negative when AC already exceeds BAC (the budget can no
     * longer be met).
     *
     * @return TCPI to BAC; empty when AC equals BAC, not null
     */
    public abstract Optional<BigDecimal> tcpiToBac();

    /**
     * Returns the percentage of the budget scheduled to date, 100 &times; PV / BAC.
     *
     * @return % schedule in percent units, not null
     */
    public abstract BigDecimal percentScheduled();

    /**
     * Returns the percentage of the budget earned to date, 100 &times; EV / BAC.
     *
     * @return % complete in percent units, not null
     */
    public abstract BigDecimal percentComplete();

    /**
     * Returns the percentage of the budget spent to date, 100 &times; AC / BAC (above 100 when AC
     * exceeds BAC).
     *
     * @return % spent in percent units, not null
     */
    public abstract BigDecimal percentSpent();

    /**
     * Returns the estimates at completion that are defined: budgeted rate always, CPI and CPI &times;
     * SPI when their indices are defined and not zero, bottom-up when an ETC was given.
     *
     * @return the estimates by method, not null
     */
    public abstract Map<EacMethod, Estimate> estimates();

    /**
     * Returns how each figure was obtained, keyed by the name of its accessor ({@code sv}, {@code cpi},
     * {@code tcpiToBac}, ...): the formula with the numbers substituted, or why it is undefined. An
     * estimate that is undefined is explained under {@code estimates.CPI} or {@code estimates.CPI_SPI};
     * the figures of each defined estimate are explained in {@link Estimate#explanations()}.
     *
     * @return the explanations, not null
     */
    public abstract Map<String, String> explanations();

    /**
     * Returns the estimate of a method.
     *
     * @param method the method; not null
     * @return the estimate; empty when undefined (see {@link #estimates()}), not null
     */
    public Optional<Estimate> estimate(EacMethod method) {
        return Optional.ofNullable(estimates().get(method));
    }

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    EvmFigures plainDecimals() {
        return ((ImmutableEvmFigures) ImmutableEvmFigures.copyOf(this))
            .withSvPercent(plain(svPercent()))
            .withCvPercent(plain(cvPercent()))
            .withSpi(plain(spi()))
            .withCpi(plain(cpi()))
            .withTcpiToBac(plain(tcpiToBac()))
            .withPercentScheduled(plain(percentScheduled()))
            .withPercentComplete(plain(percentComplete()))
            .withPercentSpent(plain(percentSpent()));
    }

    /** Builds {@link EvmFigures}; each attribute may be set once. */
    public static final class Builder extends ImmutableEvmFigures.Builder {
        Builder() {
        }
    }
}
