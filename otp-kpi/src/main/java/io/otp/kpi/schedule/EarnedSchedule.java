package io.otp.kpi.schedule;

import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.DecimalPolicy;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.EvmSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes earned schedule (W. Lipke, "Schedule is different", <i>The Measurable News</i>, March 2003)
 * from an {@link EvmSeries} at its status date.
 *
 * <p>With PD the planned duration in periods, PV<sub>t</sub> the cumulative planned value at the end
 * of period t (PV<sub>0</sub> = 0 at the start) and EV the earned value at the status date:
 * <ul>
 *   <li>C = max{t &le; PD : PV<sub>t</sub> &le; EV}: the PV curve is searched only up to PD, so a
 *       project running past its planned finish is measured against the plan, not against the flat
 *       tail of PV at BAC;</li>
 *   <li>I = (EV &minus; PV<sub>C</sub>) / (PV<sub>C+1</sub> &minus; PV<sub>C</sub>), and ES = C + I;
 *       ES = PD when C = PD (everything earned). Because C is the <em>latest</em> such period,
 *       PV<sub>C+1</sub> &gt; EV &ge; PV<sub>C</sub>, so the denominator is never zero: over a flat
 *       stretch of PV the earned schedule is its last period;</li>
 *   <li>AT = the status period number; SV(t) = ES &minus; AT; SPI(t) = ES / AT;
 *       TSPI = (PD &minus; ES) / (PD &minus; AT); IEAC(t) = PD / SPI(t); in general
 *       IEAC = AT + (PD &minus; ES) / PF with a performance factor PF.</li>
 * </ul>
 * Example (DOMAIN.md section 6): a linear plan over PD = 5 months, AT = 3, 50 % complete: C = 2,
 * I = 0.5, ES = 2.5, SV(t) = &minus;0.5, SPI(t) = 0.8333333333333333.
 *
 * <p>Divisions use {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} ({@code DecimalPolicy.MATH_CONTEXT}); results are exact
 * to that context with trailing zeros removed, never rounded further. Undefined ratios are absent.
 *
 * <p>This class is thread-safe; it holds no state.
 */
public final class EarnedSchedule {


    private EarnedSchedule() {
    }

    /**
     * Computes the earned-schedule figures at the series' status date, with the general IEAC at the
     * planned rate (PF = 1: AT + PD &minus; ES).
     *
     * @param series the series; not null
     * @return the figures, not null
     */
    public static ScheduleFigures at(EvmSeries series) {
        return at(series, BigDecimal.ONE);
    }

    /**
     * Computes the earned-schedule figures at the series' status date, with the general IEAC
     * AT + (PD &minus; ES) / PF for the given performance factor (e.g. 1 for the planned rate, SPI(t)
     * for the schedule efficiency so far, which gives IEAC(t)).
     *
     * @param series the series; not null
     * @param performanceFactor the performance factor PF; not null; positive
     * @return the figures, not null
     * @throws ValidationException if the performance factor is not positive (path
     *     {@code performanceFactor})
     */
    public static ScheduleFigures at(EvmSeries series, BigDecimal performanceFactor) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(performanceFactor, "performanceFactor");
        if (performanceFactor.signum() <= 0) {
            throw new ValidationException(Violation.of("performanceFactor", "OTP-ES-PF",
                "io.otp.kpi.schedule.performanceFactor", "value", OtpMessages.number(performanceFactor)));
        }
        Map<String, String> why = new LinkedHashMap<>();
        int pd = series.plannedDuration();
        int at = series.statusPeriod();
        BigDecimal planned = BigDecimal.valueOf(pd);
        BigDecimal actual = BigDecimal.valueOf(at);
        BigDecimal es = earnedSchedule(series.pv(), pd, series.evAtStatus(), why);
        BigDecimal svT = DecimalPolicy.normalised(es.subtract(actual));
        why.put("svT", "SV(t) = ES − AT = " + p(es) + " − " + at + " = " + p(svT));
        BigDecimal spiT = DecimalPolicy.normalised(es.divide(actual, DecimalPolicy.MATH_CONTEXT));
        why.put("spiT", "SPI(t) = ES / AT = " + p(es) + " / " + at + " = " + p(spiT));
        Optional<BigDecimal> tspi;
        String tspiFormula = "TSPI = (PD − ES) / (PD − AT) = (" + pd + " − " + p(es) + ") / ("
            + pd + " − " + at + ")";
        if (pd == at) {
            tspi = Optional.empty();
            why.put("tspi", tspiFormula + ": undefined, PD − AT is zero");
        } else {
            tspi = Optional.of(DecimalPolicy.normalised(planned.subtract(es).divide(BigDecimal.valueOf((long) pd - at), DecimalPolicy.MATH_CONTEXT)));
            why.put("tspi", tspiFormula + " = " + p(tspi.get()));
        }
        Optional<BigDecimal> ieacT;
        String ieacTFormula = "IEAC(t) = PD / SPI(t) = PD × AT / ES = " + pd + " × " + at + " / " + p(es);
        if (es.signum() == 0) {
            ieacT = Optional.empty();
            why.put("ieacT", ieacTFormula + ": undefined, SPI(t) is zero (ES is zero)");
        } else {
            ieacT = Optional.of(DecimalPolicy.normalised(planned.multiply(actual).divide(es, DecimalPolicy.MATH_CONTEXT)));
            why.put("ieacT", ieacTFormula + " = " + p(ieacT.get()));
        }
        BigDecimal pf = DecimalPolicy.normalised(performanceFactor);
        BigDecimal ieac = DecimalPolicy.normalised(actual.add(planned.subtract(es).divide(pf, DecimalPolicy.MATH_CONTEXT)));
        why.put("ieac", "IEAC = AT + (PD − ES) / PF = " + at + " + (" + pd + " − " + p(es) + ") / " + p(pf)
            + " = " + p(ieac));
        return ScheduleFigures.builder()
            .statusDate(series.statusDate())
            .actualTime(at)
            .plannedDuration(pd)
            .earnedSchedule(es)
            .svT(svT)
            .spiT(spiT)
            .tspi(tspi)
            .ieacT(ieacT)
            .performanceFactor(pf)
            .ieac(ieac)
            .putAllExplanations(why)
            .build();
    }

    /**
     * Computes the earned-schedule figures at every period from the first to the series' status date, in
     * order (PF = 1), e.g. for the trend of SPI(t) on a dashboard; the last element equals
     * {@link #at(EvmSeries)}.
     *
     * @param series the series; not null
     * @return one figures value per period up to the status date, not empty, not null
     */
    public static List<ScheduleFigures> trend(EvmSeries series) {
        Objects.requireNonNull(series, "series");
        List<ScheduleFigures> figures = new ArrayList<>();
        for (int t = 0; t < series.statusPeriod(); t++) {
            figures.add(at(series.withStatusDate(series.periodEnds().get(t))));
        }
        return List.copyOf(figures);
    }

    /** ES = C + I on the cumulative PV curve searched up to PD; PV_0 = 0. */
    static BigDecimal earnedSchedule(List<Money> pv, int pd, Money ev, Map<String, String> why) {
        BigDecimal earned = ev.amount();
        int c = 0;
        for (int t = 1; t <= pd; t++) {
            if (pv(pv, t).compareTo(earned) <= 0) {
                c = t;
            }
        }
        if (c == pd) {
            why.put("earnedSchedule", "C = PD = " + pd + " (EV = " + earned.toPlainString() + " ≥ PV_" + pd + " = "
                + pv(pv, pd).toPlainString() + "): ES = PD = " + pd);
            return BigDecimal.valueOf(pd);
        }
        BigDecimal low = pv(pv, c);
        BigDecimal high = pv(pv, c + 1);
        BigDecimal i = earned.subtract(low).divide(high.subtract(low), DecimalPolicy.MATH_CONTEXT);
        BigDecimal es = DecimalPolicy.normalised(BigDecimal.valueOf(c).add(i));
        why.put("earnedSchedule", "C = " + c + " (PV_" + c + " = " + low.toPlainString() + " ≤ EV = "
            + earned.toPlainString() + " < PV_" + (c + 1) + " = " + high.toPlainString() + "), I = (EV − PV_C) / "
            + "(PV_C+1 − PV_C) = (" + earned.toPlainString() + " − " + low.toPlainString() + ") / ("
            + high.toPlainString() + " − " + low.toPlainString() + ") = " + p(DecimalPolicy.normalised(i)) + ", ES = C + I = "
            + p(es));
        return es;
    }

    private static BigDecimal pv(List<Money> pv, int t) {
        return t == 0 ? BigDecimal.ZERO : pv.get(t - 1).amount();
    }


    private static String p(BigDecimal value) {
        return value.toPlainString();
    }
}
