package io.otp.kpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TypedId;
import io.otp.core.json.OtpJson;
import io.otp.kpi.testing.KpiGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** KPI definitions and project series are storable aggregates with typed ids. */
class KpiAggregatesTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static final ProjectId PROJECT = ProjectId.of("P-2026-001");

    @Test
    void definitionIsAnAggregateIdentifiedByItsKpiId() {
        for (KpiDefinition d : PublicIctKpis.all()) {
            Aggregate<KpiId> aggregate = d;
            assertThat(aggregate.id()).isInstanceOf(TypedId.class).isEqualTo(d.id());
            assertThat(aggregate.queryValues()).isEmpty();
        }
        assertThat(Aggregate.typeName(KpiDefinition.class)).isEqualTo("kpi-definition");
    }

    @Test
    void kpiIdKeepsItsStricterFormatAndItsJson() {
        assertThat(JSON.write(KpiId.of("milestones-on-time"))).isEqualTo("\"milestones-on-time\"");
        assertThat(JSON.read("\"spi\"", KpiId.class)).isEqualTo(KpiId.of("spi"));
        assertThat(KpiId.of("spi").value()).isEqualTo("spi");
        // Valid as a typed id, but not as a KPI id.
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> KpiId.of("SPI_2"));
        assertThat(e.violations().get(0).path()).isEqualTo("kpiId");
        assertThat(e.violations().get(0).ruleId()).isEqualTo("OTP-KPI-ID");
        // Typed ids of different classes with the same text are different.
        assertThat(KpiId.of("p1")).isNotEqualTo(KpiSeriesId.of("p1"));
        assertThat(KpiId.of("a").compareTo(KpiId.of("b"))).isNegative();
    }

    @Test
    void projectSeriesIsAnAggregateFoundByProjectKpiAndDate() {
        KpiId spi = KpiId.of("spi");
        KpiSeries series = KpiSeries.of(spi, KpiFrequency.MONTHLY, List.of(
            Measurement.of(spi, LocalDate.of(2026, 1, 31), new BigDecimal("0.97")),
            Measurement.of(spi, LocalDate.of(2026, 2, 28), new BigDecimal("0.91"))));
        ProjectKpiSeries s = ProjectKpiSeries.of(PROJECT, series);
        assertThat(s.id()).isEqualTo(KpiSeriesId.of("P-2026-001:spi"));
        assertThat(s.id()).isEqualTo(KpiSeriesId.of(PROJECT, spi));
        Map<String, String> expected = new TreeMap<>(Map.of(Aggregate.PROJECT, "P-2026-001",
            ProjectKpiSeries.KPI, "spi", Aggregate.DATE, "2026-02-28"));
        assertThat(s.queryValues()).isEqualTo(expected);
        assertThat(Aggregate.typeName(ProjectKpiSeries.class)).isEqualTo("project-kpi-series");
        ProjectKpiSeries empty = ProjectKpiSeries.of(PROJECT, KpiSeries.of(spi, KpiFrequency.MONTHLY, List.of()));
        assertThat(empty.queryValues()).doesNotContainKey(Aggregate.DATE);
        ProjectKpiSeries longer = s.withMeasurement(Measurement.of(spi, LocalDate.of(2026, 3, 31), new BigDecimal("0.9")));
        assertThat(longer.id()).isEqualTo(s.id());
        assertThat(longer.series().measurements()).hasSize(3);
        assertThat(longer.queryValues()).containsEntry(Aggregate.DATE, "2026-03-31");
        assertThat(s.series().measurements()).hasSize(2);
    }

    @Test
    void projectSeriesRejectsAMeasurementOfAnotherKpi() {
        ProjectKpiSeries s = ProjectKpiSeries.of(PROJECT, KpiSeries.of(KpiId.of("spi"), KpiFrequency.MONTHLY, List.of()));
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> s.withMeasurement(Measurement.of(KpiId.of("cpi"), LocalDate.of(2026, 1, 31), BigDecimal.ONE)));
        assertThat(e.violations().get(0).path()).isEqualTo("measurements[0].kpi");
    }

    @Test
    void projectSeriesRoundTripsThroughJson() {
        qt().forAll(KpiGenerators.cases()).checkAssert(c -> {
            ProjectKpiSeries s = ProjectKpiSeries.of(PROJECT, c.series());
            String text = JSON.write(s);
            assertThat(JSON.read(text, ProjectKpiSeries.class)).isEqualTo(s);
            assertThat(JSON.write(JSON.read(text, ProjectKpiSeries.class))).isEqualTo(text);
            assertThat(JSON.read(JSON.write(s.id()), KpiSeriesId.class)).isEqualTo(s.id());
        });
    }
}
