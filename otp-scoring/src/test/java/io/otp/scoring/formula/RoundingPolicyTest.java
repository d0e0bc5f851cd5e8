package io.otp.scoring.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Points;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Rounding once, at the declared stage (issue 4, part 7). */
class RoundingPolicyTest {

    @Test
    void defaultsToTwoDecimalsHalfUpPerCriterion() {
        RoundingPolicy policy = RoundingPolicy.standard();
        assertThat(policy.scale()).isEqualTo(2);
        assertThat(policy.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(policy.stage()).isEqualTo(RoundingStage.PER_CRITERION);
        assertThat(policy.apply(new BigDecimal("0.125"))).isEqualTo(Points.of("0.13"));
        assertThat(policy.apply(new BigDecimal("26.66666666666667"))).isEqualTo(Points.of("26.67"));
    }

    @Test
    void appliesTheDeclaredScaleAndMode() {
        RoundingPolicy policy = RoundingPolicy.builder().scale(3).roundingMode(RoundingMode.HALF_EVEN)
            .stage(RoundingStage.TOTAL_ONLY).build();
        assertThat(policy.apply(new BigDecimal("0.12350"))).isEqualTo(Points.of("0.124"));
        assertThat(policy.apply(new BigDecimal("0.12450"))).isEqualTo(Points.of("0.124"));
        assertThat(RoundingPolicy.builder().scale(0).build().apply(new BigDecimal("99.5"))).isEqualTo(Points.of(100));
    }

    @Test
    void rejectsScalesBeyondTenAndTheUnnecessaryMode() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RoundingPolicy.builder()
            .scale(11).roundingMode(RoundingMode.UNNECESSARY).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("scale", "roundingMode");
    }

    @Test
    void rejectsNegativePoints() {
        assertThat(catchThrowableOfType(ValidationException.class,
            () -> RoundingPolicy.standard().apply(new BigDecimal("-0.001"))).violations())
            .extracting(Violation::path).containsExactly("points");
    }
}
