package io.otp.kpi.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statuses per dimension from KPI assessments of the built-in catalogue. */
class DimensionStatusTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);

    private static KpiAssessment assess(KpiDefinition kpi, String value) {
        KpiSeries series = KpiSeries.of(kpi.id(), kpi.frequency(), List.of(Measurement.of(kpi.id(), MARCH, new BigDecimal(value))));
        return kpi.assess(series, MARCH, 2).orElseThrow();
    }

    @Test
    void everyCatalogueKpiHasADimension() {
        for (KpiDefinition k : PublicIctKpis.all()) {
            assertThat(Dimension.forKpi(k.id())).as(k.id().value()).isPresent();
        }
        assertThat(Dimension.forKpi(PublicIctKpis.SPI_T)).contains(Dimension.SCHEDULE);
        assertThat(Dimension.forKpi(PublicIctKpis.BUDGET_EXECUTED)).contains(Dimension.COST);
        assertThat(Dimension.forKpi(PublicIctKpis.DELIVERABLES_ACCEPTED_FIRST_TIME)).contains(Dimension.QUALITY);
        assertThat(Dimension.forKpi(KpiId.of("customer-satisfaction"))).isEmpty();
    }

    @Test
    void dimensionMeasuredByTwoKpisTakesTheWorst() {
        // SPI 0.97 is green (>= 0.95); SPI(t) 0.85 is red (< 0.90) on the catalogue's RAG bands.
        KpiAssessment spi = assess(PublicIctKpis.spi(), "0.97");
        KpiAssessment spiT = assess(PublicIctKpis.spiT(), "0.85");
        assertThat(spi.status()).isEqualTo(StatusLevel.GREEN);
        assertThat(spiT.status()).isEqualTo(StatusLevel.RED);
        DimensionStatus s = DimensionStatus.worstOf(Dimension.SCHEDULE, StatusScale.rag(), List.of(spi, spiT));
        assertThat(s.status()).isEqualTo(StatusLevel.RED);
        assertThat(s.kpi()).contains(PublicIctKpis.SPI_T);
        assertThat(s.explanation()).contains(spiT.explanation());
        // Equally bad: the smaller KPI id wins, whatever the order.
        KpiAssessment spiRed = assess(PublicIctKpis.spi(), "0.80");
        assertThat(DimensionStatus.worstOf(Dimension.SCHEDULE, StatusScale.rag(), List.of(spiT, spiRed)).kpi())
            .contains(PublicIctKpis.SPI);
        assertThat(DimensionStatus.worstOf(Dimension.SCHEDULE, StatusScale.rag(), List.of(spiRed, spiT)).kpi())
            .contains(PublicIctKpis.SPI);
    }
}
