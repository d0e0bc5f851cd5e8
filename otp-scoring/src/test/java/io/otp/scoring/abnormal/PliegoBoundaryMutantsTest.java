package io.otp.scoring.abnormal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The limits of the pliego's parameters (LCSP art. 149.2.b) exactly at their edges: a percentage is
 * greater than 0 and less than 100, a share of the technical maximum from 0 to 100, at most
 * {@value PliegoCondition#MAX_CONDITIONS} conditions in a group and {@value PliegoRule#MAX_DEPTH} levels of
 * groups, and every field foreign to a condition's kind refused.
 */
class PliegoBoundaryMutantsTest {

    private static final String KEY = "io.otp.scoring.abnormal.condition.";

    private static final PliegoCondition PRICE =
        PliegoCondition.priceBelow(PriceReference.MEAN_OF_ALL, PriceMeasure.PERCENT, BigDecimal.TEN);

    private static List<String> refused(ThrowingCallable build) {
        ValidationException e = catchThrowableOfType(ValidationException.class, build);
        assertThat(e).as("refused with a ValidationException").isNotNull();
        List<String> out = new ArrayList<>();
        for (Violation v : e.violations()) {
            assertThat(v.ruleId()).isEqualTo("LCSP-149.2.b");
            out.add(v.path() + " " + v.messageKey().replace(KEY, ""));
        }
        return out;
    }

    private static PliegoCondition price(PriceMeasure measure, String threshold) {
        return PliegoCondition.priceBelow(PriceReference.BUDGET, measure, new BigDecimal(threshold));
    }

    @Test
    void aPercentageOfPriceIsMoreThanZeroAndLessThanAHundred() {
        // 0 % and 100 % are refused; 0.01 % and 99.99 % are the last accepted, in both readings of units.
        for (PriceMeasure share : List.of(PriceMeasure.PERCENT, PriceMeasure.DISCOUNT_POINTS)) {
            assertThat(refused(() -> price(share, "0"))).containsExactly("threshold priceShare");
            assertThat(refused(() -> price(share, "100"))).containsExactly("threshold priceShare");
            assertThat(price(share, "0.01").threshold()).contains(new BigDecimal("0.01"));
            assertThat(price(share, "99.99").threshold()).contains(new BigDecimal("99.99"));
        }
    }

    @Test
    void anAmountInEurosIsMoreThanZeroWithNoUpperLimit() {
        assertThat(refused(() -> price(PriceMeasure.EUROS, "0"))).containsExactly("threshold priceAmount");
        assertThat(refused(() -> price(PriceMeasure.EUROS, "-1"))).containsExactly("threshold priceAmount");
        assertThat(price(PriceMeasure.EUROS, "100").threshold()).contains(new BigDecimal("100"));
        assertThat(price(PriceMeasure.EUROS, "5000").threshold()).contains(new BigDecimal("5000"));
    }

    @Test
    void aPriceConditionNeedsItsReferenceMeasureAndThreshold() {
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.PRICE).build()))
            .containsExactly("reference required", "measure required", "threshold required");
    }

    @Test
    void aTechnicalConditionNeedsItsComparisonReferenceAndThreshold() {
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.TECHNICAL).build()))
            .containsExactly("comparison required", "technicalReference required");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.TECHNICAL)
            .comparison(TechnicalComparison.BELOW).technicalReference(TechnicalReference.POINTS).build()))
            .containsExactly("threshold required");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.TECHNICAL)
            .comparison(TechnicalComparison.BELOW).technicalReference(TechnicalReference.SHARE_OF_MAXIMUM)
            .technicalMaximum(Points.of(50)).build()))
            .containsExactly("threshold required");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.TECHNICAL)
            .comparison(TechnicalComparison.BELOW).technicalReference(TechnicalReference.SHARE_OF_MAXIMUM)
            .threshold(BigDecimal.TEN).build()))
            .containsExactly("technicalMaximum required");
    }

    @Test
    void technicalPointsAreZeroOrMore() {
        // 0 points is a valid threshold (nobody is below it); -0.01 is not.
        assertThat(PliegoCondition.technicalPoints(TechnicalComparison.BELOW, BigDecimal.ZERO).threshold())
            .contains(BigDecimal.ZERO);
        assertThat(refused(() -> PliegoCondition.technicalPoints(TechnicalComparison.BELOW, new BigDecimal("-0.01"))))
            .containsExactly("threshold technicalPoints");
    }

    @Test
    void aShareOfTheTechnicalMaximumIsFromZeroToAHundredOfAMaximumAboveZero() {
        TechnicalComparison above = TechnicalComparison.ABOVE;
        assertThat(PliegoCondition.technicalShare(above, BigDecimal.ZERO, Points.of(50)).threshold())
            .contains(BigDecimal.ZERO);
        assertThat(PliegoCondition.technicalShare(above, new BigDecimal("100"), Points.of(50)).threshold())
            .contains(new BigDecimal("100"));
        assertThat(refused(() -> PliegoCondition.technicalShare(above, new BigDecimal("-0.01"), Points.of(50))))
            .containsExactly("threshold technicalShare");
        assertThat(refused(() -> PliegoCondition.technicalShare(above, new BigDecimal("100.01"), Points.of(50))))
            .containsExactly("threshold technicalShare");
        assertThat(refused(() -> PliegoCondition.technicalShare(above, BigDecimal.TEN, Points.ZERO)))
            .containsExactly("technicalMaximum technicalMaximum");
    }

    @Test
    void aGroupHoldsOneToTwentyConditionsAndNeedsItsCombination() {
        PliegoCondition[] twenty = new PliegoCondition[PliegoCondition.MAX_CONDITIONS];
        java.util.Arrays.fill(twenty, PRICE);
        PliegoCondition[] twentyOne = new PliegoCondition[PliegoCondition.MAX_CONDITIONS + 1];
        java.util.Arrays.fill(twentyOne, PRICE);
        assertThat(PliegoCondition.allOf(twenty).conditions()).hasSize(20);
        assertThat(refused(() -> PliegoCondition.allOf(twentyOne))).containsExactly("conditions count");
        assertThat(refused(() -> PliegoCondition.anyOf())).containsExactly("conditions count");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.GROUP).addConditions(PRICE).build()))
            .containsExactly("combination required");
    }

    @Test
    void everyFieldForeignToAConditionsKindIsRefused() {
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.RGLCAP_85)
            .reference(PriceReference.BUDGET).build())).containsExactly("reference foreign");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.RGLCAP_85)
            .measure(PriceMeasure.PERCENT).build())).containsExactly("measure foreign");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.RGLCAP_85)
            .threshold(BigDecimal.TEN).build())).containsExactly("threshold foreign");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.GROUP).combination(Combination.ALL)
            .addConditions(PRICE).threshold(BigDecimal.TEN).build())).containsExactly("threshold foreign");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.TECHNICAL)
            .comparison(TechnicalComparison.BELOW).technicalReference(TechnicalReference.MEAN)
            .threshold(BigDecimal.TEN).build())).containsExactly("threshold foreign");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.RGLCAP_85)
            .comparison(TechnicalComparison.BELOW).build())).containsExactly("comparison foreign");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.RGLCAP_85)
            .technicalReference(TechnicalReference.MEAN).build())).containsExactly("technicalReference foreign");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.TECHNICAL)
            .comparison(TechnicalComparison.BELOW).technicalReference(TechnicalReference.POINTS)
            .threshold(BigDecimal.TEN).technicalMaximum(Points.of(50)).build()))
            .containsExactly("technicalMaximum foreign");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.RGLCAP_85)
            .combination(Combination.ANY).build())).containsExactly("combination foreign");
        assertThat(refused(() -> PliegoCondition.builder().kind(ConditionKind.RGLCAP_85)
            .addConditions(PRICE).build())).containsExactly("conditions foreign");
        // The same fields in their own kinds are accepted.
        assertThatCode(() -> {
            PliegoCondition.rglcap85();
            PliegoCondition.technicalMean(TechnicalComparison.ABOVE);
            PliegoCondition.technicalShare(TechnicalComparison.ABOVE, BigDecimal.TEN, Points.of(50));
            PliegoCondition.anyOf(PRICE, PliegoCondition.rglcap85());
        }).doesNotThrowAnyException();
    }

    @Test
    void whatAConditionNeedsAndLooksAt() {
        PliegoCondition technical = PliegoCondition.technicalPoints(TechnicalComparison.BELOW, BigDecimal.TEN);
        assertThat(technical.needsTechnicalScores()).isTrue();
        assertThat(PliegoCondition.allOf(PRICE, technical).needsTechnicalScores()).isTrue();
        assertThat(PRICE.needsTechnicalScores()).isFalse();
        assertThat(PliegoCondition.rglcap85().needsTechnicalScores()).isFalse();
        assertThat(PliegoRule.of(Combination.ALL, PRICE, PliegoCondition.rglcap85()).needsTechnicalScores()).isFalse();
        assertThat(PliegoRule.of(Combination.ALL, PRICE, technical).needsTechnicalScores()).isTrue();
    }

    @Test
    void everyConditionDescribesItself() {
        assertThat(PRICE.describe()).isEqualTo("price more than 10 % below the mean of all offers");
        assertThat(price(PriceMeasure.DISCOUNT_POINTS, "15").describe())
            .isEqualTo("price more than 15 points of discount below the base budget");
        assertThat(PliegoCondition.priceBelow(PriceReference.MEAN_OF_OTHERS, PriceMeasure.EUROS, new BigDecimal("5000"))
            .describe()).isEqualTo("price more than 5000 currency units below the mean of the other offers");
        assertThat(PliegoCondition.priceBelow(PriceReference.LOWEST_OTHER, PriceMeasure.PERCENT, BigDecimal.TEN)
            .describe()).isEqualTo("price more than 10 % below the lowest other offer");
        assertThat(PliegoCondition.rglcap85().describe()).isEqualTo("price abnormal under RGLCAP art. 85");
        assertThat(PliegoCondition.technicalPoints(TechnicalComparison.BELOW, new BigDecimal("30")).describe())
            .isEqualTo("technical points below 30 points");
        assertThat(PliegoCondition.technicalShare(TechnicalComparison.ABOVE, new BigDecimal("60"), Points.of(50))
            .describe()).isEqualTo("technical points above 60 % of the maximum " + Points.of(50));
        assertThat(PliegoCondition.technicalMean(TechnicalComparison.BELOW).describe())
            .isEqualTo("technical points below the mean of the offers' technical points");
        assertThat(PliegoCondition.allOf(PRICE, PliegoCondition.rglcap85()).describe()).isEqualTo(
            "(price more than 10 % below the mean of all offers and price abnormal under RGLCAP art. 85)");
        assertThat(PliegoCondition.anyOf(PRICE, PliegoCondition.rglcap85()).describe()).isEqualTo(
            "(price more than 10 % below the mean of all offers or price abnormal under RGLCAP art. 85)");
    }

    @Test
    void aRuleHoldsOneToTwentyConditions() {
        PliegoCondition[] twenty = new PliegoCondition[PliegoCondition.MAX_CONDITIONS];
        java.util.Arrays.fill(twenty, PRICE);
        PliegoCondition[] twentyOne = new PliegoCondition[PliegoCondition.MAX_CONDITIONS + 1];
        java.util.Arrays.fill(twentyOne, PRICE);
        assertThat(PliegoRule.of(Combination.ALL, twenty).conditions()).hasSize(20);
        assertThat(refused(() -> PliegoRule.of(Combination.ALL, twentyOne))).containsExactly("conditions count");
        assertThat(refused(() -> PliegoRule.of(Combination.ALL))).containsExactly("conditions count");
    }

    @Test
    void aRuleNestsGroupsAtMostFourLevelsDeep() {
        // allOf(PRICE) is 1 level; four allOf around PRICE are 4 levels, accepted; five are refused.
        PliegoCondition four = PliegoCondition.allOf(PliegoCondition.allOf(PliegoCondition.allOf(
            PliegoCondition.allOf(PRICE))));
        PliegoCondition five = PliegoCondition.allOf(four);
        assertThat(PliegoRule.of(Combination.ALL, PRICE, four).conditions()).hasSize(2);
        assertThat(refused(() -> PliegoRule.of(Combination.ALL, PRICE, five)))
            .containsExactly("conditions[1] io.otp.scoring.abnormal.condition.depth".replace(KEY, ""));
    }

    @Test
    void aRuleMustLookAtThePrice() {
        PliegoCondition technical = PliegoCondition.technicalPoints(TechnicalComparison.BELOW, BigDecimal.TEN);
        assertThat(refused(() -> PliegoRule.of(Combination.ALL, technical))).containsExactly("conditions noPrice");
        assertThat(PliegoRule.of(Combination.ALL, technical, PliegoCondition.allOf(PRICE)).conditions()).hasSize(2);
    }

    @Test
    void theBelowMeanParameterIsMoreThanZeroAndLessThanAHundred() {
        // PRICE_BELOW_MEAN's X: 0 and 100 refused, 0.01 and 99.99 accepted.
        for (String bad : List.of("0", "100")) {
            ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> PliegoThreshold.builder().belowMean(Percentage.of(bad)).build());
            assertThat(e).isNotNull();
            assertThat(e.violations()).extracting(Violation::path).containsExactly("belowMean");
        }
        assertThat(PliegoThreshold.builder().belowMean(Percentage.of("0.01")).build().belowMean())
            .isEqualTo(Percentage.of("0.01"));
        assertThat(PliegoThreshold.builder().belowMean(Percentage.of("99.99")).build().belowMean())
            .isEqualTo(Percentage.of("99.99"));
    }

    @Test
    void theTechnicalMaximumOfTheBelowMeanRuleIsAboveZero() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> PliegoThreshold.builder()
            .belowMean(Percentage.of(10)).technicalShare(Percentage.of(50)).technicalMaximum(Points.ZERO).build());
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::path, Violation::messageKey).containsExactly(
            org.assertj.core.groups.Tuple.tuple("technicalMaximum", "io.otp.scoring.abnormal.technicalMaximum"));
        assertThat(PliegoThreshold.builder().belowMean(Percentage.of(10)).technicalShare(Percentage.of(50))
            .technicalMaximum(Points.of("0.01")).build().technicalMaximum()).contains(Points.of("0.01"));
    }
}
