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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The status of a KPI at a date, its explanation and its trend. */
class KpiAssessmentTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);

    private static KpiSeries monthly(KpiId kpi, String... values) {
        List<Measurement> ms = new ArrayList<>();
        LocalDate end = LocalDate.of(2026, 1, 31);
        for (String v : values) {
            ms.add(Measurement.of(kpi, end, new BigDecimal(v)));
            end = end.plusDays(1).plusMonths(1).minusDays(1);
        }
        return KpiSeries.of(kpi, KpiFrequency.MONTHLY, ms);
    }

    @Test
    void spiBehindPlanIsAmberAndImproving() {
        // SPI 0.90, 0.92, 0.93 in Jan-Mar 2026. Status in March: 0.93 is in [0.90, 0.95) -> Amber (DOMAIN.md 6).
        // Trend over 3 months, x = 0, 1, 2: n = 3, Σx = 3, Σy = 2.75, Σx² = 5, Σxy = 0.92 + 1.86 = 2.78;
        // slope = (3·2.78 − 3·2.75) / (3·5 − 9) = 0.09 / 6 = 0.015 per month > tolerance 0.01 -> IMPROVING.
        KpiDefinition spi = PublicIctKpis.spi().withTarget(LocalDate.of(2026, 1, 1), new BigDecimal("1.00"));
        KpiAssessment a = spi.assess(monthly(PublicIctKpis.SPI, "0.90", "0.92", "0.93"), MARCH, 3).orElseThrow();

        assertThat(a.status()).isEqualTo(StatusLevel.AMBER);
        assertThat(a.rank()).isEqualTo(1);
        assertThat(a.value()).isEqualTo(new BigDecimal("0.93"));
        assertThat(a.comparedValue()).isEqualTo(new BigDecimal("0.93"));
        assertThat(a.target()).contains(new BigDecimal("1.00"));
        assertThat(a.period()).isEqualTo("2026-03");
        assertThat(a.band()).contains(StatusBand.atLeast(new BigDecimal("0.90")));
        assertThat(a.betterLevel()).contains(StatusLevel.GREEN);
        assertThat(a.explanation()).isEqualTo("spi = 0.93 in 2026-03: Amber, as 0.93 is within the Amber band ≥ 0.90 "
            + "but not within the Green band ≥ 0.95 (target 1.00)");
        assertThat(a.explanation(Locale.forLanguageTag("es"))).isEqualTo("spi = 0.93 en 2026-03: Amber, porque 0.93 "
            + "está dentro de la banda Amber ≥ 0.90 pero no de la banda Green ≥ 0.95 (objetivo 1.00)");
        TrendAnalysis t = a.trend().orElseThrow();
        assertThat(t.slope()).isEqualByComparingTo("0.015");
        assertThat(t.improvement()).isEqualByComparingTo("0.015");
        assertThat(t.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(t.points()).isEqualTo(3);
        assertThat(t.periods()).isEqualTo(3);
    }

    @Test
    void bestAndWorstLevelsAreExplained() {
        KpiDefinition cpi = PublicIctKpis.cpi();
        KpiAssessment green = cpi.assess(monthly(PublicIctKpis.CPI, "1.02"), MARCH, 3).orElseThrow();
        assertThat(green.explanation()).isEqualTo("cpi = 1.02 in 2026-01: Green, as 1.02 is within the Green band ≥ 0.95");
        assertThat(green.betterLevel()).isEmpty();
        assertThat(green.trend()).isEmpty();
        KpiAssessment red = cpi.assess(monthly(PublicIctKpis.CPI, "0.85"), MARCH, 3).orElseThrow();
        assertThat(red.status()).isEqualTo(StatusLevel.RED);
        assertThat(red.band()).isEmpty();
        assertThat(red.explanation()).isEqualTo("cpi = 0.85 in 2026-01: Red, as 0.85 is not within the Amber band ≥ 0.90");
    }

    @Test
    void overdueActionItemsRisingIsWorsening() {
        // 0, 2, 5 items: slope = (3·(0·0 + 1·2 + 2·5) − 3·7) / 6 = (36 − 21) / 6 = 2.5 per month; lower is better
        // -> improvement −2.5 < 0 -> WORSENING; 5 > 3 -> Red.
        KpiAssessment a = PublicIctKpis.overdueActionItems()
            .assess(monthly(PublicIctKpis.OVERDUE_ACTION_ITEMS, "0", "2", "5"), MARCH, 6).orElseThrow();
        assertThat(a.status()).isEqualTo(StatusLevel.RED);
        assertThat(a.trend().orElseThrow().slope()).isEqualByComparingTo("2.5");
        assertThat(a.trend().orElseThrow().trend()).isEqualTo(Trend.WORSENING);
    }

    @Test
    void budgetExecutedIsJudgedAgainstTheTargetInForce() {
        // Plan: 10 % from 2026-01-01, 20 % from 2026-02-01, 30 % from 2026-03-01.
        // Executed 8, 19, 28.5: ratios 0.8, 0.95, 0.95 -> March: 28.5/30 = 0.95, inside [0.95, 1.05] -> Green.
        // Trend on the ratios, x = 0, 1, 2: Σy = 2.7, Σxy = 0.95 + 1.90 = 2.85, slope = (8.55 − 8.1) / 6 = 0.075;
        // intercept = (2.7 − 0.075·3) / 3 = 0.825; distance to centre 1.00: start 0.175, end |0.825 + 0.15 − 1| = 0.025;
        // improvement = (0.175 − 0.025) / 2 = 0.075 per month > 0.01 -> IMPROVING.
        KpiDefinition budget = PublicIctKpis.budgetExecuted()
            .withTarget(LocalDate.of(2026, 3, 1), new BigDecimal("30"))
            .withTarget(LocalDate.of(2026, 1, 1), new BigDecimal("10"))
            .withTarget(LocalDate.of(2026, 2, 1), new BigDecimal("20"));
        assertThat(budget.targets()).extracting(TargetEntry::from).isSorted();
        KpiAssessment a = budget.assess(monthly(PublicIctKpis.BUDGET_EXECUTED, "8", "19", "28.5"), MARCH, 3)
            .orElseThrow();
        assertThat(a.target()).contains(new BigDecimal("30"));
        assertThat(a.comparedValue()).isEqualByComparingTo("0.95");
        assertThat(a.status()).isEqualTo(StatusLevel.GREEN);
        assertThat(a.explanation()).isEqualTo(
            "budget-executed = 28.5 in 2026-03: Green, as 28.5/30 = 0.95 is within the Green band [0.95, 1.05]");
        TrendAnalysis t = a.trend().orElseThrow();
        assertThat(t.slope()).isEqualByComparingTo("0.075");
        assertThat(t.improvement()).isEqualByComparingTo("0.075");
        assertThat(t.trend()).isEqualTo(Trend.IMPROVING);
        // Over-spending: 33 against 30 is 1.1 -> Amber (within [0.90, 1.10], outside [0.95, 1.05]).
        assertThat(budget.statusOf(new BigDecimal("33"), MARCH)).isEqualTo(StatusLevel.AMBER);
        assertThat(budget.statusOf(new BigDecimal("33.01"), MARCH)).isEqualTo(StatusLevel.RED);
    }

    @Test
    void trendCountsMissingPeriods() {
        // January 0.90 and March 0.94 (February missing): x = 0 and 2, slope = 0.04 / 2 = 0.02 per month.
        KpiSeries s = KpiSeries.of(PublicIctKpis.SPI, KpiFrequency.MONTHLY, List.of(
            Measurement.of(PublicIctKpis.SPI, LocalDate.of(2026, 1, 31), new BigDecimal("0.90")),
            Measurement.of(PublicIctKpis.SPI, LocalDate.of(2026, 3, 31), new BigDecimal("0.94"))));
        assertThat(PublicIctKpis.spi().assess(s, MARCH, 3).orElseThrow().trend().orElseThrow().slope())
            .isEqualByComparingTo("0.02");
    }

    @Test
    void noMeasurementYetGivesNoAssessment() {
        assertThat(PublicIctKpis.spi().assess(monthly(PublicIctKpis.SPI, "0.9"), LocalDate.of(2025, 12, 31), 3)).isEmpty();
    }

    @Test
    void trendOfAConstantSeriesIsStable() {
        qt().forAll(KpiGenerators.absoluteCases(), KpiGenerators.values()).checkAssert((c, value) -> {
            List<Measurement> constant = new ArrayList<>();
            for (Measurement m : c.series().measurements()) {
                constant.add(Measurement.of(m.kpi(), m.date(), value));
            }
            KpiDefinition d = c.definition();
            KpiSeries s = KpiSeries.of(d.id(), d.frequency(), constant);
            LocalDate end = constant.isEmpty() ? LocalDate.of(2026, 1, 1) : constant.get(constant.size() - 1).date();
            d.assess(s, end, 24).flatMap(KpiAssessment::trend).ifPresent(t -> {
                assertThat(t.slope()).isEqualByComparingTo("0");
                assertThat(t.trend()).isEqualTo(Trend.STABLE);
            });
        });
    }

    @Test
    void aRisingLineImprovesOrWorsensByDirection() {
        // values 0, 1, 2, ... per period: slope exactly 1, above every generated tolerance (< 0.20)
        qt().forAll(KpiGenerators.definitions()).checkAssert(d -> {
            List<Measurement> ms = new ArrayList<>();
            LocalDate date = d.frequency().periodEnd(LocalDate.of(2026, 1, 1));
            for (int i = 0; i < 4; i++) {
                ms.add(Measurement.of(d.id(), date, BigDecimal.valueOf(i)));
                date = d.frequency().periodEnd(date.plusDays(1));
            }
            KpiAssessment a = d.assess(KpiSeries.of(d.id(), d.frequency(), ms), ms.get(3).date(), 4).orElseThrow();
            TrendAnalysis t = a.trend().orElseThrow();
            assertThat(t.slope()).isEqualByComparingTo("1");
            if (d.direction() == KpiDirection.HIGHER_IS_BETTER) {
                assertThat(t.trend()).isEqualTo(Trend.IMPROVING);
            } else if (d.direction() == KpiDirection.LOWER_IS_BETTER) {
                assertThat(t.trend()).isEqualTo(Trend.WORSENING);
            }
        });
    }

    @Test
    void assessmentStatusAgreesWithTheThresholds() {
        qt().forAll(KpiGenerators.cases()).checkAssert(c -> {
            KpiDefinition d = c.definition();
            LocalDate date = LocalDate.of(2026, 6, 30);
            d.assess(c.series(), date, 3).ifPresent(a -> {
                Measurement m = c.series().latestOnOrBefore(date).orElseThrow();
                assertThat(a.measurementDate()).isEqualTo(m.date());
                assertThat(a.status()).isEqualTo(d.statusOf(m.value(), m.date()));
                assertThat(d.thresholds().scale().levels()).contains(a.status());
                assertThat(a.band().map(b -> b.contains(a.comparedValue())).orElse(true)).isTrue();
                assertThat(a.betterBand().map(b -> b.contains(a.comparedValue())).orElse(false)).isFalse();
                assertThat(a.explanation()).startsWith(d.id() + " = " + m.value().toPlainString());
            });
        });
    }

    @Test
    void rejectsAssessingWithTheWrongSeriesOrWindow() {
        KpiSeries cpiQuarterly = KpiSeries.of(PublicIctKpis.CPI, KpiFrequency.QUARTERLY, List.of());
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> PublicIctKpis.spi().assess(cpiQuarterly, MARCH, 1));
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("series.kpi", "series.frequency", "trendPeriods");
        assertThat(e.violations().get(1).message())
            .isEqualTo("series of frequency QUARTERLY given to assess KPI spi, whose frequency is MONTHLY");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void rejectsAssessingARelativeKpiWithoutTarget() {
        KpiDefinition budget = PublicIctKpis.budgetExecuted().withTarget(LocalDate.of(2026, 2, 1), new BigDecimal("20"));
        assertOnlyViolation(() -> budget.assess(monthly(PublicIctKpis.BUDGET_EXECUTED, "8", "19"), MARCH, 3),
            "targets", "OTP-KPI-TARGET", "KPI budget-executed has no target in force on 2026-01-31, and its thresholds "
                + "are relative to the target");
    }
}
