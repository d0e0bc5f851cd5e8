package io.otp.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.money.Money;
import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiFrequency;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.schedule.EarnedSchedule;
import io.otp.kpi.schedule.ScheduleFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The KPI example of the README, kept compiling and true.
 *
 * <p>DOMAIN.md section 6: a linear plan of 5 months (PV 20,000 a month, BAC 100,000), at month 3 the
 * work is 50 % complete (EV 50,000) and has cost 55,000. SPI = 50,000 / 60,000 = 0.8333…, CPI = 50,000 /
 * 55,000 = 0.9090…, EAC by CPI = 55,000 + 50,000 × 55,000 / 50,000 = 110,000.00; ES = 2 + (50,000 −
 * 40,000) / (60,000 − 40,000) = 2.5 months, SV(t) = 2.5 − 3 = −0.5, SPI(t) = 2.5 / 3 = 0.8333…; with the
 * one-sided bands of the public ICT catalogue (≥ 0.95 green, ≥ 0.90 amber), SPI 0.83 is red.
 */
class ReadmeKpiExampleTest {

    @Test
    void theReadmeKpiExampleComputesEarnedValueScheduleAndStatus() {
        // README code from here
        EvmSeries series = EvmSeries.builder()
            .addPeriodEnds(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31))
            .addPv(Money.euros(20_000), Money.euros(40_000), Money.euros(60_000), Money.euros(80_000),
                Money.euros(100_000))                                          // cumulative, the whole plan
            .addEv(Money.euros(10_000), Money.euros(30_000), Money.euros(50_000))   // up to the status date
            .addAc(Money.euros(12_000), Money.euros(33_000), Money.euros(55_000))
            .bac(Money.euros(100_000)).statusDate(LocalDate.of(2026, 3, 31))
            .build();

        EvmFigures evm = EarnedValue.at(series);          // SPI 0.8333…, CPI 0.9090…, undefined ratios empty
        Money eacByCpi = evm.estimate(EacMethod.CPI).orElseThrow().eac();   // 110,000.00
        String how = evm.explanations().get("cpi");     // CPI = EV / AC = 50000.00 / 55000.00 = 0.9090…
        ScheduleFigures es = EarnedSchedule.at(series);   // ES 2.5 months, SV(t) −0.5, SPI(t) 0.8333…

        KpiSeries spi = KpiSeries.of(PublicIctKpis.SPI, KpiFrequency.MONTHLY, List.of(
            Measurement.of(PublicIctKpis.SPI, LocalDate.of(2026, 1, 31), new BigDecimal("0.50")),
            Measurement.of(PublicIctKpis.SPI, LocalDate.of(2026, 2, 28), new BigDecimal("0.75")),
            Measurement.of(PublicIctKpis.SPI, LocalDate.of(2026, 3, 31), EarnedValue.rounded(evm.spi().orElseThrow(), 2))));
        KpiAssessment status = PublicIctKpis.spi().assess(spi, LocalDate.of(2026, 3, 31), 3).orElseThrow();
        // status.explanation(): "spi = 0.83 in 2026-03: Red, ..." with its trend over 3 months
        // README code to here

        assertThat(evm.spi().orElseThrow()).isEqualByComparingTo(new BigDecimal("0.8333333333333333"));
        assertThat(evm.cpi().orElseThrow()).isEqualByComparingTo(new BigDecimal("0.9090909090909091"));
        assertThat(eacByCpi).isEqualTo(Money.euros("110000.00"));
        assertThat(how).contains("50000.00 / 55000.00");
        assertThat(es.earnedSchedule()).isEqualByComparingTo("2.5");
        assertThat(es.svT()).isEqualByComparingTo("-0.5");
        assertThat(EarnedValue.rounded(es.spiT(), 3)).isEqualByComparingTo("0.833");
        assertThat(status.status()).isEqualTo(StatusLevel.RED);
        assertThat(status.explanation()).startsWith("spi = 0.83 in 2026-03: Red");
    }
}
