package io.otp.kpi.indicator;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.kpi.testing.KpiGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A series holds one KPI's measurements in date order, one per period. */
class KpiSeriesTest {

    private static final KpiId SPI = KpiId.of("spi");

    private static Measurement m(KpiId kpi, String date, String value) {
        return Measurement.of(kpi, LocalDate.parse(date), new BigDecimal(value));
    }

    @Test
    void rejectsTwoMeasurementsInOnePeriod() {
        assertOnlyViolation(() -> KpiSeries.of(SPI, KpiFrequency.MONTHLY,
                List.of(m(SPI, "2026-02-28", "0.9"), m(SPI, "2026-03-15", "0.91"), m(SPI, "2026-03-31", "0.92"))),
            "measurements[2].date", "OTP-KPI-SERIES-PERIOD",
            "measurement dated 2026-03-31 falls in period 2026-03, which already has measurements[1] dated 2026-03-15: "
                + "at most one measurement per period");
    }

    @Test
    void aQuarterlySeriesAllowsOneMeasurementPerQuarter() {
        assertOnlyViolation(() -> KpiSeries.of(SPI, KpiFrequency.QUARTERLY,
                List.of(m(SPI, "2026-01-31", "0.9"), m(SPI, "2026-03-31", "0.92"))),
            "measurements[1].date", "OTP-KPI-SERIES-PERIOD",
            "measurement dated 2026-03-31 falls in period 2026-Q1, which already has measurements[0] dated 2026-01-31: "
                + "at most one measurement per period");
    }

    @Test
    void reportsEveryProblemOfASeries() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> KpiSeries.of(SPI,
            KpiFrequency.MONTHLY, List.of(m(SPI, "2026-03-31", "0.9"), m(KpiId.of("cpi"), "2026-01-31", "1"),
                m(SPI, "2026-03-01", "0.95"))));
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("measurements[1].kpi", "measurements[1].date", "measurements[2].date");
        assertThat(e.violations()).extracting(Violation::ruleId)
            .containsExactly("OTP-KPI-SERIES", "OTP-KPI-SERIES-ORDER", "OTP-KPI-SERIES-PERIOD");
        assertThat(e.violations().get(0).message()).isEqualTo("measurement of KPI cpi in the series of KPI spi");
        assertThat(e.violations().get(1).message()).isEqualTo(
            "measurement dated 2026-01-31 comes after one dated 2026-03-31: measurements must be in increasing date order");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void findsTheLatestMeasurementAndTheWindow() {
        KpiSeries s = KpiSeries.of(SPI, KpiFrequency.MONTHLY, List.of(m(SPI, "2026-01-31", "0.90"),
            m(SPI, "2026-02-28", "0.91"), m(SPI, "2026-04-30", "0.93"), m(SPI, "2026-05-31", "0.94")));
        assertThat(s.latestOnOrBefore(LocalDate.of(2026, 3, 31))).map(Measurement::value).contains(new BigDecimal("0.91"));
        assertThat(s.latestOnOrBefore(LocalDate.of(2025, 12, 31))).isEmpty();
        // window of 3 periods up to 2026-04-30: March (no measurement), February, April -> 2 measurements
        assertThat(s.window(LocalDate.of(2026, 4, 30), 3)).extracting(Measurement::value)
            .containsExactly(new BigDecimal("0.91"), new BigDecimal("0.93"));
        // a measurement later in the date's own period is not yet known on that date
        assertThat(s.window(LocalDate.of(2026, 5, 15), 2)).extracting(Measurement::value)
            .containsExactly(new BigDecimal("0.93"));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> s.window(LocalDate.of(2026, 5, 1), 0)))
            .isNotNull();
    }

    @Test
    void rollsMonthsUpIntoQuarters() {
        // Jan-May 2026 values 1, 2, 3, 4, 5 with weights 1, 1, 2, 1, 1:
        // Q1 SUM = 1 + 2 + 3 = 6 dated 2026-03-31 with weight 4; Q2 SUM = 4 + 5 = 9 dated 2026-05-31 with weight 2.
        // Q1 WEIGHTED_MEAN = (1 + 2 + 6) / 4 = 2.25.
        List<Measurement> ms = new java.util.ArrayList<>();
        String[] weights = {"1", "1", "2", "1", "1"};
        for (int i = 0; i < 5; i++) {
            ms.add(Measurement.builder().kpi(SPI).date(LocalDate.of(2026, i + 1, 1).plusMonths(1).minusDays(1))
                .value(BigDecimal.valueOf(i + 1)).weight(new BigDecimal(weights[i])).build());
        }
        KpiSeries monthly = KpiSeries.of(SPI, KpiFrequency.MONTHLY, ms);
        KpiSeries quarterly = monthly.rollUp(KpiFrequency.QUARTERLY, Aggregation.SUM);
        assertThat(quarterly.frequency()).isEqualTo(KpiFrequency.QUARTERLY);
        assertThat(quarterly.measurements()).extracting(Measurement::date)
            .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31));
        assertThat(quarterly.measurements()).extracting(Measurement::value)
            .containsExactly(BigDecimal.valueOf(6), BigDecimal.valueOf(9));
        assertThat(quarterly.measurements().get(0).weight()).contains(new BigDecimal("4"));
        assertThat(monthly.rollUp(KpiFrequency.QUARTERLY, Aggregation.WEIGHTED_MEAN).measurements().get(0).value())
            .isEqualByComparingTo("2.25");
        assertThat(monthly.rollUp(KpiFrequency.MONTHLY, Aggregation.LAST)).isEqualTo(monthly);
    }

    @Test
    void rollingUpKeepsTheSum() {
        qt().forAll(KpiGenerators.absoluteCases()).checkAssert(c -> {
            KpiSeries s = c.series();
            for (KpiFrequency f : KpiFrequency.values()) {
                KpiSeries r = s.rollUp(f, Aggregation.SUM);
                assertThat(r.measurements().size()).isLessThanOrEqualTo(s.measurements().size());
                if (!s.measurements().isEmpty()) {
                    assertThat(r.aggregate(Aggregation.SUM)).isEqualByComparingTo(s.aggregate(Aggregation.SUM));
                    assertThat(r.aggregate(Aggregation.MAX)).isLessThanOrEqualTo(
                        s.measurements().stream().map(Measurement::value).filter(v -> v.signum() > 0)
                            .reduce(BigDecimal.ZERO, BigDecimal::add).max(s.aggregate(Aggregation.MAX)));
                }
            }
        });
    }

    @Test
    void frequenciesLabelAndCountPeriods() {
        LocalDate d = LocalDate.of(2026, 3, 1); // a Sunday: ISO week 9 runs 2026-02-23 to 2026-03-01
        assertThat(KpiFrequency.WEEKLY.label(d)).isEqualTo("2026-W09");
        assertThat(KpiFrequency.WEEKLY.periodStart(d)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(KpiFrequency.MONTHLY.label(d)).isEqualTo("2026-03");
        assertThat(KpiFrequency.QUARTERLY.label(d)).isEqualTo("2026-Q1");
        assertThat(KpiFrequency.QUARTERLY.periodEnd(d)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(KpiFrequency.SEMIANNUAL.label(LocalDate.of(2026, 7, 1))).isEqualTo("2026-H2");
        assertThat(KpiFrequency.ANNUAL.label(d)).isEqualTo("2026");
        assertThat(KpiFrequency.MONTHLY.periodsBetween(LocalDate.of(2025, 11, 30), d)).isEqualTo(4);
        assertThat(KpiFrequency.QUARTERLY.periodsBetween(LocalDate.of(2025, 12, 31), d)).isEqualTo(1);
        assertThat(KpiFrequency.WEEKLY.periodsBetween(LocalDate.of(2026, 3, 2), d)).isEqualTo(-1);
    }

    @Test
    void rejectsBadKpiIds() {
        for (String bad : new String[] {"SPI", "spi--t", "1spi", "spi-", "", "spi t"}) {
            assertOnlyViolation(() -> KpiId.of(bad), "kpiId", "OTP-KPI-ID", "KPI id \"" + bad + "\" is not allowed: "
                + "lowercase words of letters and digits joined by single hyphens, starting with a letter, at most 64 "
                + "characters (e.g. milestones-on-time)");
        }
        assertThat(KpiId.parse("spi-t")).isEqualTo(KpiId.of("spi-t")).hasToString("spi-t");
        assertThat(KpiId.of("a").compareTo(KpiId.of("b"))).isNegative();
    }
}
