package io.otp.kpi.evm;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.DecimalPolicy;
import io.otp.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the earned-value figures of a project at its status date, after the PMI <i>Practice
 * Standard for Earned Value Management</i> (2nd ed., 2011) and ANSI/EIA-748:
 * <ul>
 *   <li>SV = EV &minus; PV; CV = EV &minus; AC; SV % = SV / PV; CV % = CV / EV;</li>
 *   <li>SPI = EV / PV; CPI = EV / AC;</li>
 *   <li>EAC at the budgeted rate AC + (BAC &minus; EV); by CPI BAC / CPI; composite
 *       AC + (BAC &minus; EV) / (CPI &times; SPI); bottom-up AC + ETC; ETC = EAC &minus; AC;
 *       VAC = BAC &minus; EAC;</li>
 *   <li>TCPI to BAC (BAC &minus; EV) / (BAC &minus; AC); to EAC (BAC &minus; EV) / (EAC &minus; AC);</li>
 *   <li>% schedule PV / BAC, % complete EV / BAC, % spent AC / BAC.</li>
 * </ul>
 *
 * <p><b>Numbers.</b> Every ratio is one division of exact money amounts in {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}
 * ({@code DecimalPolicy.MATH_CONTEXT}: 16 significant digits, half even), with trailing zeros removed; it is
 * not rounded further (use {@link #rounded(BigDecimal, int)} for display). Where an index is a quotient
 * of quotients (EAC by CPI &times; SPI, TCPI) the fraction is first written over the original amounts,
 * so there is still only one division: EAC by CPI is computed as AC + (BAC &minus; EV) &times; AC / EV,
 * not through a rounded CPI. Money results (ETC, and EAC and VAC that follow from it) are divided
 * straight to the currency's minor unit, rounded half up ({@link Money#ROUNDING}), once. A ratio whose
 * denominator is zero is undefined and absent ({@link Optional#empty()}); nothing here returns 0 or NaN
 * for an undefined ratio or throws {@link ArithmeticException}.
 *
 * <p>Every figure comes with its explanation: the formula with the numbers substituted
 * ({@link EvmFigures#explanations()}, {@link Estimate#explanations()}), e.g.
 * {@code CPI = EV / AC = 40000.00 / 50000.00 = 0.8}.
 *
 * <p>This class is thread-safe; it holds no state.
 */
public final class EarnedValue {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EarnedValue() {
    }

    /**
     * Computes the figures at the series' status date, with the three estimates at completion that need
     * no further input (budgeted rate, CPI, CPI &times; SPI).
     *
     * @param series the series; not null
     * @return the figures, not null
     */
    public static EvmFigures at(EvmSeries series) {
        Objects.requireNonNull(series, "series");
        return compute(series, null);
    }

    /**
     * Computes the figures at the series' status date, adding the bottom-up estimate at completion
     * EAC = AC + ETC from a new estimate of the cost of the remaining work.
     *
     * @param series the series; not null
     * @param bottomUpEtc the bottom-up estimate to complete at the status date; not null; not negative;
     *     in the currency of the series
     * @return the figures, not null
     * @throws ValidationException if the ETC is negative or in another currency (path {@code etc})
     */
    public static EvmFigures at(EvmSeries series, Money bottomUpEtc) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(bottomUpEtc, "bottomUpEtc");
        if (!bottomUpEtc.currency().equals(series.bac().currency())) {
            throw new ValidationException(Violation.of("etc", "OTP-EVM-CURRENCY", "io.otp.kpi.evm.currency",
                "value", bottomUpEtc, "currency", series.bac().currency().getCurrencyCode()));
        }
        if (bottomUpEtc.isNegative()) {
            throw new ValidationException(Violation.of("etc", "OTP-EVM-NEGATIVE", "io.otp.kpi.evm.negative",
                "value", bottomUpEtc));
        }
        return compute(series, bottomUpEtc);
    }

    /**
     * Computes the figures at every period from the first to the series' status date, in order, e.g.
     * for the trend of SPI and CPI on a dashboard; the last element equals {@link #at(EvmSeries)}.
     *
     * @param series the series; not null
     * @return one figures value per period up to the status date, not empty, not null
     */
    public static List<EvmFigures> trend(EvmSeries series) {
        Objects.requireNonNull(series, "series");
        List<EvmFigures> figures = new ArrayList<>();
        for (int t = 0; t < series.statusPeriod(); t++) {
            figures.add(compute(series.withStatusDate(series.periodEnds().get(t)), null));
        }
        return List.copyOf(figures);
    }

    /**
     * Rounds a ratio for display, half up. The figures themselves are never rounded.
     *
     * @param ratio the ratio; not null
     * @param scale the number of decimals, 0 or more
     * @return the rounded ratio, not null
     * @throws IllegalArgumentException if the scale is negative
     */
    public static BigDecimal rounded(BigDecimal ratio, int scale) {
        Objects.requireNonNull(ratio, "ratio");
        if (scale < 0) {
            throw new IllegalArgumentException("scale must be 0 or more, got " + scale);
        }
        return ratio.setScale(scale, RoundingMode.HALF_UP);
    }

    private static EvmFigures compute(EvmSeries series, Money bottomUpEtc) {
        Money bac = series.bac();
        Money pv = series.pvAtStatus();
        Money ev = series.evAtStatus();
        Money ac = series.acAtStatus();
        Map<String, String> why = new LinkedHashMap<>();
        Money sv = ev.minus(pv);
        Money cv = ev.minus(ac);
        why.put("sv", "SV = EV − PV = " + s(ev) + " − " + s(pv) + " = " + s(sv));
        why.put("cv", "CV = EV − AC = " + s(ev) + " − " + s(ac) + " = " + s(cv));
        Optional<BigDecimal> svPercent = ratio(why, "svPercent", "SV % = 100 × SV / PV = 100 × " + s(sv)
            + " / " + s(pv), HUNDRED.multiply(sv.amount()), pv.amount(), "PV");
        Optional<BigDecimal> cvPercent = ratio(why, "cvPercent", "CV % = 100 × CV / EV = 100 × " + s(cv)
            + " / " + s(ev), HUNDRED.multiply(cv.amount()), ev.amount(), "EV");
        Optional<BigDecimal> spi = ratio(why, "spi", "SPI = EV / PV = " + s(ev) + " / " + s(pv),
            ev.amount(), pv.amount(), "PV");
        Optional<BigDecimal> cpi = ratio(why, "cpi", "CPI = EV / AC = " + s(ev) + " / " + s(ac),
            ev.amount(), ac.amount(), "AC");
        BigDecimal remaining = bac.amount().subtract(ev.amount());
        Optional<BigDecimal> tcpiToBac = ratio(why, "tcpiToBac", "TCPI(BAC) = (BAC − EV) / (BAC − AC) = ("
            + s(bac) + " − " + s(ev) + ") / (" + s(bac) + " − " + s(ac) + ")",
            remaining, bac.amount().subtract(ac.amount()), "BAC − AC");
        BigDecimal percentScheduled = percentOfBac(why, "percentScheduled", "% schedule = 100 × PV / BAC", pv, bac);
        BigDecimal percentComplete = percentOfBac(why, "percentComplete", "% complete = 100 × EV / BAC", ev, bac);
        BigDecimal percentSpent = percentOfBac(why, "percentSpent", "% spent = 100 × AC / BAC", ac, bac);

        Map<EacMethod, Estimate> estimates = new EnumMap<>(EacMethod.class);
        estimates.put(EacMethod.BUDGETED_RATE, estimate(EacMethod.BUDGETED_RATE, series,
            "ETC = BAC − EV = " + s(bac) + " − " + s(ev), remaining, BigDecimal.ONE));
        if (ev.isPositive() && ac.isPositive()) {
            estimates.put(EacMethod.CPI, estimate(EacMethod.CPI, series,
                "ETC = (BAC − EV) / CPI = (BAC − EV) × AC / EV = (" + s(bac) + " − " + s(ev) + ") × " + s(ac)
                    + " / " + s(ev),
                remaining.multiply(ac.amount()), ev.amount()));
        } else {
            why.put("estimates.CPI", "EAC by CPI: undefined, CPI is " + (ac.isZero() ? "undefined (AC is zero)"
                : "zero (EV is zero)"));
        }
        if (ev.isPositive() && ac.isPositive() && pv.isPositive()) {
            estimates.put(EacMethod.CPI_SPI, estimate(EacMethod.CPI_SPI, series,
                "ETC = (BAC − EV) / (CPI × SPI) = (BAC − EV) × AC × PV / (EV × EV) = ("
                    + s(bac) + " − " + s(ev)
                    + ") × " + s(ac) + " × " + s(pv) + " / (" + s(ev) + " × " + s(ev) + ")",
                remaining.multiply(ac.amount()).multiply(pv.amount()), ev.amount().multiply(ev.amount())));
        } else {
            why.put("estimates.CPI_SPI", "EAC by CPI × SPI: undefined, "
                + (ev.isZero() ? "EV is zero" : ac.isZero() ? "AC is zero" : "PV is zero"));
        }
        if (bottomUpEtc != null) {
            estimates.put(EacMethod.BOTTOM_UP, estimate(EacMethod.BOTTOM_UP, series,
                "ETC = bottom-up estimate = " + s(bottomUpEtc), bottomUpEtc.amount(), BigDecimal.ONE));
        }
        return EvmFigures.builder()
            .statusDate(series.statusDate())
            .statusPeriod(series.statusPeriod())
            .bac(bac).pv(pv).ev(ev).ac(ac).sv(sv).cv(cv)
            .svPercent(svPercent).cvPercent(cvPercent).spi(spi).cpi(cpi).tcpiToBac(tcpiToBac)
            .percentScheduled(percentScheduled).percentComplete(percentComplete).percentSpent(percentSpent)
            .putAllEstimates(estimates)
            .putAllExplanations(why)
            .build();
    }

    /**
     * One estimate whose unrounded ETC is the fraction etcNumerator / etcDenominator (denominator
     * positive), so that ETC in money and TCPI are each one division of exact numbers.
     */
    private static Estimate estimate(EacMethod method, EvmSeries series, String etcFormula,
                                     BigDecimal etcNumerator, BigDecimal etcDenominator) {
        Money bac = series.bac();
        Money ev = series.evAtStatus();
        Money ac = series.acAtStatus();
        int scale = bac.amount().scale();
        Money etc = Money.of(etcNumerator.divide(etcDenominator, scale, Money.ROUNDING), bac.currency());
        Money eac = ac.plus(etc);
        Money vac = bac.minus(eac);
        Map<String, String> why = new LinkedHashMap<>();
        BigDecimal exactEtc = DecimalPolicy.normalised(etcNumerator.divide(etcDenominator, DecimalPolicy.MATH_CONTEXT));
        why.put("etc", etcFormula + " = " + exactEtc.toPlainString() + ", rounded half up to the cent: " + s(etc));
        why.put("eac", "EAC = AC + ETC = " + s(ac) + " + " + s(etc) + " = " + s(eac));
        why.put("vac", "VAC = BAC − EAC = " + s(bac) + " − " + s(eac) + " = " + s(vac));
        BigDecimal remaining = bac.amount().subtract(ev.amount());
        Optional<BigDecimal> tcpi = ratio(why, "tcpi", "TCPI(EAC) = (BAC − EV) / (EAC − AC) = (" + s(bac) + " − "
            + s(ev) + ") / " + exactEtc.toPlainString() + " (EAC − AC = ETC unrounded)",
            remaining.multiply(etcDenominator), etcNumerator, "EAC − AC");
        return Estimate.builder().method(method).etc(etc).eac(eac).vac(vac).tcpi(tcpi).putAllExplanations(why).build();
    }

    private static Optional<BigDecimal> ratio(Map<String, String> why, String key, String formula,
                                              BigDecimal numerator, BigDecimal denominator, String denominatorName) {
        if (denominator.signum() == 0) {
            why.put(key, formula + ": undefined, " + denominatorName + " is zero");
            return Optional.empty();
        }
        BigDecimal value = DecimalPolicy.normalised(numerator.divide(denominator, DecimalPolicy.MATH_CONTEXT));
        why.put(key, formula + " = " + value.toPlainString());
        return Optional.of(value);
    }

    private static BigDecimal percentOfBac(Map<String, String> why, String key, String formula, Money part, Money bac) {
        BigDecimal value = DecimalPolicy.normalised(HUNDRED.multiply(part.amount()).divide(bac.amount(), DecimalPolicy.MATH_CONTEXT));
        why.put(key, formula + " = 100 × " + s(part) + " / " + s(bac) + " = " + value.toPlainString());
        return value;
    }


    private static String s(Money money) {
        return money.amount().toPlainString();
    }
}
