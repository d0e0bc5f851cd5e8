package io.otp.scoring.abnormal;

import static io.otp.scoring.abnormal.Offers.bid;
import static io.otp.scoring.abnormal.Offers.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.party.BusinessGroupId;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.spi.AbnormalityRule;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Offers exactly at the limits of the pliego's rules (LCSP art. 149.2.b) and of the explanation each
 * assessment gives; every number is worked by hand in the comments, never with the rule under test.
 */
class BoundaryMutantsTest {

    private final AbnormalityRule pliego = AbnormalityRules.builtIns().require(AbnormalityRules.PLIEGO_RULE);
    private final AbnormalityRule belowMean = AbnormalityRules.builtIns().require(AbnormalityRules.PRICE_BELOW_MEAN);

    private static AbnormalityOffer scored(String bid, long euros, String technical) {
        return AbnormalityOffer.builder().bidId(BidId.of(bid)).bidder(OrganisationId.of("ORG-" + bid))
            .economicOffer(Money.euros(euros)).technicalScore(Points.of(technical)).build();
    }

    private static AbnormalityInput withRule(PliegoRule rule, AbnormalityOffer... offers) {
        return AbnormalityInput.builder().baseBudget(Money.euros(100_000)).addOffers(offers).pliegoRule(rule).build();
    }

    private OfferAssessment judge(PliegoRule rule, String bid, AbnormalityOffer... offers) {
        return pliego.evaluate(withRule(rule, offers)).offer(bid(bid)).orElseThrow();
    }

    // A price condition no offer below meets (limit 100,000 x 0.01 = 1,000), so that a rule can be made
    // of it and a technical condition, and the technical outcome read alone (position "2").
    private static final PliegoCondition NEVER_MET =
        PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, new BigDecimal("99"));

    private boolean technicalMet(PliegoCondition technical, String bid, AbnormalityOffer... offers) {
        ConditionOutcome outcome = judge(PliegoRule.of(Combination.ANY, NEVER_MET, technical), bid, offers)
            .conditions().get(1);
        assertThat(outcome.position()).isEqualTo("2");
        assertThat(outcome.kind()).isEqualTo(ConditionKind.TECHNICAL);
        return outcome.met();
    }

    @Test
    void aTechnicalScoreEqualToTheMeanIsNeitherAboveNorBelowIt() {
        // Technical points 30 + 40 + 50 = 120, mean 120 / 3 = 40.
        // B has exactly 40: not above, not below. C (50 > 40) is above; A (30 < 40) is below.
        AbnormalityOffer[] lot = {scored("A", 80_000, "30"), scored("B", 90_000, "40"), scored("C", 95_000, "50")};
        PliegoCondition above = PliegoCondition.technicalMean(TechnicalComparison.ABOVE);
        PliegoCondition below = PliegoCondition.technicalMean(TechnicalComparison.BELOW);
        assertThat(technicalMet(above, "B", lot)).isFalse();
        assertThat(technicalMet(below, "B", lot)).isFalse();
        assertThat(technicalMet(above, "C", lot)).isTrue();
        assertThat(technicalMet(below, "C", lot)).isFalse();
        assertThat(technicalMet(above, "A", lot)).isFalse();
        assertThat(technicalMet(below, "A", lot)).isTrue();
        ConditionOutcome outcome = judge(PliegoRule.of(Combination.ANY, NEVER_MET, above), "B", lot).conditions().get(1);
        assertThat(outcome.reference()).isEqualTo(ReferenceKind.TECHNICAL_MEAN);
        assertThat(outcome.limit().orElseThrow()).isEqualByComparingTo("40");
    }

    @Test
    void aTechnicalMeanThatDoesNotDivideExactlyIsComparedExactly() {
        // Technical points 40 + 40 + 41 = 121, mean 121 / 3 = 40.333...: 40 is below it and 41 above it.
        AbnormalityOffer[] lot = {scored("A", 80_000, "40"), scored("B", 90_000, "40"), scored("C", 95_000, "41")};
        assertThat(technicalMet(PliegoCondition.technicalMean(TechnicalComparison.ABOVE), "C", lot)).isTrue();
        assertThat(technicalMet(PliegoCondition.technicalMean(TechnicalComparison.ABOVE), "A", lot)).isFalse();
        assertThat(technicalMet(PliegoCondition.technicalMean(TechnicalComparison.BELOW), "A", lot)).isTrue();
    }

    @Test
    void aTechnicalScoreExactlyAtThePointsIsNeitherAboveNorBelow() {
        // Threshold 30 points: 30 is not below 30 nor above it; 29.99 is below, 30.01 above.
        AbnormalityOffer[] lot = {scored("A", 80_000, "29.99"), scored("B", 90_000, "30"), scored("C", 95_000, "30.01")};
        PliegoCondition below = PliegoCondition.technicalPoints(TechnicalComparison.BELOW, new BigDecimal("30"));
        PliegoCondition above = PliegoCondition.technicalPoints(TechnicalComparison.ABOVE, new BigDecimal("30"));
        assertThat(technicalMet(below, "A", lot)).isTrue();
        assertThat(technicalMet(below, "B", lot)).isFalse();
        assertThat(technicalMet(above, "B", lot)).isFalse();
        assertThat(technicalMet(above, "C", lot)).isTrue();
        assertThat(technicalMet(below, "C", lot)).isFalse();
        assertThat(technicalMet(above, "A", lot)).isFalse();
    }

    @Test
    void aTechnicalScoreExactlyAtTheShareOfTheMaximumIsNeitherAboveNorBelow() {
        // 60 % of a maximum of 50 = 50 x 60 / 100 = 30 points: the same limits as above.
        AbnormalityOffer[] lot = {scored("A", 80_000, "29.99"), scored("B", 90_000, "30"), scored("C", 95_000, "30.01")};
        PliegoCondition below = PliegoCondition.technicalShare(TechnicalComparison.BELOW, new BigDecimal("60"), Points.of(50));
        PliegoCondition above = PliegoCondition.technicalShare(TechnicalComparison.ABOVE, new BigDecimal("60"), Points.of(50));
        assertThat(technicalMet(below, "A", lot)).isTrue();
        assertThat(technicalMet(below, "B", lot)).isFalse();
        assertThat(technicalMet(above, "B", lot)).isFalse();
        assertThat(technicalMet(above, "C", lot)).isTrue();
        ConditionOutcome outcome = judge(PliegoRule.of(Combination.ANY, NEVER_MET, above), "B", lot).conditions().get(1);
        assertThat(outcome.reference()).isEqualTo(ReferenceKind.TECHNICAL_THRESHOLD);
        assertThat(outcome.limit().orElseThrow()).isEqualByComparingTo("30");
        assertThat(outcome.referenceAmount().orElseThrow()).isEqualByComparingTo("50");
    }

    @Test
    void anAssessmentRepeatsTheReferenceOfItsOnlyPriceConditionEvenWhenNotMet() {
        // C 100,000: the mean of the others is (80,000 + 90,000) / 2 = 85,000, the limit 85,000 x 0.90 = 76,500;
        // 100,000 is not below it, yet the assessment still shows that reference and limit.
        PliegoRule rule = PliegoRule.of(Combination.ALL,
            PliegoCondition.priceBelow(PriceReference.MEAN_OF_OTHERS, PriceMeasure.PERCENT, BigDecimal.TEN));
        OfferAssessment c = judge(rule, "C", offer("A", 80_000), offer("B", 90_000), offer("C", 100_000));
        assertThat(c.flagged()).isFalse();
        assertThat(c.reference()).isEqualTo(ReferenceKind.MEAN_OF_OTHERS);
        assertThat(c.referenceAmount().orElseThrow()).isEqualByComparingTo("85000");
        assertThat(c.limit().orElseThrow()).isEqualByComparingTo("76500");
        assertThat(c.units()).isEqualByComparingTo("10");
        assertThat(c.leftOutOfReference()).contains(bid("C"));
    }

    @Test
    void anAssessmentRepeatsTheReferenceOfRglcap85WhenItIsTheOnlyCondition() {
        // DOMAIN.md section 3: 76,000 / 90,000 / 95,000, budget 100,000 -> mean 87,000, limit 78,300.
        PliegoRule rule = PliegoRule.of(Combination.ALL, PliegoCondition.rglcap85());
        OfferAssessment a = judge(rule, "A", offer("A", 76_000), offer("B", 90_000), offer("C", 95_000));
        assertThat(a.flagged()).isTrue();
        assertThat(a.reference()).isEqualTo(ReferenceKind.MEAN);
        assertThat(a.referenceAmount().orElseThrow()).isEqualByComparingTo("87000");
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("78300");
        assertThat(a.leftOutOfReference()).isEmpty();
    }

    @Test
    void anAssessmentRepeatsTheFirstPriceConditionMetNotAnEarlierOneUnmet() {
        // A 76,000, budget 100,000. (1) more than 30 % below the budget: limit 70,000, not met.
        // (2) more than 10 % below the mean of all: (76,000 + 90,000 + 95,000) / 3 = 87,000, limit 78,300, met.
        PliegoRule rule = PliegoRule.of(Combination.ANY,
            PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, new BigDecimal("30")),
            PliegoCondition.priceBelow(PriceReference.MEAN_OF_ALL, PriceMeasure.PERCENT, BigDecimal.TEN));
        OfferAssessment a = judge(rule, "A", offer("A", 76_000), offer("B", 90_000), offer("C", 95_000));
        assertThat(a.conditions()).extracting(ConditionOutcome::met).containsExactly(false, true);
        assertThat(a.flagged()).isTrue();
        assertThat(a.reference()).isEqualTo(ReferenceKind.MEAN);
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("78300");
        assertThat(a.units()).isEqualByComparingTo("10");
    }

    @Test
    void anAssessmentRepeatsTheFirstOfTwoPriceConditionsMet() {
        // A 76,000. (1) more than 20 % below the budget: limit 80,000, met. (2) mean of all 87,000, limit 78,300, met.
        PliegoRule rule = PliegoRule.of(Combination.ALL,
            PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, new BigDecimal("20")),
            PliegoCondition.priceBelow(PriceReference.MEAN_OF_ALL, PriceMeasure.PERCENT, BigDecimal.TEN));
        OfferAssessment a = judge(rule, "A", offer("A", 76_000), offer("B", 90_000), offer("C", 95_000));
        assertThat(a.conditions()).extracting(ConditionOutcome::met).containsExactly(true, true);
        assertThat(a.reference()).isEqualTo(ReferenceKind.BUDGET);
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("80000");
        assertThat(a.units()).isEqualByComparingTo("20");
    }

    @Test
    void aRuleMeasuredOnlyAgainstTheBudgetHasNoOffersInItsReference() {
        // More than 20 % below the budget (limit 80,000): no offer enters any reference; with the mean of all,
        // every offer does.
        AbnormalityOffer[] lot = {offer("A", 76_000), offer("B", 90_000), offer("C", 95_000)};
        AbnormalityAssessment budget = pliego.evaluate(withRule(PliegoRule.of(Combination.ALL,
            PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, new BigDecimal("20"))), lot));
        AbnormalityAssessment mean = pliego.evaluate(withRule(PliegoRule.of(Combination.ALL,
            PliegoCondition.priceBelow(PriceReference.MEAN_OF_ALL, PriceMeasure.PERCENT, BigDecimal.TEN)), lot));
        assertThat(budget.flagged()).containsExactly(bid("A"));
        assertThat(budget.referenceOffers()).isEmpty();
        assertThat(budget.offersInReference(bid("A"))).isEmpty();
        assertThat(mean.referenceOffers()).containsExactly(bid("A"), bid("B"), bid("C"));
    }

    @Test
    void theLowestOtherOfferIsTheOnlyOfferInItsReference() {
        // A 70,000: the lowest other offer is B 80,000, limit 80,000 x 0.90 = 72,000, met.
        // B 80,000: the lowest other offer is A 70,000, limit 63,000, not met.
        PliegoRule rule = PliegoRule.of(Combination.ALL,
            PliegoCondition.priceBelow(PriceReference.LOWEST_OTHER, PriceMeasure.PERCENT, BigDecimal.TEN));
        AbnormalityAssessment result = pliego.evaluate(
            withRule(rule, offer("A", 70_000), offer("B", 80_000), offer("C", 90_000)));
        assertThat(result.flagged()).containsExactly(bid("A"));
        assertThat(result.offersInReference(bid("A"))).containsExactly(bid("B"));
        assertThat(result.offersInReference(bid("B"))).containsExactly(bid("A"));
        assertThat(result.offer(bid("A")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("72000");
    }

    @Test
    void anOfferOfAGroupIsJudgedWithItsGroupsRepresentativeUnderThePliegoRule() {
        // Art. 86: A 76,000 and B 80,000 are one group, represented by its lowest, A; C is alone.
        PliegoRule rule = PliegoRule.of(Combination.ALL,
            PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, new BigDecimal("20")));
        AbnormalityAssessment result = pliego.evaluate(
            withRule(rule, offer("A", 76_000, "G"), offer("B", 80_000, "G"), offer("C", 95_000)));
        assertThat(result.offer(bid("B")).orElseThrow().groupRepresentative()).contains(bid("A"));
        assertThat(result.offer(bid("A")).orElseThrow().groupRepresentative()).contains(bid("A"));
        assertThat(result.offer(bid("B")).orElseThrow().businessGroup()).contains(BusinessGroupId.of("G"));
        assertThat(result.offer(bid("C")).orElseThrow().groupRepresentative()).isEmpty();
    }

    @Test
    void theMeanOfTheOthersLeavesTheJudgedOfferOutOfItsReference() {
        // PRICE_BELOW_MEAN, X = 10: A 70,000 against (90,000 + 95,000) / 2 = 92,500, limit 83,250 -> flagged.
        AbnormalityInput input = AbnormalityInput.builder().baseBudget(Money.euros(100_000))
            .addOffers(offer("A", 70_000), offer("B", 90_000), offer("C", 95_000))
            .pliegoThreshold(PliegoThreshold.builder().belowMean(Percentage.of(10)).build()).build();
        AbnormalityAssessment result = belowMean.evaluate(input);
        assertThat(result.flagged()).containsExactly(bid("A"));
        assertThat(result.offersInReference(bid("A"))).containsExactly(bid("B"), bid("C"));
        assertThat(result.offersInReference(bid("C"))).containsExactly(bid("A"), bid("B"));
        assertThat(result.offer(bid("A")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("83250");
    }

    @Test
    void theRulesSayWhoTheyAre() {
        assertThat(belowMean.id()).isEqualTo("price-below-mean");
        assertThat(belowMean.name()).startsWith("Price more than X units below the mean of the other offers");
        assertThat(pliego.id()).isEqualTo("pliego-rule");
        assertThat(pliego.name()).contains("LCSP art. 149.2.b");
    }

    @Test
    void thePliegoRuleWithoutTheRuleAsDataIsRefusedWithItsPath() {
        AbnormalityInput input = Offers.input(100_000, PercentageUnits.RELATIVE, offer("A", 70_000));
        assertThatThrownBy(() -> pliego.evaluate(input)).isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations())
                .extracting(Violation::path, Violation::ruleId).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("pliegoRule", "LCSP-149.2.b")));
    }

    @Test
    void anInputFindsItsOffersByBid() {
        AbnormalityInput input = Offers.input(100_000, PercentageUnits.RELATIVE, offer("A", 70_000), offer("B", 80_000));
        assertThat(input.offer(bid("B")).orElseThrow().economicOffer()).isEqualTo(Money.euros(80_000));
        assertThat(input.offer(bid("Z"))).isEmpty();
    }

    @Test
    void theDecisionOnAJustificationNamesItsArticle() {
        // LCSP 149.4: an accepted justification; 149.6: an unjustified offer is excluded.
        assertThat(AbnormalOfferDecision.accepted(bid("A"), "costs explained").legalBasis()).isEqualTo("LCSP-149.4");
        assertThat(AbnormalOfferDecision.rejected(bid("A"), "no justification").legalBasis()).isEqualTo("LCSP-149.6");
    }

    @Test
    void theLimitsOfBothReadingsOfUnits() {
        // R = 87,000, B = 100,000, X = 10.
        // RELATIVE: below 87,000 x 0.90 = 78,300; above 87,000 x 1.10 = 95,700.
        // DISCOUNT_POINTS: 10 points of the budget = 10,000: below 77,000, above 97,000.
        BigDecimal r = new BigDecimal("87000");
        BigDecimal b = new BigDecimal("100000");
        assertThat(PercentageUnits.RELATIVE.lowerLimit(r, b, BigDecimal.TEN)).isEqualByComparingTo("78300");
        assertThat(PercentageUnits.RELATIVE.upperLimit(r, b, BigDecimal.TEN)).isEqualByComparingTo("95700");
        assertThat(PercentageUnits.DISCOUNT_POINTS.lowerLimit(r, b, BigDecimal.TEN)).isEqualByComparingTo("77000");
        assertThat(PercentageUnits.DISCOUNT_POINTS.upperLimit(r, b, BigDecimal.TEN)).isEqualByComparingTo("97000");
    }

    @Test
    void anAssessmentRepeatsAPriceConditionNotATechnicalOneBeforeIt() {
        // A 90,000, technical 40. (1) technical points above 30: met. (2) more than 20 % below the budget:
        // limit 80,000, not met. The assessment shows the price condition's reference, not the technical one.
        PliegoRule rule = PliegoRule.of(Combination.ALL,
            PliegoCondition.technicalPoints(TechnicalComparison.ABOVE, new BigDecimal("30")),
            PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, new BigDecimal("20")));
        OfferAssessment a = judge(rule, "A", scored("A", 90_000, "40"), scored("B", 95_000, "20"));
        assertThat(a.conditions()).extracting(ConditionOutcome::met).containsExactly(true, false);
        assertThat(a.flagged()).isFalse();
        assertThat(a.reference()).isEqualTo(ReferenceKind.BUDGET);
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("80000");
        assertThat(a.units()).isEqualByComparingTo("20");
    }

    @Test
    void anAssessmentRepeatsThePriceConditionInsideAGroupNotTheGroup() {
        // One group holding "more than 20 % below the budget" (limit 80,000): A 76,000 meets it.
        PliegoRule rule = PliegoRule.of(Combination.ALL, PliegoCondition.allOf(
            PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, new BigDecimal("20"))));
        OfferAssessment a = judge(rule, "A", offer("A", 76_000), offer("B", 95_000));
        assertThat(a.conditions()).extracting(ConditionOutcome::position).containsExactly("1", "1.1");
        assertThat(a.conditions()).extracting(ConditionOutcome::kind)
            .containsExactly(ConditionKind.GROUP, ConditionKind.PRICE);
        assertThat(a.flagged()).isTrue();
        assertThat(a.reference()).isEqualTo(ReferenceKind.BUDGET);
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("80000");
        assertThat(a.units()).isEqualByComparingTo("20");
    }

    @Test
    void aLotOfOneBidderHasNoMeanOfTheOthers() {
        // A 50,000 is the only offer: there are no other offers to average, so nothing is flagged and no
        // offer enters a reference (LCSP 149.2.b read with the rule: "the other offers").
        AbnormalityInput threshold = AbnormalityInput.builder().baseBudget(Money.euros(100_000))
            .addOffers(offer("A", 50_000))
            .pliegoThreshold(PliegoThreshold.builder().belowMean(Percentage.of(10)).build()).build();
        AbnormalityAssessment byThreshold = belowMean.evaluate(threshold);
        assertThat(byThreshold.flagged()).isEmpty();
        assertThat(byThreshold.referenceOffers()).isEmpty();
        assertThat(byThreshold.offer(bid("A")).orElseThrow().reference()).isEqualTo(ReferenceKind.NONE);
        AbnormalityAssessment byRule = pliego.evaluate(withRule(PliegoRule.of(Combination.ALL,
            PliegoCondition.priceBelow(PriceReference.MEAN_OF_OTHERS, PriceMeasure.PERCENT, BigDecimal.TEN)),
            offer("A", 50_000)));
        assertThat(byRule.flagged()).isEmpty();
        assertThat(byRule.offer(bid("A")).orElseThrow().reference()).isEqualTo(ReferenceKind.NONE);
        assertThat(byRule.offersInReference(bid("A"))).isEmpty();
    }

    @Test
    void offersInTheReferenceOfAnAssessmentBuiltByHand() {
        // A technical reference holds no offers; a lowest-other-offer reference holds the offer its own
        // condition names (B), not one named by a condition of another reference (X).
        ConditionOutcome mean = ConditionOutcome.builder().position("1").description("mean").kind(ConditionKind.PRICE)
            .legalId("LCSP-149.2.b").reference(ReferenceKind.MEAN).referenceOffer(bid("X")).met(false).build();
        ConditionOutcome lowest = ConditionOutcome.builder().position("2").description("lowest")
            .kind(ConditionKind.PRICE).legalId("LCSP-149.2.b").reference(ReferenceKind.LOWEST_OTHER_OFFER)
            .referenceOffer(bid("B")).met(true).build();
        OfferAssessment a = OfferAssessment.builder().bidId(bid("A")).economicOffer(Money.euros(70_000)).flagged(true)
            .clause(AbnormalityClause.LCSP_149_2_B).reference(ReferenceKind.LOWEST_OTHER_OFFER).units(BigDecimal.TEN)
            .addConditions(mean, lowest).build();
        OfferAssessment b = OfferAssessment.builder().bidId(bid("B")).economicOffer(Money.euros(80_000)).flagged(false)
            .clause(AbnormalityClause.LCSP_149_2_B).reference(ReferenceKind.TECHNICAL_MEAN).units(BigDecimal.ZERO)
            .build();
        OfferAssessment c = OfferAssessment.builder().bidId(bid("C")).economicOffer(Money.euros(90_000)).flagged(false)
            .clause(AbnormalityClause.LCSP_149_2_B).reference(ReferenceKind.TECHNICAL_THRESHOLD).units(BigDecimal.ZERO)
            .build();
        AbnormalityAssessment assessment = AbnormalityAssessment.builder().ruleId("by-hand")
            .baseBudget(Money.euros(100_000)).units(PercentageUnits.RELATIVE)
            .recomputeAfterExclusion(RecomputeAfterExclusion.NO).addOffers(a, b, c)
            .addReferenceOffers(bid("A"), bid("B"), bid("C")).build();
        assertThat(assessment.offersInReference(bid("A"))).containsExactly(bid("B"));
        assertThat(assessment.offersInReference(bid("B"))).isEmpty();
        assertThat(assessment.offersInReference(bid("C"))).isEmpty();
    }
}
