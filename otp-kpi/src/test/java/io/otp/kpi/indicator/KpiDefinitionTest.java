package io.otp.kpi.indicator;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.kpi.testing.KpiGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A definition's invariants, its target schedule and the built-in catalogue. */
class KpiDefinitionTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static KpiDefinition.Builder base() {
        return base("Test");
    }

    private static KpiDefinition.Builder base(String name) {
        return KpiDefinition.builder().id(KpiId.of("test-kpi")).name(name).unit("%")
            .frequency(KpiFrequency.MONTHLY).aggregation(Aggregation.LAST);
    }

    @Test
    void targetInForceFollowsTheSchedule() {
        KpiDefinition k = base().direction(KpiDirection.HIGHER_IS_BETTER)
            .thresholds(Thresholds.atLeast(StatusScale.rag(), d("90"), d("75")))
            .addTargets(TargetEntry.of(LocalDate.of(2026, 1, 1), d("80")), TargetEntry.of(LocalDate.of(2026, 7, 1), d("90")))
            .build();
        assertThat(k.targetAt(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(k.targetAt(LocalDate.of(2026, 1, 1))).contains(d("80"));
        assertThat(k.targetAt(LocalDate.of(2026, 6, 30))).contains(d("80"));
        assertThat(k.targetAt(LocalDate.of(2026, 7, 1))).contains(d("90"));
        KpiDefinition replaced = k.withTarget(LocalDate.of(2026, 7, 1), d("95"));
        assertThat(replaced.targets()).hasSize(2);
        assertThat(replaced.targetAt(LocalDate.of(2027, 1, 1))).contains(d("95"));
        assertThat(k.targetAt(LocalDate.of(2027, 1, 1))).contains(d("90"));
    }

    @Test
    void reportsEveryProblemOfADefinition() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> base(" ")
            .direction(KpiDirection.HIGHER_IS_BETTER).thresholdBasis(ThresholdBasis.RATIO_TO_TARGET)
            .thresholds(Thresholds.atMost(StatusScale.rag(), d("1"), d("2")))
            .addTargets(TargetEntry.of(LocalDate.of(2026, 7, 1), d("0")), TargetEntry.of(LocalDate.of(2026, 1, 1), d("5")))
            .trendTolerance(d("-0.01")).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("name", "targets[0].target",
            "targets[1].from", "thresholds.bands[0]", "thresholds.bands[1]", "trendTolerance");
        assertThat(e.violations()).extracting(Violation::message).containsExactly(
            "name must not be blank",
            "target 0 is not allowed when thresholds are relative to the target: targets must be greater than 0",
            "target from 2026-01-01 is not after the previous entry's date 2026-07-01: target entries must be in "
                + "strictly increasing date order",
            "band ≤ 1 does not suit direction HIGHER_IS_BETTER: expected a lower end only (e.g. ≥ 0.95)",
            "band ≤ 2 does not suit direction HIGHER_IS_BETTER: expected a lower end only (e.g. ≥ 0.95)",
            "trend tolerance -0.01 is negative, it must be 0 or more");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void rejectsOneSidedBandsForAWithinBandKpi() {
        assertOnlyViolation(() -> base().direction(KpiDirection.WITHIN_BAND)
                .thresholds(Thresholds.within(StatusScale.rag(), StatusBand.between(d("95"), d("105")),
                    StatusBand.atLeast(d("90"))))
                .build(), "thresholds.bands[1]", "OTP-KPI-THRESHOLDS-DIRECTION",
            "band ≥ 90 does not suit direction WITHIN_BAND: expected both ends (e.g. [0.95, 1.05])");
        assertOnlyViolation(() -> base().direction(KpiDirection.LOWER_IS_BETTER)
                .thresholds(Thresholds.atLeast(KpiGenerators.PASS_FAIL, d("2"))).build(),
            "thresholds.bands[0]", "OTP-KPI-THRESHOLDS-DIRECTION",
            "band ≥ 2 does not suit direction LOWER_IS_BETTER: expected an upper end only (e.g. ≤ 3)");
    }

    @Test
    void catalogueHasTheEightPublicIctKpis() {
        assertThat(PublicIctKpis.all()).extracting(KpiDefinition::id).containsExactly(PublicIctKpis.SPI,
            PublicIctKpis.CPI, PublicIctKpis.SPI_T, PublicIctKpis.MILESTONES_ON_TIME,
            PublicIctKpis.DELIVERABLES_ACCEPTED_FIRST_TIME, PublicIctKpis.BUDGET_EXECUTED,
            PublicIctKpis.CERTIFIED_VS_PLANNED, PublicIctKpis.OVERDUE_ACTION_ITEMS);
        assertThat(PublicIctKpis.all()).allSatisfy(k -> {
            assertThat(k.frequency()).isEqualTo(KpiFrequency.MONTHLY);
            assertThat(k.aggregation()).isEqualTo(Aggregation.LAST);
            assertThat(k.thresholds().scale()).isEqualTo(StatusScale.rag());
            assertThat(k.description()).isPresent();
        });
    }

    @Test
    void catalogueThresholds() {
        LocalDate day = LocalDate.of(2026, 3, 31);
        // DOMAIN.md section 6: >= 0.95 green, 0.90-0.95 amber, < 0.90 red, for SPI, CPI and SPI(t)
        for (KpiDefinition k : new KpiDefinition[] {PublicIctKpis.spi(), PublicIctKpis.cpi(), PublicIctKpis.spiT()}) {
            assertThat(k.statusOf(d("0.95"), day)).isEqualTo(StatusLevel.GREEN);
            assertThat(k.statusOf(d("0.94"), day)).isEqualTo(StatusLevel.AMBER);
            assertThat(k.statusOf(d("0.90"), day)).isEqualTo(StatusLevel.AMBER);
            assertThat(k.statusOf(d("0.89"), day)).isEqualTo(StatusLevel.RED);
        }
        assertThat(PublicIctKpis.milestonesOnTime().statusOf(d("90"), day)).isEqualTo(StatusLevel.GREEN);
        assertThat(PublicIctKpis.milestonesOnTime().statusOf(d("74.9"), day)).isEqualTo(StatusLevel.RED);
        assertThat(PublicIctKpis.deliverablesAcceptedFirstTime().statusOf(d("60"), day)).isEqualTo(StatusLevel.AMBER);
        assertThat(PublicIctKpis.certifiedVsPlanned().statusOf(d("94.99"), day)).isEqualTo(StatusLevel.AMBER);
        assertThat(PublicIctKpis.overdueActionItems().statusOf(d("0"), day)).isEqualTo(StatusLevel.GREEN);
        assertThat(PublicIctKpis.overdueActionItems().statusOf(d("3"), day)).isEqualTo(StatusLevel.AMBER);
        assertThat(PublicIctKpis.overdueActionItems().statusOf(d("4"), day)).isEqualTo(StatusLevel.RED);
        assertThat(PublicIctKpis.budgetExecuted().direction()).isEqualTo(KpiDirection.WITHIN_BAND);
        assertOnlyViolation(() -> PublicIctKpis.budgetExecuted().statusOf(d("40"), day), "targets", "OTP-KPI-TARGET",
            "KPI budget-executed has no target in force on 2026-03-31, and its thresholds are relative to the target");
    }
}
