package io.otp.kpi.portfolio;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.Estimate;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.schedule.EarnedSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The earned-value figures a dashboard shows for a project or a roll-up at a status date: PV, EV, AC,
 * BAC, SV, CV, SPI, CPI, SPI(t), an estimate at completion, VAC, % complete and budget executed.
 *
 * <p><b>Roll-up</b> ({@link #sum(List)}, DOMAIN.md section 6: "sum PV, EV, AC over projects, then
 * compute indices; never average indices"): the cumulative PV, EV and AC at the status date and the BAC
 * of the projects are summed, and every index is computed from the sums by {@link EarnedValue}. When
 * every series has the same period ends, the series are summed period by period (EV and AC up to the
 * status period) and SPI(t) is the earned schedule of the summed plan (Lipke); when the calendars
 * differ, a summed PV curve does not exist and SPI(t) is absent.
 *
 * <p><b>Numbers.</b> Ratios are exact to {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} ({@code DECIMAL64}), trailing
 * zeros removed, not rounded (round for display with {@link EarnedValue#rounded(BigDecimal, int)});
 * undefined ratios are absent. The estimate at completion is EAC = BAC / CPI when CPI is defined, else
 * the budgeted-rate estimate AC + (BAC &minus; EV) ({@link #eacMethod()} says which); money is rounded to
 * the currency's minor unit as {@link EarnedValue} does. {@link #budgetExecuted()} is % spent,
 * 100 &times; AC / BAC.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvmSummary.class)
@JsonDeserialize(as = ImmutableEvmSummary.class)
public abstract class EvmSummary {

    EvmSummary() {
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
     * Computes the summary of one project's series at its status date.
     *
     * @param series the series; not null
     * @return the summary, not null
     */
    public static EvmSummary of(EvmSeries series) {
        Objects.requireNonNull(series, "series");
        return from(EarnedValue.at(series), Optional.of(EarnedSchedule.at(series).spiT()));
    }

    /**
     * Rolls up series by summing PV, EV, AC and BAC at their common status date and computing the indices
     * from the sums (see the class description). The order of the series does not matter, and the sum of
     * one series equals {@link #of(EvmSeries)}.
     *
     * @param series the series to roll up; not null; at least one; same status date and currency
     * @return the rolled-up summary, not null
     * @throws ValidationException listing every problem: no series ({@code series}, rule
     *     {@code OTP-PORTFOLIO-EMPTY}), a status date ({@code series[i].statusDate},
     *     {@code OTP-PORTFOLIO-STATUS-DATE}) or currency ({@code series[i].bac},
     *     {@code OTP-PORTFOLIO-CURRENCY}) other than the first series'
     */
    public static EvmSummary sum(List<EvmSeries> series) {
        Objects.requireNonNull(series, "series");
        List<Violation> v = new ArrayList<>();
        if (series.isEmpty()) {
            v.add(Violation.of("series", "OTP-PORTFOLIO-EMPTY", "io.otp.kpi.portfolio.empty", "field", "series"));
            throw new ValidationException(v);
        }
        EvmSeries first = Objects.requireNonNull(series.get(0), "series[0]");
        for (int i = 1; i < series.size(); i++) {
            EvmSeries s = Objects.requireNonNull(series.get(i), "series[" + i + "]");
            String project = "series[" + i + "]";
            if (!s.statusDate().equals(first.statusDate())) {
                v.add(Violation.of(project + ".statusDate", "OTP-PORTFOLIO-STATUS-DATE",
                    "io.otp.kpi.portfolio.statusDate", "project", project, "value", s.statusDate(),
                    "expected", first.statusDate()));
            }
            if (!s.bac().currency().equals(first.bac().currency())) {
                v.add(Violation.of(project + ".bac", "OTP-PORTFOLIO-CURRENCY", "io.otp.kpi.portfolio.currency",
                    "project", project, "value", s.bac().currency().getCurrencyCode(),
                    "expected", first.bac().currency().getCurrencyCode()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        boolean sameCalendar = series.stream().allMatch(s -> s.periodEnds().equals(first.periodEnds()));
        if (sameCalendar) {
            EvmSeries summed = summedSeries(series, first);
            return from(EarnedValue.at(summed), Optional.of(EarnedSchedule.at(summed).spiT()));
        }
        return from(EarnedValue.at(totalsSeries(series, first)), Optional.empty());
    }

    private static EvmSeries summedSeries(List<EvmSeries> series, EvmSeries first) {
        int periods = first.periodEnds().size();
        int reported = first.statusPeriod();
        Money bac = Money.zero(first.bac().currency());
        for (EvmSeries s : series) {
            bac = bac.plus(s.bac());   // refuses a series in another currency before anything is summed
        }
        // sums of amounts, one Money per period at the end: millions of intermediate Money for a portfolio
        BigDecimal[] pv = new BigDecimal[periods];
        BigDecimal[] ev = new BigDecimal[reported];
        BigDecimal[] ac = new BigDecimal[reported];
        Arrays.fill(pv, BigDecimal.ZERO);
        Arrays.fill(ev, BigDecimal.ZERO);
        Arrays.fill(ac, BigDecimal.ZERO);
        for (EvmSeries s : series) {
            List<Money> sPv = s.pv();
            List<Money> sEv = s.ev();
            List<Money> sAc = s.ac();
            for (int t = 0; t < periods; t++) {
                pv[t] = pv[t].add(sPv.get(t).amount());
            }
            for (int t = 0; t < reported; t++) {
                ev[t] = ev[t].add(sEv.get(t).amount());
                ac[t] = ac[t].add(sAc.get(t).amount());
            }
        }
        Currency currency = first.bac().currency();
        List<Money> pvList = new ArrayList<>(periods);
        List<Money> evList = new ArrayList<>(reported);
        List<Money> acList = new ArrayList<>(reported);
        for (int t = 0; t < periods; t++) {
            pvList.add(Money.of(pv[t], currency));
        }
        for (int t = 0; t < reported; t++) {
            evList.add(Money.of(ev[t], currency));
            acList.add(Money.of(ac[t], currency));
        }
        return EvmSeries.builder().addAllPeriodEnds(first.periodEnds()).addAllPv(pvList).addAllEv(evList)
            .addAllAc(acList).bac(bac).statusDate(first.statusDate()).build();
    }

    // With different calendars only the totals at the status date exist: they are put in a two-period
    // series (PV at the status date, then BAC a day later) so that EarnedValue computes every index from
    // the sums; nothing here depends on the synthetic second period.
    private static EvmSeries totalsSeries(List<EvmSeries> series, EvmSeries first) {
        Money zero = Money.zero(first.bac().currency());
        Money pv = zero;
        Money ev = zero;
        Money ac = zero;
        Money bac = zero;
        for (EvmSeries s : series) {
            pv = pv.plus(s.pvAtStatus());
            ev = ev.plus(s.evAtStatus());
            ac = ac.plus(s.acAtStatus());
            bac = bac.plus(s.bac());
        }
        LocalDate date = first.statusDate();
        return EvmSeries.builder().addPeriodEnds(date, date.plusDays(1)).addPv(pv, bac).addEv(ev).addAc(ac)
            .bac(bac).statusDate(date).build();
    }

    private static EvmSummary from(EvmFigures f, Optional<BigDecimal> spiT) {
        Estimate eac = f.estimate(EacMethod.CPI).orElseGet(() -> f.estimate(EacMethod.BUDGETED_RATE).orElseThrow());
        return builder().statusDate(f.statusDate()).pv(f.pv()).ev(f.ev()).ac(f.ac()).bac(f.bac())
            .sv(f.sv()).cv(f.cv()).spi(f.spi()).cpi(f.cpi()).spiT(spiT)
            .eac(eac.eac()).eacMethod(eac.method()).vac(eac.vac())
            .percentComplete(f.percentComplete()).budgetExecuted(f.percentSpent()).build();
    }

    /**
     * The status date.
     *
     * @return the date, not null
     */
    public abstract LocalDate statusDate();

    /**
     * The cumulative planned value at the status date.
     *
     * @return PV, not null
     */
    public abstract Money pv();

    /**
     * The cumulative earned value at the status date.
     *
     * @return EV, not null
     */
    public abstract Money ev();

    /**
     * The cumulative actual cost at the status date.
     *
     * @return AC, not null
     */
    public abstract Money ac();

    /**
     * The budget at completion.
     *
     * @return BAC, not null
     */
    public abstract Money bac();

    /**
     * The schedule variance EV &minus; PV.
     *
     * @return SV, not null
     */
    public abstract Money sv();

    /**
     * The cost variance EV &minus; AC.
     *
     * @return CV, not null
     */
    public abstract Money cv();

    /**
     * The schedule performance index EV / PV.
     *
     * @return SPI, or empty when PV is zero
     */
    public abstract Optional<BigDecimal> spi();

    /**
     * The cost performance index EV / AC.
     *
     * @return CPI, or empty when AC is zero
     */
    public abstract Optional<BigDecimal> cpi();

    /**
     * The time-based schedule performance index ES / AT (Lipke).
     *
     * @return SPI(t), or empty for a roll-up of series with different period ends
     */
    public abstract Optional<BigDecimal> spiT();

    /**
     * The estimate at completion: by CPI when CPI is defined, else at the budgeted rate.
     *
     * @return EAC, not null
     */
    public abstract Money eac();

    /**
     * The method of {@link #eac()}: {@link EacMethod#CPI} or {@link EacMethod#BUDGETED_RATE}.
     *
     * @return the method, not null
     */
    public abstract EacMethod eacMethod();

    /**
     * The variance at completion BAC &minus; EAC.
     *
     * @return VAC, not null
     */
    public abstract Money vac();

    /**
     * The percentage complete, 100 &times; EV / BAC.
     *
     * @return the percentage, not null
     */
    public abstract BigDecimal percentComplete();

    /**
     * The budget executed (% spent), 100 &times; AC / BAC.
     *
     * @return the percentage, not null
     */
    public abstract BigDecimal budgetExecuted();

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    EvmSummary plainDecimals() {
        return ((ImmutableEvmSummary) ImmutableEvmSummary.copyOf(this))
            .withSpi(plain(spi()))
            .withCpi(plain(cpi()))
            .withSpiT(plain(spiT()))
            .withPercentComplete(plain(percentComplete()))
            .withBudgetExecuted(plain(budgetExecuted()));
    }

    /** Builds {@link EvmSummary}; each attribute may be set once. */
    public static final class Builder extends ImmutableEvmSummary.Builder {
        Builder() {
        }
    }
}
