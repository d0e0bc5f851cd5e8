package io.otp.scoring.abnormal;

import static io.otp.scoring.abnormal.Offers.bid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.party.BusinessGroupId;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.spi.AbnormalityRule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the pliego's rule as data (LCSP art. 149.2.b); every limit is a hand calculation.
 *
 * <p>The lot: budget 100,000; offers A 70,000 (technical 20 of 50), B 85,000 (40), C 90,000 (35),
 * D 95,000 (45). Mean of all: 340,000 / 4 = 85,000. Mean of the technical points: 140 / 4 = 35.
 */
class PliegoRuleTest {

    private final AbnormalityRule rule = AbnormalityRules.builtIns().require(AbnormalityRules.PLIEGO_RULE);

    private static AbnormalityOffer offer(String id, long euros, int technical, String group) {
        AbnormalityOffer.Builder b = AbnormalityOffer.builder().bidId(BidId.of(id))
            .bidder(OrganisationId.of("ORG-" + id)).economicOffer(Money.euros(euros))
            .technicalScore(Points.of(technical));
        if (group != null) {
            b.businessGroup(BusinessGroupId.of(group));
        }
        return b.build();
    }

    private static List<AbnormalityOffer> lot() {
        return List.of(offer("A", 70_000, 20, null), offer("B", 85_000, 40, null), offer("C", 90_000, 35, null),
            offer("D", 95_000, 45, null));
    }

    private AbnormalityAssessment judge(PliegoRule pliego, List<AbnormalityOffer> offers) {
        return rule.evaluate(AbnormalityInput.builder().baseBudget(Money.euros(100_000)).addAllOffers(offers)
            .pliegoRule(pliego).build());
    }

    private static PliegoCondition price(PriceReference reference, PriceMeasure measure, long x) {
        return PliegoCondition.priceBelow(reference, measure, BigDecimal.valueOf(x));
    }

    @Test
    void moreThanXPercentBelowTheBudget() {
        // limit 100,000 x 0.80 = 80,000: A (70,000) flagged; an offer of exactly 80,000 is not.
        PliegoRule pliego = PliegoRule.of(Combination.ALL, price(PriceReference.BUDGET, PriceMeasure.PERCENT, 20));
        AbnormalityAssessment result = judge(pliego, List.of(offer("A", 70_000, 20, null),
            offer("E", 80_000, 30, null), offer("B", 85_000, 40, null)));
        assertThat(result.flagged()).containsExactly(bid("A"));
        OfferAssessment a = result.offer(bid("A")).orElseThrow();
        assertThat(a.reference()).isEqualTo(ReferenceKind.BUDGET);
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("80000");
        assertThat(a.clause()).isEqualTo(AbnormalityClause.LCSP_149_2_B);
        ConditionOutcome c = a.conditions().get(0);
        assertThat(c.position()).isEqualTo("1");
        assertThat(c.met()).isTrue();
        assertThat(c.description()).isEqualTo("price more than 20 % below the base budget");
        assertThat(c.legalId()).isEqualTo("LCSP-149.2.b");
        assertThat(result.offer(bid("E")).orElseThrow().flagged()).isFalse();
        assertThat(result.ruleId()).isEqualTo("pliego-rule");
    }

    @Test
    void belowTheMeanOfAllOffersInBothMeasures() {
        // mean of all 85,000. Percent: limit 85,000 x 0.90 = 76,500 -> A. Discount points: 85,000 - 100,000 x
        // 0.10 = 75,000 -> A. Euros: 85,000 - 15,000 = 70,000 -> A exactly at it, not flagged.
        assertThat(judge(PliegoRule.of(Combination.ALL, price(PriceReference.MEAN_OF_ALL, PriceMeasure.PERCENT, 10)),
            lot()).offer(bid("A")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("76500");
        AbnormalityAssessment points = judge(PliegoRule.of(Combination.ALL,
            price(PriceReference.MEAN_OF_ALL, PriceMeasure.DISCOUNT_POINTS, 10)), lot());
        assertThat(points.flagged()).containsExactly(bid("A"));
        assertThat(points.offer(bid("A")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("75000");
        AbnormalityAssessment euros = judge(PliegoRule.of(Combination.ALL,
            price(PriceReference.MEAN_OF_ALL, PriceMeasure.EUROS, 15_000)), lot());
        assertThat(euros.flagged()).isEmpty();
        assertThat(euros.offer(bid("A")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("70000");
        assertThat(euros.offersInReference(bid("A"))).containsExactly(bid("A"), bid("B"), bid("C"), bid("D"));
    }

    @Test
    void belowTheMeanOfTheOthersAndTheLowestOther() {
        // A: others (85 + 90 + 95) / 3 = 90,000, limit 81,000 -> flagged; B: others (70 + 90 + 95) / 3 = 85,000,
        // limit 76,500 -> not. Lowest other, 10,000 euros: A's lowest other is B, limit 75,000 -> flagged;
        // B's is A, limit 60,000.
        AbnormalityAssessment others = judge(PliegoRule.of(Combination.ALL,
            price(PriceReference.MEAN_OF_OTHERS, PriceMeasure.PERCENT, 10)), lot());
        assertThat(others.flagged()).containsExactly(bid("A"));
        assertThat(others.offer(bid("A")).orElseThrow().referenceAmount().orElseThrow()).isEqualByComparingTo("90000");
        assertThat(others.offer(bid("B")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("76500");
        assertThat(others.offersInReference(bid("A"))).containsExactly(bid("B"), bid("C"), bid("D"));
        AbnormalityAssessment lowest = judge(PliegoRule.of(Combination.ALL,
            price(PriceReference.LOWEST_OTHER, PriceMeasure.EUROS, 10_000)), lot());
        assertThat(lowest.flagged()).containsExactly(bid("A"));
        OfferAssessment b = lowest.offer(bid("B")).orElseThrow();
        assertThat(b.limit().orElseThrow()).isEqualByComparingTo("60000");
        assertThat(b.reference()).isEqualTo(ReferenceKind.LOWEST_OTHER_OFFER);
        assertThat(b.conditions().get(0).referenceOffer()).contains(bid("A"));
        assertThat(lowest.offersInReference(bid("B"))).containsExactly(bid("A"));
        assertThat(lowest.offersInReference(bid("A"))).containsExactly(bid("B"));
    }

    @Test
    void cumulativeOrAlternativeConditions() {
        // A: below the others' mean by 10 % (70,000 < 81,000) yes; more than 35 % below the budget (65,000) no.
        PliegoCondition mean = price(PriceReference.MEAN_OF_OTHERS, PriceMeasure.PERCENT, 10);
        PliegoCondition budget = price(PriceReference.BUDGET, PriceMeasure.PERCENT, 35);
        OfferAssessment all = judge(PliegoRule.of(Combination.ALL, mean, budget), lot()).offer(bid("A")).orElseThrow();
        OfferAssessment any = judge(PliegoRule.of(Combination.ANY, mean, budget), lot()).offer(bid("A")).orElseThrow();
        assertThat(all.flagged()).isFalse();
        assertThat(any.flagged()).isTrue();
        assertThat(all.conditions()).extracting(ConditionOutcome::met).containsExactly(true, false);
        assertThat(all.conditions()).extracting(ConditionOutcome::position).containsExactly("1", "2");
        // the assessment shows the condition that was met
        assertThat(any.limit().orElseThrow()).isEqualByComparingTo("81000");
    }

    @Test
    void technicalConditionsAreStrictAndExact() {
        // below 30 points: A (20). Below the mean 35: A only; C has exactly 35 and is not below it.
        // Above 60 % of 50 = 30: B (40), C (35), D (45).
        PliegoCondition cheap = price(PriceReference.BUDGET, PriceMeasure.PERCENT, 1);
        assertThat(judge(PliegoRule.of(Combination.ALL, cheap,
            PliegoCondition.technicalPoints(TechnicalComparison.BELOW, BigDecimal.valueOf(30))), lot()).flagged())
            .containsExactly(bid("A"));
        AbnormalityAssessment belowMean = judge(PliegoRule.of(Combination.ALL, cheap,
            PliegoCondition.technicalMean(TechnicalComparison.BELOW)), lot());
        assertThat(belowMean.flagged()).containsExactly(bid("A"));
        ConditionOutcome c = belowMean.offer(bid("C")).orElseThrow().conditions().get(1);
        assertThat(c.reference()).isEqualTo(ReferenceKind.TECHNICAL_MEAN);
        assertThat(c.limit().orElseThrow()).isEqualByComparingTo("35");
        assertThat(c.met()).isFalse();
        AbnormalityAssessment share = judge(PliegoRule.of(Combination.ALL, cheap,
            PliegoCondition.technicalShare(TechnicalComparison.ABOVE, BigDecimal.valueOf(60), Points.of(50))), lot());
        assertThat(share.flagged()).containsExactly(bid("B"), bid("C"), bid("D"));
        assertThat(share.offer(bid("A")).orElseThrow().conditions().get(1).limit().orElseThrow())
            .isEqualByComparingTo("30");
    }

    @Test
    void rglcap85OnThePriceOnly() {
        // n = 4: mean 85,000, upper limit 93,500 -> D (95,000) leaves; new mean (70 + 85 + 90) / 3 = 81,666.66...,
        // limit 245,000 x 0.3 = 73,500 -> A flagged by RGLCAP 85.4.
        OfferAssessment a = judge(PliegoRule.of(Combination.ALL, PliegoCondition.rglcap85()), lot())
            .offer(bid("A")).orElseThrow();
        assertThat(a.flagged()).isTrue();
        assertThat(a.conditions().get(0).legalId()).isEqualTo("RGLCAP-85.4");
        assertThat(a.conditions().get(0).reference()).isEqualTo(ReferenceKind.RECOMPUTED_MEAN);
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("73500");
    }

    @Test
    void nestedGroupsAreExplainedInOrder() {
        // (below the others' mean by 10 % or more than 20 % below the budget) and technical below 30 points.
        PliegoRule pliego = PliegoRule.of(Combination.ALL,
            PliegoCondition.anyOf(price(PriceReference.MEAN_OF_OTHERS, PriceMeasure.PERCENT, 10),
                price(PriceReference.BUDGET, PriceMeasure.PERCENT, 20)),
            PliegoCondition.technicalPoints(TechnicalComparison.BELOW, BigDecimal.valueOf(30)));
        OfferAssessment a = judge(pliego, lot()).offer(bid("A")).orElseThrow();
        assertThat(a.flagged()).isTrue();
        assertThat(a.conditions()).extracting(ConditionOutcome::position).containsExactly("1", "1.1", "1.2", "2");
        assertThat(a.conditions()).extracting(ConditionOutcome::met).containsExactly(true, true, true, true);
        assertThat(a.conditions().get(0).description()).isEqualTo(
            "(price more than 10 % below the mean of the other offers or price more than 20 % below the base budget)");
        assertThat(pliego.describe()).endsWith(" and technical points below 30 points");
        assertThat(judge(pliego, lot()).flagged()).containsExactly(bid("A"));
    }

    @Test
    void businessGroupsEnterTheMeanOnceByTheirLowestOffer() {
        // B (85,000) and C (90,000) in group G: B represents it. For C, the others are A and D:
        // (70,000 + 95,000) / 2 = 82,500, limit 74,250; C is judged with its own offer, 90,000: not flagged.
        // For A: others B and D, (85,000 + 95,000) / 2 = 90,000, limit 81,000: flagged.
        List<AbnormalityOffer> offers = List.of(offer("A", 70_000, 20, null), offer("B", 85_000, 40, "G"),
            offer("C", 90_000, 35, "G"), offer("D", 95_000, 45, null));
        AbnormalityAssessment result = judge(PliegoRule.of(Combination.ALL,
            price(PriceReference.MEAN_OF_OTHERS, PriceMeasure.PERCENT, 10)), offers);
        assertThat(result.offer(bid("C")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("74250");
        assertThat(result.offer(bid("A")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("81000");
        assertThat(result.offersInReference(bid("C"))).containsExactly(bid("A"), bid("D"));
        assertThat(result.flagged()).containsExactly(bid("A"));
    }

    @Test
    void oneOfferHasNoOtherOffersToCompareWith() {
        AbnormalityAssessment result = judge(PliegoRule.of(Combination.ANY,
            price(PriceReference.MEAN_OF_OTHERS, PriceMeasure.PERCENT, 10),
            price(PriceReference.LOWEST_OTHER, PriceMeasure.PERCENT, 10)), List.of(offer("A", 10, 1, null)));
        OfferAssessment a = result.offer(bid("A")).orElseThrow();
        assertThat(a.flagged()).isFalse();
        assertThat(a.conditions()).extracting(ConditionOutcome::reference)
            .containsExactly(ReferenceKind.NONE, ReferenceKind.NONE);
    }

    @Test
    void badConditionsNameTheFieldTheValueAndTheRule() {
        assertThatThrownBy(() -> price(PriceReference.BUDGET, PriceMeasure.PERCENT, 100))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.path() + " " + v.ruleId()).containsExactly("threshold LCSP-149.2.b"))
            .hasMessageContaining("100");
        assertThatThrownBy(() -> PliegoRule.of(Combination.ALL,
            PliegoCondition.technicalPoints(TechnicalComparison.BELOW, BigDecimal.TEN)))
            .isInstanceOf(ValidationException.class).hasMessageContaining("price");
        assertThatThrownBy(() -> PliegoCondition.builder().kind(ConditionKind.TECHNICAL)
            .reference(PriceReference.BUDGET).build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.path()).contains("reference", "comparison", "technicalReference"));
        assertThatThrownBy(() -> PliegoCondition.allOf())
            .isInstanceOf(ValidationException.class).hasMessageContaining("0");
        // a technical condition needs a technical score on every offer
        assertThatThrownBy(() -> AbnormalityInput.builder().baseBudget(Money.euros(100))
            .addOffers(Offers.offer("A", 50)).pliegoRule(PliegoRule.of(Combination.ALL,
                price(PriceReference.BUDGET, PriceMeasure.PERCENT, 10),
                PliegoCondition.technicalMean(TechnicalComparison.BELOW))).build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.path()).containsExactly("offers[0].technicalScore"));
    }
}
