package io.otp.kpi.earning;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.kpi.testing.EvmGenerators;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Earning rules (PMI Practice Standard for EVM, measurement methods): hand calculations and bad input. */
class EarningRuleTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static Money eur(String amount) {
        return Money.euros(amount);
    }

    private static WorkProgress.Builder budget(String amount) {
        return WorkProgress.builder().budget(eur(amount));
    }

    @Test
    void weightedMilestonesEarnTheShareOfTheWeightsMet() {
        // Weights 1, 2, 1 (total 4); the first two met: EV = 12,000.00 × 3 / 4 = 9,000.00
        WorkProgress p = budget("12000")
            .addMilestones(WeightedMilestone.of("design approved", BigDecimal.ONE, true))
            .addMilestones(WeightedMilestone.of("build accepted", new BigDecimal("2"), true))
            .addMilestones(WeightedMilestone.of("go-live", BigDecimal.ONE, false))
            .build();

        Earning e = StandardEarningRule.WEIGHTED_MILESTONES.earn(p);

        assertThat(e.earnedValue()).isEqualTo(eur("9000"));
        assertThat(e.rule()).isEqualTo("weighted-milestones");
        assertThat(e.explanation())
            .isEqualTo("EV = budget × met weights / total weights = 12000.00 × 3 / 4 = 9000.00");
    }

    @Test
    void weightedMilestonesRoundHalfUpToTheCent() {
        // 1,000.00 × 1 / 3 = 333.333… → 333.33; 1,000.00 × 2 / 3 = 666.666… → 666.67;
        // all met → 1,000.00 exactly
        assertThat(thirds(1).earnedValue()).isEqualTo(eur("333.33"));
        assertThat(thirds(2).earnedValue()).isEqualTo(eur("666.67"));
        assertThat(thirds(3).earnedValue()).isEqualTo(eur("1000"));
    }

    private static Earning thirds(int met) {
        WorkProgress.Builder b = budget("1000");
        for (int i = 0; i < 3; i++) {
            b.addMilestones(WeightedMilestone.of("M" + i, BigDecimal.ONE, i < met));
        }
        return StandardEarningRule.WEIGHTED_MILESTONES.earn(b.build());
    }

    @Test
    void zeroHundredEarnsOnlyWhenFinished() {
        assertThat(StandardEarningRule.ZERO_HUNDRED.earn(budget("5000").state(WorkState.STARTED).build())
            .earnedValue()).isEqualTo(eur("0"));
        assertThat(StandardEarningRule.ZERO_HUNDRED.earn(budget("5000").state(WorkState.FINISHED).build())
            .earnedValue()).isEqualTo(eur("5000"));
    }

    @Test
    void fiftyFiftyEarnsHalfAtTheStartAndTheRestAtTheFinish() {
        // 1,000.01 / 2 = 500.005 → 500.01 (half up)
        assertThat(StandardEarningRule.FIFTY_FIFTY.earn(budget("1000.01").build()).earnedValue()).isEqualTo(eur("0"));
        assertThat(StandardEarningRule.FIFTY_FIFTY.earn(budget("1000.01").state(WorkState.STARTED).build())
            .earnedValue()).isEqualTo(eur("500.01"));
        assertThat(StandardEarningRule.FIFTY_FIFTY.earn(budget("1000.01").state(WorkState.FINISHED).build())
            .earnedValue()).isEqualTo(eur("1000.01"));
    }

    @Test
    void percentCompleteEarnsThatShareOfTheBudget() {
        // 8,000.00 × 37.5 / 100 = 3,000.00
        Earning e = StandardEarningRule.PERCENT_COMPLETE.earn(budget("8000")
            .percentComplete(Percentage.of("37.5")).build());

        assertThat(e.earnedValue()).isEqualTo(eur("3000"));
        assertThat(e.explanation()).isEqualTo("EV = budget × % complete / 100 = 8000.00 × 37.50 / 100 = 3000.00");
    }

    @Test
    void levelOfEffortEarnsThePlannedValue() {
        assertThat(StandardEarningRule.LEVEL_OF_EFFORT.earn(budget("6000").plannedValue(eur("2500")).build())
            .earnedValue()).isEqualTo(eur("2500"));
    }

    @Test
    void everyRuleHasAStableIdAndIsFoundByIt() {
        assertThat(StandardEarningRule.values()).extracting(EarningRule::id)
            .containsExactly("weighted-milestones", "0-100", "50-50", "percent-complete", "level-of-effort");
        for (StandardEarningRule r : StandardEarningRule.values()) {
            assertThat(StandardEarningRule.fromId(r.id())).isSameAs(r);
        }
        assertOnlyViolation(() -> StandardEarningRule.fromId("units"), "rule", "OTP-EARNING-RULE",
            "unknown earning rule units; allowed: weighted-milestones, 0-100, 50-50, percent-complete,"
                + " level-of-effort");
    }

    @Test
    void rejectsAPercentageOutsideZeroToHundred() {
        assertOnlyViolation(() -> budget("100").percentComplete(Percentage.of("100.5")).build(), "percentComplete",
            "OTP-EARNING-PERCENT", "percentage complete 100.50% is outside 0 to 100");
        assertOnlyViolation(() -> budget("100").percentComplete(Percentage.of("-1")).build(), "percentComplete",
            "OTP-EARNING-PERCENT", "percentage complete -1.00% is outside 0 to 100");
    }

    @Test
    void rejectsAWeightThatIsNotPositive() {
        assertOnlyViolation(() -> WeightedMilestone.of("go-live", BigDecimal.ZERO, true), "weight",
            "OTP-EARNING-WEIGHT", "milestone go-live: weight 0 must be positive");
    }

    @Test
    void aBadWeightReadFromJsonIsReportedUnderItsMilestone() {
        String json = "{\"budget\":{\"amount\":100.00,\"currency\":\"EUR\"},\"milestones\":["
            + "{\"met\":true,\"name\":\"A\",\"weight\":1},{\"met\":false,\"name\":\"B\",\"weight\":-2}]}";

        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> JSON.read(json, WorkProgress.class));

        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("milestones[1].weight", "OTP-EARNING-WEIGHT"));
    }

    @Test
    void listsEveryProblemOfTheProgress() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> budget("-1")
            .percentComplete(Percentage.of("101"))
            .plannedValue(Money.of(BigDecimal.ONE, Currency.getInstance("USD")))
            .build());

        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId).containsExactly(
            tuple("budget", "OTP-EARNING-BUDGET"),
            tuple("percentComplete", "OTP-EARNING-PERCENT"),
            tuple("plannedValue", "OTP-EARNING-PV"));
        assertMessagesInBothLanguages(e);
    }

    @Test
    void rejectsAPlannedValueAboveTheBudget() {
        assertOnlyViolation(() -> budget("100").plannedValue(eur("150")).build(), "plannedValue", "OTP-EARNING-PV",
            "planned value 150.00 EUR is outside zero to the budget 100.00 EUR");
    }

    @Test
    void aRuleNamesTheInputItLacks() {
        assertOnlyViolation(() -> StandardEarningRule.PERCENT_COMPLETE.earn(budget("100").build()), "percentComplete",
            "OTP-EARNING-INPUT", "rule percent-complete needs percentComplete, which is missing");
        assertOnlyViolation(() -> StandardEarningRule.LEVEL_OF_EFFORT.earn(budget("100").build()), "plannedValue",
            "OTP-EARNING-INPUT", "rule level-of-effort needs plannedValue, which is missing");
        assertOnlyViolation(() -> StandardEarningRule.WEIGHTED_MILESTONES.earn(budget("100").build()), "milestones",
            "OTP-EARNING-INPUT", "rule weighted-milestones needs milestones, which is missing");
    }

    @Test
    void everyRuleEarnsBetweenZeroAndTheBudget() {
        qt().forAll(EvmGenerators.progress()).checkAssert(p -> {
            for (StandardEarningRule r : StandardEarningRule.values()) {
                Money ev = r.earn(p).earnedValue();
                assertThat(ev.isNegative()).as(r.id()).isFalse();
                assertThat(ev.isGreaterThan(p.budget())).as(r.id()).isFalse();
            }
        });
    }

    @Test
    void progressAndEarningsRoundTripThroughJsonByteIdentical() {
        qt().forAll(EvmGenerators.progress()).checkAssert(p -> {
            String json = JSON.write(p);
            WorkProgress back = JSON.read(json, WorkProgress.class);
            assertThat(back).isEqualTo(p);
            assertThat(JSON.write(back)).isEqualTo(json);
            Earning e = StandardEarningRule.WEIGHTED_MILESTONES.earn(p);
            String earning = JSON.write(e);
            assertThat(JSON.read(earning, Earning.class)).isEqualTo(e);
            assertThat(JSON.write(JSON.read(earning, Earning.class))).isEqualTo(earning);
            for (WeightedMilestone m : p.milestones()) {
                assertThat(JSON.read(JSON.write(m), WeightedMilestone.class)).isEqualTo(m);
            }
        });
    }
}
