package io.otp.kpi;

import static io.otp.kpi.testing.EvmGenerators.monthEnds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.kpi.earning.WeightedMilestone;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.Aggregation;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiDirection;
import io.otp.kpi.indicator.KpiFrequency;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.StatusBand;
import io.otp.kpi.indicator.StatusScale;
import io.otp.kpi.indicator.TargetEntry;
import io.otp.kpi.indicator.ThresholdBasis;
import io.otp.kpi.indicator.Thresholds;
import io.otp.kpi.portfolio.Dimension;
import io.otp.kpi.portfolio.OverallStatusPolicy;
import io.otp.kpi.schedule.EarnedSchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A decimal given through the Java API with an extreme exponent, such as {@code -1E+1000000000}, is shown in the
 * messages and descriptions of otp-kpi as it was given: writing it out in plain notation ({@code toPlainString()})
 * took a billion characters, an OutOfMemoryError, before the ValidationException could be thrown.
 */
class ExtremeDecimalsTest {

    private static final BigDecimal HUGE = new BigDecimal("1E+1000000000");
    private static final BigDecimal MINUS_HUGE = HUGE.negate();

    /** The only violation the call throws, within 5 seconds. */
    private static Violation onlyViolation(Executable call) {
        ValidationException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
            () -> catchThrowableOfType(ValidationException.class, call::execute));
        assertThat(e).as("a ValidationException").isNotNull();
        assertThat(e.violations()).hasSize(1);
        assertThat(e.getMessage()).hasSizeLessThan(400);
        return e.violations().get(0);
    }

    @Test
    void aMeasurementWeightIsShownAsGiven() {
        Violation v = onlyViolation(() -> Measurement.builder().kpi(KpiId.of("spi")).date(LocalDate.of(2026, 1, 31))
            .value(BigDecimal.ONE).weight(MINUS_HUGE).build());
        assertThat(v.path()).isEqualTo("weight");
        assertThat(v.ruleId()).isEqualTo("OTP-KPI-WEIGHT");
        assertThat(v.arguments()).containsEntry("value", "-1E+1000000000");
    }

    @Test
    void aStatusBandIsShownAsGiven() {
        Violation v = onlyViolation(() -> StatusBand.between(HUGE, BigDecimal.ONE));
        assertThat(v.path()).isEqualTo("lower");
        assertThat(v.ruleId()).isEqualTo("OTP-KPI-BAND");
        assertThat(v.arguments()).containsEntry("lower", "1E+1000000000").containsEntry("upper", "1");
        String described = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> StatusBand.atLeast(HUGE).toString());
        assertThat(described).isEqualTo("≥ 1E+1000000000");
        assertThat(StatusBand.between(new BigDecimal("0.95"), new BigDecimal("1.05"))).hasToString("[0.95, 1.05]");
    }

    @Test
    void aMilestoneWeightIsShownAsGiven() {
        Violation v = onlyViolation(() -> WeightedMilestone.of("m1", MINUS_HUGE, true));
        assertThat(v.path()).isEqualTo("weight");
        assertThat(v.arguments()).containsEntry("value", "-1E+1000000000");
    }

    @Test
    void aTargetAndATrendToleranceAreShownAsGiven() {
        ValidationException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
            () -> catchThrowableOfType(ValidationException.class, () -> KpiDefinition.builder().id(KpiId.of("test-kpi"))
                .name("Test").unit("%").frequency(KpiFrequency.MONTHLY).aggregation(Aggregation.LAST)
                .direction(KpiDirection.HIGHER_IS_BETTER).thresholdBasis(ThresholdBasis.RATIO_TO_TARGET)
                .thresholds(Thresholds.atLeast(StatusScale.rag(), new BigDecimal("0.95"), new BigDecimal("0.85")))
                .addTargets(TargetEntry.of(LocalDate.of(2026, 1, 1), MINUS_HUGE))
                .trendTolerance(MINUS_HUGE).build()));
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::path).containsExactly("targets[0].target", "trendTolerance");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.arguments()).containsEntry("value", "-1E+1000000000"));
    }

    @Test
    void aDimensionWeightIsShownAsGiven() {
        Violation v = onlyViolation(() -> OverallStatusPolicy.weighted(Map.of(Dimension.COST, MINUS_HUGE)));
        assertThat(v.path()).isEqualTo("weights.COST");
        assertThat(v.arguments()).containsEntry("value", "-1E+1000000000");
    }

    @Test
    void aPerformanceFactorIsShownAsGiven() {
        List<LocalDate> ends = monthEnds(2);
        EvmSeries series = EvmSeries.builder().addAllPeriodEnds(ends)
            .addAllPv(List.of(Money.euros(50_000), Money.euros(100_000))).addEv(Money.euros(40_000))
            .addAc(Money.euros(45_000)).bac(Money.euros(100_000)).statusDate(ends.get(0)).build();
        Violation v = onlyViolation(() -> EarnedSchedule.at(series, MINUS_HUGE));
        assertThat(v.path()).isEqualTo("performanceFactor");
        assertThat(v.arguments()).containsEntry("value", "-1E+1000000000");
    }
}
