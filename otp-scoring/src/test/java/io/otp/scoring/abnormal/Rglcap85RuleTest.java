package io.otp.scoring.abnormal;

import static io.otp.scoring.abnormal.Offers.bid;
import static io.otp.scoring.abnormal.Offers.input;
import static io.otp.scoring.abnormal.Offers.offer;
import static io.otp.scoring.abnormal.PercentageUnits.DISCOUNT_POINTS;
import static io.otp.scoring.abnormal.PercentageUnits.RELATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.spi.AbnormalityRule;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Worked examples of RGLCAP arts. 85 and 86; the numbers are DOMAIN.md section 3 or hand calculations. */
class Rglcap85RuleTest {

    private final AbnormalityRule rule = AbnormalityRules.builtIns().require(AbnormalityRules.RGLCAP_85);

    private OfferAssessment judge(AbnormalityInput input, String bid) {
        return rule.evaluate(input).offer(bid(bid)).orElseThrow();
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    @Test
    void domainExampleThreeOffersFlagsTheLowest() {
        // DOMAIN.md section 3: budget 100,000; 76,000 / 90,000 / 95,000 -> mean 87,000, limit 78,300.
        AbnormalityInput input = input(100_000, RELATIVE, offer("A", 76_000), offer("B", 90_000), offer("C", 95_000));
        AbnormalityAssessment result = rule.evaluate(input);
        OfferAssessment a = result.offer(bid("A")).orElseThrow();
        assertThat(result.flagged()).containsExactly(bid("A"));
        assertThat(a.clause()).isEqualTo(AbnormalityClause.RGLCAP_85_3);
        assertThat(a.reference()).isEqualTo(ReferenceKind.MEAN);
        assertThat(a.referenceAmount().orElseThrow()).isEqualByComparingTo("87000");
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("78300");
        assertThat(result.offersInReference(a.bidId())).containsExactly(bid("A"), bid("B"), bid("C"));
        assertThat(result.ruleId()).isEqualTo("rglcap-85");
    }

    @Test
    void oneOfferIsJudgedAgainstTheBudgetStrictly() {
        // 85.1: limit 100,000 x 0.75 = 75,000; 74,999 is more than 25 units below, 75,000 is not.
        OfferAssessment below = judge(input(100_000, RELATIVE, offer("A", 74_999)), "A");
        OfferAssessment atLimit = judge(input(100_000, DISCOUNT_POINTS, offer("A", 75_000)), "A");
        assertThat(below.flagged()).isTrue();
        assertThat(below.clause()).isEqualTo(AbnormalityClause.RGLCAP_85_1);
        assertThat(below.reference()).isEqualTo(ReferenceKind.BUDGET);
        assertThat(below.limit().orElseThrow()).isEqualByComparingTo("75000");
        assertThat(atLimit.flagged()).isFalse();
        assertThat(atLimit.limit().orElseThrow()).isEqualByComparingTo("75000");
    }

    @Test
    void twoOffersDifferBetweenTheReadingsOfUnits() {
        // 85.2, budget 100,000, offers 70,000 and 90,000.
        // RELATIVE: limit for A = 90,000 x 0.80 = 72,000 -> 70,000 flagged; for B = 70,000 x 0.80 = 56,000.
        // DISCOUNT_POINTS: B's discount 10 points, limit = 10 + 20 = 30 points = 70,000 -> A exactly at it, not flagged.
        OfferAssessment relative = judge(input(100_000, RELATIVE, offer("A", 70_000), offer("B", 90_000)), "A");
        OfferAssessment discount = judge(input(100_000, DISCOUNT_POINTS, offer("A", 70_000), offer("B", 90_000)), "A");
        assertThat(relative.flagged()).isTrue();
        assertThat(relative.clause()).isEqualTo(AbnormalityClause.RGLCAP_85_2);
        assertThat(relative.reference()).isEqualTo(ReferenceKind.OTHER_OFFER);
        assertThat(rule.evaluate(input(100_000, RELATIVE, offer("A", 70_000), offer("B", 90_000)))
            .offersInReference(bid("A"))).containsExactly(bid("B"));
        assertThat(relative.limit().orElseThrow()).isEqualByComparingTo("72000");
        assertThat(discount.flagged()).isFalse();
        assertThat(discount.limit().orElseThrow()).isEqualByComparingTo("70000");
        assertThat(judge(input(100_000, RELATIVE, offer("A", 70_000), offer("B", 90_000)), "B").limit().orElseThrow())
            .isEqualByComparingTo("56000");
    }

    @Test
    void threeOffersAtExactlyTheLimitAreNotFlagged() {
        // 85.3: 78,300 + 90,000 + 92,700 = 261,000, mean 87,000, limit 78,300 -> not "more than" 10 units below.
        // The highest, 92,700, is not above 87,000 x 1.10 = 95,700, so it stays in the mean.
        AbnormalityAssessment result = rule.evaluate(
            input(100_000, RELATIVE, offer("A", 78_300), offer("B", 90_000), offer("C", 92_700)));
        assertThat(result.flagged()).isEmpty();
        assertThat(result.offer(bid("A")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("78300");
    }

    @Test
    void threeOffersDifferBetweenTheReadingsOfUnits() {
        // 77,500 / 90,000 / 93,500: mean 87,000.
        // RELATIVE limit 87,000 x 0.90 = 78,300 -> 77,500 flagged.
        // DISCOUNT_POINTS: mean discount 13 points; limit 23 points = 77,000 -> 77,500 (22.5 points) not flagged;
        // 25-unit clause limit 75,000 -> not flagged either.
        AbnormalityOffer[] offers = {offer("A", 77_500), offer("B", 90_000), offer("C", 93_500)};
        assertThat(judge(input(100_000, RELATIVE, offers), "A").flagged()).isTrue();
        OfferAssessment discount = judge(input(100_000, DISCOUNT_POINTS, offers), "A");
        assertThat(discount.flagged()).isFalse();
        assertThat(discount.limit().orElseThrow()).isEqualByComparingTo("77000");
    }

    @Test
    void threeOffersLeaveTheHighestOutOfTheMean() {
        // 76,000 / 80,000 / 100,000: mean 85,333.33; 100,000 > 85,333.33 x 1.10 = 93,866.67 -> left out.
        // New mean (76,000 + 80,000) / 2 = 78,000, limit 70,200 -> 76,000 not flagged
        // (with the first mean the limit would have been 76,800 and it would have been flagged).
        AbnormalityAssessment result = rule.evaluate(
            input(100_000, RELATIVE, offer("A", 76_000), offer("B", 80_000), offer("C", 100_000)));
        OfferAssessment a = result.offer(bid("A")).orElseThrow();
        assertThat(result.flagged()).isEmpty();
        assertThat(a.reference()).isEqualTo(ReferenceKind.RECOMPUTED_MEAN);
        assertThat(a.referenceAmount().orElseThrow()).isEqualByComparingTo("78000");
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("70200");
        assertThat(result.offersInReference(a.bidId())).containsExactly(bid("A"), bid("B"));
        assertThat(result.offer(bid("C")).orElseThrow().reference()).isEqualTo(ReferenceKind.RECOMPUTED_MEAN);
    }

    @Test
    void threeOffersMoreThan25UnitsBelowTheBudgetAreAbnormalInAnyCase() {
        // 74,000 / 78,000 / 80,000: mean 77,333.33, limit 69,600 -> 74,000 is not below the mean's limit,
        // but it is below 100,000 x 0.75 = 75,000 -> abnormal by the last sentence of 85.3.
        AbnormalityAssessment result = rule.evaluate(
            input(100_000, DISCOUNT_POINTS, offer("A", 74_000), offer("B", 78_000), offer("C", 80_000)));
        OfferAssessment a = result.offer(bid("A")).orElseThrow();
        assertThat(result.flagged()).containsExactly(bid("A"));
        assertThat(a.clause()).isEqualTo(AbnormalityClause.RGLCAP_85_3_BUDGET);
        assertThat(a.reference()).isEqualTo(ReferenceKind.BUDGET);
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("75000");
        assertThat(result.offer(bid("B")).orElseThrow().clause()).isEqualTo(AbnormalityClause.RGLCAP_85_3);
    }

    @Test
    void fourOffersWithExactlyThreeRemainingTakeTheNewMeanOfThoseThree() {
        // 50,000 / 52,000 / 54,000 / 100,000: mean 64,000; 100,000 is more than 10 units above it (RELATIVE
        // 70,400; DISCOUNT_POINTS its discount 0 % < 36 % - 10) -> left out. Three remain, not fewer than three
        // (85.4): the new mean is theirs, 156,000 / 3 = 52,000, a recomputed mean, not "the three lowest".
        for (PercentageUnits units : PercentageUnits.values()) {
            AbnormalityAssessment result = rule.evaluate(input(100_000, units, offer("A", 50_000),
                offer("B", 52_000), offer("C", 54_000), offer("D", 100_000)));
            OfferAssessment a = result.offer(bid("A")).orElseThrow();
            assertThat(a.reference()).isEqualTo(ReferenceKind.RECOMPUTED_MEAN);
            assertThat(a.referenceAmount().orElseThrow()).isEqualByComparingTo("52000");
            assertThat(result.offersInReference(a.bidId())).containsExactly(bid("A"), bid("B"), bid("C"));
            assertThat(result.flagged()).isEmpty();
        }
    }

    @Test
    void fourOrMoreOffersRecomputeTheMeanWithoutTheHighOnes() {
        // 72,000 / 80,000 / 82,000 / 84,000 / 100,000: mean 83,600; 100,000 > 91,960 (RELATIVE) and > 93,600
        // (DISCOUNT_POINTS) -> left out. New mean 318,000 / 4 = 79,500.
        // RELATIVE limit 71,550; DISCOUNT_POINTS limit 69,500 -> 72,000 not flagged in either reading
        // (with the first mean, 75,240 in RELATIVE, it would have been).
        for (PercentageUnits units : PercentageUnits.values()) {
            AbnormalityAssessment result = rule.evaluate(input(100_000, units, offer("A", 72_000),
                offer("B", 80_000), offer("C", 82_000), offer("D", 84_000), offer("E", 100_000)));
            OfferAssessment a = result.offer(bid("A")).orElseThrow();
            assertThat(result.flagged()).isEmpty();
            assertThat(a.clause()).isEqualTo(AbnormalityClause.RGLCAP_85_4);
            assertThat(a.reference()).isEqualTo(ReferenceKind.RECOMPUTED_MEAN);
            assertThat(a.referenceAmount().orElseThrow()).isEqualByComparingTo("79500");
            assertThat(a.limit().orElseThrow()).isEqualByComparingTo(units == RELATIVE ? "71550" : "69500");
            assertThat(result.offersInReference(a.bidId())).containsExactly(bid("A"), bid("B"), bid("C"), bid("D"));
        }
    }

    @Test
    void fourOffersFallBackToTheMeanOfTheThreeLowest() {
        // 50,000 / 64,000 / 99,000 / 100,000: mean 78,250; 99,000 and 100,000 > 86,075 -> left out, 2 remain,
        // so the new mean is that of the 3 lowest: 213,000 / 3 = 71,000, limit 63,900 -> only 50,000 flagged.
        AbnormalityAssessment result = rule.evaluate(input(100_000, RELATIVE, offer("A", 50_000),
            offer("B", 64_000), offer("C", 99_000), offer("D", 100_000)));
        OfferAssessment a = result.offer(bid("A")).orElseThrow();
        assertThat(result.flagged()).containsExactly(bid("A"));
        assertThat(a.reference()).isEqualTo(ReferenceKind.MEAN_OF_THREE_LOWEST);
        assertThat(a.referenceAmount().orElseThrow()).isEqualByComparingTo("71000");
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("63900");
        assertThat(result.offersInReference(a.bidId())).containsExactly(bid("A"), bid("B"), bid("C"));
    }

    @Test
    void businessGroupEntersWithItsLowestOfferAndAllItsOffersAreJudged() {
        // Art. 86: A (70,000) and A2 (75,000) are of group G; only A enters. Three bidders remain -> 85.3:
        // mean (70,000 + 90,000 + 92,000) / 3 = 84,000, 92,000 not above 92,400, limit 75,600.
        // A is flagged and so is A2 (75,000 < 75,600), judged against the same limit.
        AbnormalityAssessment result = rule.evaluate(input(100_000, RELATIVE, offer("A", 70_000, "G"),
            offer("A2", 75_000, "G"), offer("B", 90_000), offer("C", 92_000)));
        OfferAssessment a2 = result.offer(bid("A2")).orElseThrow();
        assertThat(result.flagged()).containsExactly(bid("A"), bid("A2"));
        assertThat(a2.clause()).isEqualTo(AbnormalityClause.RGLCAP_85_3);
        assertThat(a2.limit().orElseThrow()).isEqualByComparingTo("75600");
        assertThat(a2.groupRepresentative()).contains(bid("A"));
        assertThat(result.offersInReference(a2.bidId())).containsExactly(bid("A"), bid("B"), bid("C"));
    }

    @Test
    void withoutTheGroupTheSameOffersFollowClause85point4() {
        // The same four offers from four unrelated bidders: mean 81,750, 90,000 and 92,000 > 89,925 are left
        // out, 2 remain -> mean of the 3 lowest (70,000 + 75,000 + 90,000) / 3 = 78,333.33, limit 70,500:
        // A flagged, A2 not.
        AbnormalityAssessment result = rule.evaluate(input(100_000, RELATIVE, offer("A", 70_000),
            offer("A2", 75_000), offer("B", 90_000), offer("C", 92_000)));
        assertThat(result.flagged()).containsExactly(bid("A"));
        assertThat(result.offer(bid("A2")).orElseThrow().reference()).isEqualTo(ReferenceKind.MEAN_OF_THREE_LOWEST);
    }

    @Test
    void twoOffersOfOneGroupCountAsOneBidder() {
        // Art. 86: A and A2 are one bidder -> 85.1 against the budget: limit 75,000; A (74,000) flagged,
        // A2 (80,000) not.
        AbnormalityAssessment result = rule.evaluate(
            input(100_000, RELATIVE, offer("A", 74_000, "G"), offer("A2", 80_000, "G")));
        assertThat(result.flagged()).containsExactly(bid("A"));
        assertThat(result.offers()).extracting(OfferAssessment::clause)
            .containsOnly(AbnormalityClause.RGLCAP_85_1);
    }

    @Test
    void resultIsSortedByBidAndRecordsTheSettings() {
        AbnormalityInput input =
            input(100_000, DISCOUNT_POINTS, offer("C", 95_000), offer("A", 76_000), offer("B", 90_000));
        AbnormalityAssessment result = rule.evaluate(input);
        assertThat(result.offers()).extracting(OfferAssessment::bidId).containsExactly(bid("A"), bid("B"), bid("C"));
        assertThat(result.units()).isEqualTo(DISCOUNT_POINTS);
        assertThat(result.recomputeAfterExclusion()).isEqualTo(RecomputeAfterExclusion.NO);
        assertThat(result.offers()).extracting(OfferAssessment::units)
            .usingElementComparator(BigDecimal::compareTo).containsOnly(amount("10"));
        assertThat(result.baseBudget().amount()).isEqualByComparingTo("100000");
    }

    @Test
    void anOfferExactlyTenUnitsAboveTheMeanStaysInTheMean() {
        // 85.3: 76,000 + 76,000 + 88,000 = 240,000, mean 80,000; 88,000 = 80,000 x 1.10 is not MORE than 10
        // units above, so the mean is not recomputed. 85.4: 76,000 / 78,000 / 78,000 / 88,000, mean 80,000,
        // same limit 88,000 -> nothing left out; the limit below is 72,000 in both.
        AbnormalityAssessment three = rule.evaluate(
            input(100_000, RELATIVE, offer("A", 76_000), offer("B", 76_000), offer("C", 88_000)));
        AbnormalityAssessment four = rule.evaluate(input(100_000, RELATIVE, offer("A", 76_000),
            offer("B", 78_000), offer("C", 78_000), offer("D", 88_000)));
        assertThat(three.offers()).extracting(OfferAssessment::reference).containsOnly(ReferenceKind.MEAN);
        assertThat(four.offers()).extracting(OfferAssessment::reference).containsOnly(ReferenceKind.MEAN);
        assertThat(four.offer(bid("A")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("72000");
        assertThat(four.offersInReference(bid("A"))).hasSize(4);
    }

    @Test
    void anOfferExactlyAtALimitFromAMeanThatDoesNotDivideIsNotFlagged() {
        // 85.3, budget 78: 60 + 68 + 72 = 200, mean 200/3 = 66.666..., a repeating decimal.
        // 72 is not above 200/3 x 1.10 = 73.333..., so all three stay in the mean.
        // Limit: 200/3 x 0.90 = 60 exactly; 60 is not MORE than 10 units below, so not flagged.
        // (Rounding the mean first to 66.66666666666667 gives a limit of 60.000000000000003 and flags it.)
        // Budget clause: 78 x 0.75 = 58.5; 60 is above it.
        AbnormalityAssessment result = rule.evaluate(
            input(78, RELATIVE, offer("A", 60), offer("B", 68), offer("C", 72)));
        OfferAssessment a = result.offer(bid("A")).orElseThrow();
        assertThat(a.flagged()).isFalse();
        assertThat(a.clause()).isEqualTo(AbnormalityClause.RGLCAP_85_3);
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("60");
        assertThat(result.flagged()).isEmpty();
        // one cent lower: 59.99 + 68 + 72 = 199.99, limit 199.99 x 0.3 = 59.997 > 59.99 -> flagged.
        AbnormalityInput lower = AbnormalityInput.builder().baseBudget(io.otp.core.money.Money.euros(78))
            .addOffers(offer("A", "59.99"), offer("B", 68), offer("C", 72))
            .build();
        assertThat(rule.evaluate(lower).flagged()).containsExactly(bid("A"));
    }

    @Test
    void budgetReferencedLimitsCanBeLeftOutAsTheMadridTribunalReads85() {
        // One offer of 74,999 on a budget of 100,000: 85.1 limit 75,000 -> flagged when applied (TACRC 1020/2017);
        // left out (TACPCM), a single offer has no reference and is never flagged.
        AbnormalityInput one = input(100_000, BudgetReferencedLimits.OMIT, offer("A", 74_999));
        OfferAssessment omitted = judge(one, "A");
        assertThat(judge(input(100_000, RELATIVE, offer("A", 74_999)), "A").flagged()).isTrue();
        assertThat(omitted.flagged()).isFalse();
        assertThat(omitted.reference()).isEqualTo(ReferenceKind.NONE);
        assertThat(omitted.limit()).isEmpty();
        assertThat(rule.evaluate(one).budgetReferencedLimits()).isEqualTo(BudgetReferencedLimits.OMIT);

        // 85.3, budget 100,000: 74,000 / 76,000 / 80,000, sum 230,000, mean 76,666.66..., 80,000 stays
        // (not above 84,333.33...); mean limit = 230,000 x 0.3 = 69,000 -> 74,000 not below it; but 74,000 is
        // more than 25 units below the budget (75,000): flagged by the last sentence of 85.3 when applied only.
        AbnormalityInput three = input(100_000, RELATIVE, offer("A", 74_000), offer("B", 76_000), offer("C", 80_000));
        OfferAssessment applied = judge(three, "A");
        OfferAssessment left = judge(input(100_000, BudgetReferencedLimits.OMIT,
            offer("A", 74_000), offer("B", 76_000), offer("C", 80_000)), "A");
        assertThat(applied.flagged()).isTrue();
        assertThat(applied.clause()).isEqualTo(AbnormalityClause.RGLCAP_85_3_BUDGET);
        assertThat(applied.limit().orElseThrow()).isEqualByComparingTo("75000");
        assertThat(left.flagged()).isFalse();
        assertThat(left.clause()).isEqualTo(AbnormalityClause.RGLCAP_85_3);
        assertThat(left.limit().orElseThrow()).isEqualByComparingTo("69000");
        // 75,000 exactly is not MORE than 25 units below the budget, even when applied
        AbnormalityInput atBudgetLimit =
            input(100_000, RELATIVE, offer("A", 75_000), offer("B", 76_000), offer("C", 80_000));
        assertThat(judge(atBudgetLimit, "A").flagged()).isFalse();
    }
}
