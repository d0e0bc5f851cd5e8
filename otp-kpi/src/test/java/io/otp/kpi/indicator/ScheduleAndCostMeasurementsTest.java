package io.otp.kpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.money.Money;
import io.otp.kpi.evm.EvmSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SPI, CPI and SPI(t) measurements of an earned-value series, worked by hand: PV 20,000 / 40,000 / 60,000
 * (of 100,000 over five months), EV 15,000 / 35,000 / 50,000 and AC 18,000 / 37,000 / 55,000 reported for three.
 */
class ScheduleAndCostMeasurementsTest {

    private static final List<LocalDate> ENDS = List.of(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-28"),
        LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-31"));

    @Test
    void oneMeasurementOfEachIndexPerReportedPeriod() {
        EvmSeries series = EvmSeries.builder().addAllPeriodEnds(ENDS)
            .addAllPv(List.of(Money.euros("20000"), Money.euros("40000"), Money.euros("60000"), Money.euros("80000"),
                Money.euros("100000")))
            .addAllEv(List.of(Money.euros("15000"), Money.euros("35000"), Money.euros("50000")))
            .addAllAc(List.of(Money.euros("18000"), Money.euros("37000"), Money.euros("55000")))
            .bac(Money.euros("100000")).statusDate(ENDS.get(2)).build();

        Map<KpiId, List<Measurement>> m = PublicIctKpis.scheduleAndCost(series);

        assertThat(m.keySet()).containsExactly(PublicIctKpis.SPI, PublicIctKpis.CPI, PublicIctKpis.SPI_T);
        // SPI = EV / PV: 15/20 = 0.75, 35/40 = 0.875, 50/60 = 0.8333333333333333 (16 digits)
        assertThat(values(m.get(PublicIctKpis.SPI))).containsExactly(dec("0.75"), dec("0.875"), dec("0.8333333333333333"));
        // CPI = EV / AC: 15/18 = 0.8333333333333333, 35/37 = 0.9459459459459459, 50/55 = 0.9090909090909091
        assertThat(values(m.get(PublicIctKpis.CPI)))
            .containsExactly(dec("0.8333333333333333"), dec("0.9459459459459459"), dec("0.9090909090909091"));
        // ES: 15,000 of PV_1 20,000 = 0.75; 1 + 15,000 / 20,000 = 1.75; 2 + 10,000 / 20,000 = 2.5; SPI(t) = ES / AT
        assertThat(values(m.get(PublicIctKpis.SPI_T))).containsExactly(dec("0.75"), dec("0.875"), dec("0.8333333333333333"));
        assertThat(m.get(PublicIctKpis.SPI_T)).extracting(Measurement::date).containsExactly(ENDS.get(0), ENDS.get(1),
            ENDS.get(2));
    }

    private static List<BigDecimal> values(List<Measurement> measurements) {
        return measurements.stream().map(x -> x.value().stripTrailingZeros()).toList();
    }

    private static BigDecimal dec(String text) {
        return new BigDecimal(text).stripTrailingZeros();
    }
}
