package io.otp.kpi.schedule;

import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static io.otp.kpi.testing.EvmGenerators.monthEnds;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.money.Money;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.EvmSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of earned schedule (Lipke, "Schedule is different", 2003; DOMAIN.md section 6). */
class EarnedScheduleTest {

    private static Money eur(String amount) {
        return Money.euros(amount);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A linear plan of 100,000.00 over PD = 5 months, extended flat to {@code periods} months. */
    private static EvmSeries linear(int periods, int status, String ev) {
        List<Money> pv = new ArrayList<>();
        for (int t = 1; t <= periods; t++) {
            pv.add(Money.euros(20_000L * Math.min(t, 5)));
        }
        List<Money> evs = new ArrayList<>();
        List<Money> acs = new ArrayList<>();
        for (int t = 1; t <= status; t++) {
            evs.add(t == status ? eur(ev) : eur("0"));
            acs.add(eur("0"));
        }
        return EvmSeries.builder()
            .addAllPeriodEnds(monthEnds(periods)).addAllPv(pv).addAllEv(evs).addAllAc(acs)
            .bac(eur("100000")).statusDate(monthEnds(periods).get(status - 1))
            .build();
    }

    @Test
    void domainExampleLinearPlanHalfDoneAfterThreeOfFiveMonths() {
        // DOMAIN.md §6: linear plan, PD = 5, AT = 3, 50 % complete → ES = 2.5, SV(t) = −0.5, SPI(t) = 0.833.
        // C = 2 (PV_2 = 40,000 ≤ 50,000 < PV_3 = 60,000), I = 10,000 / 20,000 = 0.5.
        // TSPI = (5 − 2.5) / (5 − 3) = 1.25; IEAC(t) = 5 × 3 / 2.5 = 6; IEAC at PF = 1 = 3 + 2.5 = 5.5.
        ScheduleFigures f = EarnedSchedule.at(linear(5, 3, "50000"));

        assertThat(f.plannedDuration()).isEqualTo(5);
        assertThat(f.actualTime()).isEqualTo(3);
        assertThat(f.earnedSchedule()).isEqualTo(dec("2.5"));
        assertThat(f.svT()).isEqualTo(dec("-0.5"));
        assertThat(f.spiT()).isEqualTo(dec("0.8333333333333333"));
        assertThat(EarnedValue.rounded(f.spiT(), 3)).isEqualTo(dec("0.833"));
        assertThat(f.tspi()).contains(dec("1.25"));
        assertThat(f.ieacT()).contains(dec("6"));
        assertThat(f.performanceFactor()).isEqualTo(dec("1"));
        assertThat(f.ieac()).isEqualTo(dec("5.5"));
        assertThat(f.explanations().get("earnedSchedule")).isEqualTo("C = 2 (PV_2 = 40000.00 ≤ EV = 50000.00 < PV_3 ="
            + " 60000.00), I = (EV − PV_C) / (PV_C+1 − PV_C) = (50000.00 − 40000.00) / (60000.00 − 40000.00)"
            + " = 0.5,"
            + " ES = C + I = 2.5");
        assertThat(f.explanations().get("spiT")).isEqualTo("SPI(t) = ES / AT = 2.5 / 3 = 0.8333333333333333");
    }

    @Test
    void generalIeacWithTheScheduleEfficiencySoFarEqualsIeacT() {
        // PF = SPI(t) = 0.8: AT + (PD − ES) / PF with ES = 4, AT = 5 → 5 + 1 / 0.8 = 6.25 = PD / SPI(t) = 5 / 0.8.
        ScheduleFigures f = EarnedSchedule.at(linear(6, 5, "80000"), dec("0.8"));

        assertThat(f.earnedSchedule()).isEqualTo(dec("4"));
        assertThat(f.spiT()).isEqualTo(dec("0.8"));
        assertThat(f.ieac()).isEqualTo(dec("6.25"));
        assertThat(f.ieacT()).contains(dec("6.25"));
        assertThat(f.tspi()).isEmpty();
    }

    @Test
    void keepsMeasuringDelayAfterThePlannedFinish() {
        // PD = 5, AT = 7, EV = 90,000: C = 4, I = (90,000 − 80,000) / 20,000 = 0.5, ES = 4.5; SV(t) = −2.5;
        // SPI(t) = 4.5 / 7 = 0.642857…, while SPI = 90,000 / 100,000 = 0.9 drifts towards 1.
        // TSPI = (5 − 4.5) / (5 − 7) = −0.25 (PD cannot be met); IEAC(t) = 5 × 7 / 4.5 = 7.777…
        EvmSeries s = linear(8, 7, "90000");
        ScheduleFigures f = EarnedSchedule.at(s);

        assertThat(f.earnedSchedule()).isEqualTo(dec("4.5"));
        assertThat(f.svT()).isEqualTo(dec("-2.5"));
        assertThat(f.spiT()).isEqualTo(dec("0.6428571428571429"));
        assertThat(EarnedValue.at(s).spi()).contains(dec("0.9"));
        assertThat(f.tspi()).contains(dec("-0.25"));
        assertThat(f.ieacT()).contains(dec("7.777777777777778"));
    }

    @Test
    void everythingEarnedGivesThePlannedDuration() {
        // EV = BAC: C = PD = 5, ES = 5; finished at AT = 6 → SV(t) = −1, SPI(t) = 5 / 6.
        ScheduleFigures f = EarnedSchedule.at(linear(6, 6, "100000"));

        assertThat(f.earnedSchedule()).isEqualTo(dec("5"));
        assertThat(f.svT()).isEqualTo(dec("-1"));
        assertThat(f.spiT()).isEqualTo(dec("0.8333333333333333"));
        assertThat(f.explanations().get("earnedSchedule")).startsWith("C = PD = 5");
    }

    @Test
    void flatStretchesOfThePlanDoNotDivideByZero() {
        // PV = 10, 10, 30 (nothing planned in month 2), PD = 3.
        // EV = 10: C = 2 (the latest period with PV ≤ EV), I = 0 → ES = 2.
        // EV = 20: C = 2, I = (20 − 10) / (30 − 10) = 0.5 → ES = 2.5.
        // EV = 5:  C = 0, I = (5 − 0) / (10 − 0) = 0.5 → ES = 0.5.
        assertThat(esOfFlatPlan("10")).isEqualTo(dec("2"));
        assertThat(esOfFlatPlan("20")).isEqualTo(dec("2.5"));
        assertThat(esOfFlatPlan("5")).isEqualTo(dec("0.5"));
    }

    private static BigDecimal esOfFlatPlan(String ev) {
        return EarnedSchedule.at(EvmSeries.builder()
            .addAllPeriodEnds(monthEnds(3)).addAllPv(List.of(eur("10"), eur("10"), eur("30")))
            .addEv(eur(ev)).addAc(eur("1")).bac(eur("30")).statusDate(monthEnds(3).get(0))
            .build()).earnedSchedule();
    }

    @Test
    void nothingEarnedHasNoIeacT() {
        // EV = 0 with PV_1 = 20,000 > 0: C = 0, I = 0, ES = 0, SPI(t) = 0 → IEAC(t) = PD / 0 is undefined.
        ScheduleFigures f = EarnedSchedule.at(linear(5, 2, "0"));

        assertThat(f.earnedSchedule()).isEqualTo(dec("0"));
        assertThat(f.spiT()).isEqualTo(dec("0"));
        assertThat(f.ieacT()).isEmpty();
        assertThat(f.explanations().get("ieacT")).contains("undefined");
        // IEAC at PF = 1: 2 + (5 − 0) / 1 = 7
        assertThat(f.ieac()).isEqualTo(dec("7"));
    }

    @Test
    void trendGivesSpiTOfEveryPeriodUpToTheStatusDate() {
        // EV 0, 0, 50,000 on the linear plan: ES = 0, 0, 2.5 → SPI(t) = 0/1, 0/2, 2.5/3
        List<ScheduleFigures> trend = EarnedSchedule.trend(linear(5, 3, "50000"));

        assertThat(trend).extracting(ScheduleFigures::spiT)
            .containsExactly(dec("0"), dec("0"), dec("0.8333333333333333"));
        assertThat(trend.get(2)).isEqualTo(EarnedSchedule.at(linear(5, 3, "50000")));
    }

    @Test
    void rejectsAPerformanceFactorThatIsNotPositive() {
        EvmSeries s = linear(5, 3, "50000");

        assertOnlyViolation(() -> EarnedSchedule.at(s, BigDecimal.ZERO), "performanceFactor", "OTP-ES-PF",
            "performance factor 0 must be positive");
        assertOnlyViolation(() -> EarnedSchedule.at(s, dec("-0.5")), "performanceFactor", "OTP-ES-PF",
            "performance factor -0.5 must be positive");
    }
}
