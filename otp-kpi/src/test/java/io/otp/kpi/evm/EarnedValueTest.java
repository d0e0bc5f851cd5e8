package io.otp.kpi.evm;

import static io.otp.kpi.testing.EvmGenerators.monthEnds;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of the earned-value figures, calculated by hand (PMI Practice Standard for EVM). */
class EarnedValueTest {

    private static Money eur(String amount) {
        return Money.euros(amount);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /**
     * A 5-month plan of 100,000.00 spread evenly (PV 20,000.00 a month), status at the end of month 3:
     * PV = 60,000.00, EV = 50,000.00, AC = 55,000.00.
     */
    private static EvmSeries behindAndOver() {
        return EvmSeries.builder()
            .addAllPeriodEnds(monthEnds(5))
            .addAllPv(List.of(eur("20000"), eur("40000"), eur("60000"), eur("80000"), eur("100000")))
            .addAllEv(List.of(eur("15000"), eur("35000"), eur("50000")))
            .addAllAc(List.of(eur("18000"), eur("37000"), eur("55000")))
            .bac(eur("100000"))
            .statusDate(monthEnds(5).get(2))
            .build();
    }

    @Test
    void variancesAndIndicesOfAProjectBehindScheduleAndOverCost() {
        EvmFigures f = EarnedValue.at(behindAndOver());

        // SV = 50,000 − 60,000 = −10,000; CV = 50,000 − 55,000 = −5,000
        assertThat(f.sv()).isEqualTo(eur("-10000"));
        assertThat(f.cv()).isEqualTo(eur("-5000"));
        // SV % = 100 × −10,000 / 60,000 = −16.666…; CV % = 100 × −5,000 / 50,000 = −10
        assertThat(f.svPercent()).contains(dec("-16.66666666666667"));
        assertThat(f.cvPercent()).contains(dec("-10"));
        // SPI = 50,000 / 60,000 = 0.8333…; CPI = 50,000 / 55,000 = 0.90909…
        assertThat(f.spi()).contains(dec("0.8333333333333333"));
        assertThat(f.cpi()).contains(dec("0.9090909090909091"));
        // TCPI(BAC) = (100,000 − 50,000) / (100,000 − 55,000) = 50,000 / 45,000 = 1.111…
        assertThat(f.tcpiToBac()).contains(dec("1.111111111111111"));
        // % schedule 60, % complete 50, % spent 55
        assertThat(f.percentScheduled()).isEqualTo(dec("60"));
        assertThat(f.percentComplete()).isEqualTo(dec("50"));
        assertThat(f.percentSpent()).isEqualTo(dec("55"));
        assertThat(f.statusPeriod()).isEqualTo(3);
        assertThat(f.statusDate()).isEqualTo(monthEnds(5).get(2));
    }

    @Test
    void estimatesAtCompletionByEveryMethod() {
        EvmFigures f = EarnedValue.at(behindAndOver(), eur("48000"));

        // Budgeted rate: ETC = 100,000 − 50,000 = 50,000; EAC = 55,000 + 50,000 = 105,000; VAC = −5,000;
        // TCPI = 50,000 / 50,000 = 1
        Estimate rate = f.estimate(EacMethod.BUDGETED_RATE).orElseThrow();
        assertThat(rate.etc()).isEqualTo(eur("50000"));
        assertThat(rate.eac()).isEqualTo(eur("105000"));
        assertThat(rate.vac()).isEqualTo(eur("-5000"));
        assertThat(rate.tcpi()).contains(dec("1"));
        // CPI: ETC = 50,000 × 55,000 / 50,000 = 55,000; EAC = 110,000 (= BAC / CPI); VAC = −10,000; TCPI = CPI
        Estimate cpi = f.estimate(EacMethod.CPI).orElseThrow();
        assertThat(cpi.etc()).isEqualTo(eur("55000"));
        assertThat(cpi.eac()).isEqualTo(eur("110000"));
        assertThat(cpi.vac()).isEqualTo(eur("-10000"));
        assertThat(cpi.tcpi()).isEqualTo(f.cpi());
        // CPI × SPI = 0.90909… × 0.8333… = 0.757575…: ETC = 50,000 / 0.757575… = 66,000; EAC = 121,000;
        // VAC = −21,000; TCPI = 50,000 / 66,000 = 0.757575…
        Estimate composite = f.estimate(EacMethod.CPI_SPI).orElseThrow();
        assertThat(composite.etc()).isEqualTo(eur("66000"));
        assertThat(composite.eac()).isEqualTo(eur("121000"));
        assertThat(composite.vac()).isEqualTo(eur("-21000"));
        assertThat(composite.tcpi()).contains(dec("0.7575757575757576"));
        // Bottom-up: ETC 48,000; EAC = 103,000; VAC = −3,000; TCPI = 50,000 / 48,000 = 1.041666…
        Estimate bottomUp = f.estimate(EacMethod.BOTTOM_UP).orElseThrow();
        assertThat(bottomUp.eac()).isEqualTo(eur("103000"));
        assertThat(bottomUp.vac()).isEqualTo(eur("-3000"));
        assertThat(bottomUp.tcpi()).contains(dec("1.041666666666667"));
    }

    @Test
    void withoutABottomUpEstimateThereIsNoBottomUpEac() {
        assertThat(EarnedValue.at(behindAndOver()).estimates().keySet())
            .containsExactly(EacMethod.BUDGETED_RATE, EacMethod.CPI, EacMethod.CPI_SPI);
    }

    @Test
    void moneyIsRoundedHalfUpToTheCentOnce() {
        // BAC 1,000.00, EV 300.00, AC 350.00: ETC by CPI = 700 × 350 / 300 = 816.666… → 816.67;
        // EAC = 350.00 + 816.67 = 1,166.67; VAC = −166.67; composite with PV 400.00:
        // ETC = 700 × 350 × 400 / (300 × 300) = 1,088.888… → 1,088.89
        EvmSeries s = EvmSeries.builder()
            .addAllPeriodEnds(monthEnds(2))
            .addAllPv(List.of(eur("400"), eur("1000")))
            .addEv(eur("300")).addAc(eur("350"))
            .bac(eur("1000")).statusDate(monthEnds(2).get(0))
            .build();
        EvmFigures f = EarnedValue.at(s);
        Estimate cpi = f.estimate(EacMethod.CPI).orElseThrow();
        assertThat(cpi.etc()).isEqualTo(eur("816.67"));
        assertThat(cpi.eac()).isEqualTo(eur("1166.67"));
        assertThat(cpi.vac()).isEqualTo(eur("-166.67"));
        assertThat(f.estimate(EacMethod.CPI_SPI).orElseThrow().etc()).isEqualTo(eur("1088.89"));
        assertThat(cpi.explanations().get("etc")).isEqualTo(
            "ETC = (BAC − EV) / CPI = (BAC − EV) × AC / EV = (1000.00 − 300.00) × 350.00 / 300.00"
                + " = 816.6666666666667, rounded half up to the cent: 816.67");
    }

    @Test
    void explainsEachFigureWithItsNumbers() {
        EvmFigures f = EarnedValue.at(behindAndOver());

        assertThat(f.explanations().get("cpi")).isEqualTo("CPI = EV / AC = 50000.00 / 55000.00 = 0.9090909090909091");
        assertThat(f.explanations().get("sv")).isEqualTo("SV = EV − PV = 50000.00 − 60000.00 = -10000.00");
        assertThat(f.explanations().get("tcpiToBac"))
            .isEqualTo("TCPI(BAC) = (BAC − EV) / (BAC − AC) = (100000.00 − 50000.00) / (100000.00 − 55000.00)"
                + " = 1.111111111111111");
        assertThat(f.explanations()).containsKeys("sv", "cv", "svPercent", "cvPercent", "spi", "cpi", "tcpiToBac",
            "percentScheduled", "percentComplete", "percentSpent");
        assertThat(f.estimate(EacMethod.CPI).orElseThrow().explanations())
            .containsOnlyKeys("etc", "eac", "vac", "tcpi");
        assertThat(f.estimate(EacMethod.CPI).orElseThrow().explanations().get("eac"))
            .isEqualTo("EAC = AC + ETC = 55000.00 + 55000.00 = 110000.00");
    }

    @Test
    void undefinedRatiosAreAbsentAndExplained() {
        // A plan with nothing planned in month 1 and nothing earned or spent: PV = EV = AC = 0.
        EvmSeries s = EvmSeries.builder()
            .addAllPeriodEnds(monthEnds(3))
            .addAllPv(List.of(eur("0"), eur("500"), eur("1000")))
            .addEv(eur("0")).addAc(eur("0"))
            .bac(eur("1000")).statusDate(monthEnds(3).get(0))
            .build();
        EvmFigures f = EarnedValue.at(s);

        assertThat(f.spi()).isEmpty();
        assertThat(f.cpi()).isEmpty();
        assertThat(f.svPercent()).isEmpty();
        assertThat(f.cvPercent()).isEmpty();
        // TCPI(BAC) = (1,000 − 0) / (1,000 − 0) = 1
        assertThat(f.tcpiToBac()).contains(dec("1"));
        assertThat(f.percentComplete()).isEqualTo(dec("0"));
        assertThat(f.estimates().keySet()).containsExactly(EacMethod.BUDGETED_RATE);
        assertThat(f.explanations().get("spi")).isEqualTo("SPI = EV / PV = 0.00 / 0.00: undefined, PV is zero");
        assertThat(f.explanations().get("estimates.CPI")).contains("undefined");
        // A bottom-up ETC of zero with work remaining: TCPI(EAC) = 1,000 / 0 is undefined.
        Estimate bottomUp = EarnedValue.at(s, eur("0")).estimate(EacMethod.BOTTOM_UP).orElseThrow();
        assertThat(bottomUp.tcpi()).isEmpty();
        assertThat(bottomUp.explanations().get("tcpi")).endsWith("undefined, EAC − AC is zero");
    }

    @Test
    void completedWorkHasNoTcpiToEac() {
        // EV = BAC = 1,000, AC = 1,200: nothing remains, ETC = 0 by every method, TCPI(EAC) = 0 / 0 is undefined;
        // TCPI(BAC) = 0 / (1,000 − 1,200) = 0 (negative denominator: over budget already).
        EvmSeries s = EvmSeries.builder()
            .addAllPeriodEnds(monthEnds(2))
            .addAllPv(List.of(eur("500"), eur("1000")))
            .addAllEv(List.of(eur("600"), eur("1000"))).addAllAc(List.of(eur("700"), eur("1200")))
            .bac(eur("1000")).statusDate(monthEnds(2).get(1))
            .build();
        EvmFigures f = EarnedValue.at(s);

        assertThat(f.estimate(EacMethod.CPI).orElseThrow().eac()).isEqualTo(eur("1200"));
        assertThat(f.estimate(EacMethod.CPI).orElseThrow().tcpi()).isEqualTo(Optional.empty());
        assertThat(f.tcpiToBac()).contains(dec("0"));
        assertThat(f.percentSpent()).isEqualTo(dec("120"));
    }

    @Test
    void figuresOfAnEarlierPeriodComeFromACopyWithAnEarlierStatusDate() {
        // Month 1: PV 20,000, EV 15,000, AC 18,000 → SPI = 0.75, CPI = 0.8333…
        EvmFigures f = EarnedValue.at(behindAndOver().withStatusDate(monthEnds(5).get(0)));

        assertThat(f.spi()).contains(dec("0.75"));
        assertThat(f.cpi()).contains(dec("0.8333333333333333"));
        assertThat(f.statusPeriod()).isEqualTo(1);
    }

    @Test
    void trendGivesTheFiguresOfEveryPeriodUpToTheStatusDate() {
        // SPI per month: 15,000 / 20,000 = 0.75; 35,000 / 40,000 = 0.875; 50,000 / 60,000 = 0.8333…
        List<EvmFigures> trend = EarnedValue.trend(behindAndOver());

        assertThat(trend).extracting(f -> f.spi().orElseThrow())
            .containsExactly(dec("0.75"), dec("0.875"), dec("0.8333333333333333"));
        assertThat(trend.get(2)).isEqualTo(EarnedValue.at(behindAndOver()));
    }

    @Test
    void roundedHelperRoundsHalfUpForDisplayOnly() {
        assertThat(EarnedValue.rounded(dec("0.8333333333333333"), 2)).isEqualTo(dec("0.83"));
        assertThat(EarnedValue.rounded(dec("0.125"), 2)).isEqualTo(dec("0.13"));
    }
}
