package io.otp.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.FundingCallId;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.core.testing.FundingGenerators;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundingPlanTest {

    @Test
    void splitsABudgetBySource() {
        // Worked example: 400 000 EUR project, 80 % of it (320 000) from the MRR call, the rest own funds.
        FundingPlan plan = FundingPlan.builder().project(ProjectId.of("PRJ-7")).budget(Money.euros(400_000))
            .addShares(FundingShare.builder().programme(FundingProgramme.NEXT_GENERATION_EU_MRR)
                .call(FundingCallId.of("BDNS-700001")).amount(Money.euros(320_000)).build())
            .addShares(FundingShare.builder().programme(FundingProgramme.REGIONAL).amount(Money.euros(80_000)).build())
            .build();

        assertThat(plan.euFundedAmount()).isEqualTo(Money.euros(320_000));
        assertThat(plan.amountFrom(FundingProgramme.REGIONAL)).isEqualTo(Money.euros(80_000));
        assertThat(plan.amountFrom(FundingProgramme.FEDER)).isEqualTo(Money.euros(0));
    }

    @Test
    void rejectsAPlanNotAddingUpNamingTheSumAndTheBudget() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> FundingPlan.builder()
            .project(ProjectId.of("PRJ-7")).budget(Money.euros(400_000))
            .addShares(FundingShare.builder().programme(FundingProgramme.FEDER).amount(Money.euros("319999.99")).build())
            .addShares(FundingShare.builder().programme(FundingProgramme.NATIONAL).amount(Money.euros(80_000)).build())
            .build());

        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("shares", "OTP-FUNDING-PLAN-SUM"));
        assertThat(e.violations().get(0).message()).contains("399999.99").contains("400000.00");
    }

    @Test
    void rejectsAShareOfZero() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> FundingPlan.builder()
            .project(ProjectId.of("PRJ-7")).budget(Money.euros(100))
            .addShares(FundingShare.builder().programme(FundingProgramme.FEDER).amount(Money.euros(100)).build())
            .addShares(FundingShare.builder().programme(FundingProgramme.NATIONAL).amount(Money.euros(0)).build())
            .build());

        assertThat(e.violations()).extracting(Violation::path).containsExactly("shares[1].amount");
    }

    @Test
    void plansAlwaysAddUpExactlyAndACentOffIsRejected() {
        qt().forAll(FundingGenerators.plans()).checkAssert(plan -> {
            Money sum = plan.shares().stream().map(FundingShare::amount).reduce(Money.euros(0), Money::plus);
            assertThat(sum).isEqualTo(plan.budget());
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> FundingPlan.builder()
                .project(plan.project()).budget(plan.budget().plus(Money.euros(new BigDecimal("0.01"))))
                .addAllShares(plan.shares()).build());
            assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("OTP-FUNDING-PLAN-SUM");
        });
    }
}
