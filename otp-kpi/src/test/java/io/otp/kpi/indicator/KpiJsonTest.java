package io.otp.kpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import io.otp.kpi.testing.KpiGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every JSON type of the package goes through the SDK's JSON unchanged, always with the same bytes. */
class KpiJsonTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static <T> void roundTrips(T value, Class<T> type) {
        String text = JSON.write(value);
        T back = JSON.read(text, type);
        assertThat(back).as(text).isEqualTo(value);
        assertThat(JSON.write(back)).isEqualTo(text);
    }

    @Test
    void definitionsRoundTrip() {
        qt().forAll(KpiGenerators.anyDefinitions()).checkAssert(d -> {
            roundTrips(d, KpiDefinition.class);
            roundTrips(d.id(), KpiId.class);
            roundTrips(d.thresholds(), Thresholds.class);
            roundTrips(d.thresholds().scale(), StatusScale.class);
            d.thresholds().bands().forEach(b -> roundTrips(b, StatusBand.class));
            d.thresholds().scale().levels().forEach(l -> roundTrips(l, StatusLevel.class));
            d.targets().forEach(t -> roundTrips(t, TargetEntry.class));
        });
    }

    @Test
    void seriesAndAssessmentsRoundTrip() {
        qt().forAll(KpiGenerators.cases()).checkAssert(c -> {
            roundTrips(c.series(), KpiSeries.class);
            c.series().measurements().forEach(m -> roundTrips(m, Measurement.class));
            c.definition().assess(c.series(), LocalDate.of(2026, 12, 31), 6).ifPresent(a -> {
                roundTrips(a, KpiAssessment.class);
                a.trend().ifPresent(t -> roundTrips(t, TrendAnalysis.class));
            });
        });
    }

    @Test
    void catalogueRoundTripsAndKeepsItsText() {
        for (KpiDefinition k : PublicIctKpis.all()) {
            roundTrips(k, KpiDefinition.class);
        }
        String json = JSON.write(PublicIctKpis.spi());
        assertThat(json).contains("\"id\":\"spi\"").contains("\"lower\":0.95").contains("\"direction\":\"HIGHER_IS_BETTER\"")
            .contains("\"code\":\"AMBER\"");
    }

    @Test
    void invalidThresholdsInJsonAreReportedAtTheirPath() {
        String json = JSON.write(PublicIctKpis.spi()).replace("\"lower\":0.90", "\"lower\":0.99");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> JSON.read(json, KpiDefinition.class));
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::path).containsExactly("thresholds.bands[1]");
        assertThat(e.violations().get(0).ruleId()).isEqualTo("OTP-KPI-THRESHOLDS-ORDER");
    }

    @Test
    void invalidKpiIdInJsonIsReported() {
        String json = JSON.write(Measurement.of(KpiId.of("spi"), LocalDate.of(2026, 1, 31), BigDecimal.ONE))
            .replace("\"spi\"", "\"SPI\"");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> JSON.read(json, Measurement.class));
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("OTP-KPI-ID");
        assertThat(e.violations().get(0).path()).startsWith("kpi");
    }
}
