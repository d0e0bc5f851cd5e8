package io.otp.scoring.abnormal;

import static io.otp.scoring.abnormal.Offers.bid;
import static io.otp.scoring.abnormal.Offers.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.spi.AbnormalityRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Worked examples of the pliego rule of LCSP art. 149.2.b; the numbers are hand calculations. */
class PriceBelowMeanRuleTest {

    private final AbnormalityRule rule = AbnormalityRules.builtIns().require(AbnormalityRules.PRICE_BELOW_MEAN);

    private static AbnormalityInput input(PliegoThreshold pliego, AbnormalityOffer... offers) {
        return AbnormalityInput.builder().baseBudget(Money.euros(100_000)).addOffers(offers)
            .pliegoThreshold(pliego).build();
    }

    private static PliegoThreshold tenBelow() {
        return PliegoThreshold.builder().belowMean(Percentage.of(10)).build();
    }

    private static PliegoThreshold tenBelowAndAbove60PercentOf50() {
        return PliegoThreshold.builder().belowMean(Percentage.of(10)).technicalShare(Percentage.of(60))
            .technicalMaximum(Points.of(50)).build();
    }

    @Test
    void flagsAnOfferMoreThanXBelowTheMeanOfTheOthers() {
        // A 70,000: mean of the others (90,000 + 95,000) / 2 = 92,500, limit 83,250 -> flagged.
        // B 90,000: others' mean 82,500, limit 74,250; C 95,000: others' mean 80,000, limit 72,000.
        AbnormalityAssessment result = rule.evaluate(
            input(tenBelow(), offer("A", 70_000), offer("B", 90_000), offer("C", 95_000)));
        OfferAssessment a = result.offer(bid("A")).orElseThrow();
        assertThat(result.flagged()).containsExactly(bid("A"));
        assertThat(a.clause()).isEqualTo(AbnormalityClause.LCSP_149_2_B);
        assertThat(a.reference()).isEqualTo(ReferenceKind.MEAN_OF_OTHERS);
        assertThat(a.referenceAmount().orElseThrow()).isEqualByComparingTo("92500");
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("83250");
        assertThat(result.offersInReference(a.bidId())).containsExactly(bid("B"), bid("C"));
        assertThat(a.technicalConditionMet()).isEmpty();
        assertThat(result.offer(bid("C")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("72000");
    }

    @Test
    void technicalConditionMustAlsoHold() {
        // Technical maximum 50, share 60 % -> the score must exceed 30.
        // A scores 40 > 30 -> flagged; with exactly 30 it is not ("exceeds" is strict).
        AbnormalityAssessment high = rule.evaluate(input(tenBelowAndAbove60PercentOf50(),
            offer("A", 70_000, 40), offer("B", 90_000, 30), offer("C", 95_000, 45)));
        AbnormalityAssessment atShare = rule.evaluate(input(tenBelowAndAbove60PercentOf50(),
            offer("A", 70_000, 30), offer("B", 90_000, 30), offer("C", 95_000, 45)));
        assertThat(high.flagged()).containsExactly(bid("A"));
        assertThat(high.offer(bid("A")).orElseThrow().technicalConditionMet()).contains(true);
        assertThat(atShare.flagged()).isEmpty();
        assertThat(atShare.offer(bid("A")).orElseThrow().technicalConditionMet()).contains(false);
    }

    @Test
    void aSingleOfferHasNoReferenceAndIsNotFlagged() {
        OfferAssessment only = rule.evaluate(input(tenBelow(), offer("A", 10_000))).offer(bid("A")).orElseThrow();
        assertThat(only.flagged()).isFalse();
        assertThat(only.reference()).isEqualTo(ReferenceKind.NONE);
        assertThat(only.limit()).isEmpty();
    }

    @Test
    void businessGroupLeavesItsOwnOffersOutOfTheMeanOfTheOthers() {
        // A and A2 are group G: for A2 the others are B and C only (mean 92,500, limit 83,250) -> 80,000 flagged.
        AbnormalityAssessment result = rule.evaluate(input(tenBelow(), offer("A", 70_000, "G"),
            offer("A2", 80_000, "G"), offer("B", 90_000), offer("C", 95_000)));
        OfferAssessment a2 = result.offer(bid("A2")).orElseThrow();
        assertThat(result.flagged()).containsExactly(bid("A"), bid("A2"));
        assertThat(result.offersInReference(a2.bidId())).containsExactly(bid("B"), bid("C"));
        assertThat(a2.groupRepresentative()).contains(bid("A"));
    }

    @Test
    void refusesToRunWithoutThePliegoParameters() {
        AbnormalityInput input = AbnormalityInput.builder().baseBudget(Money.euros(100_000))
            .addOffers(offer("A", 70_000)).build();
        assertThatThrownBy(() -> rule.evaluate(input)).isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations())
                .extracting(v -> v.path() + " " + v.ruleId()).containsExactly("pliegoThreshold LCSP-149.2.b"));
    }

    @Test
    void rejectsATechnicalConditionWithoutScores() {
        assertThatThrownBy(() -> input(tenBelowAndAbove60PercentOf50(), offer("A", 70_000), offer("B", 90_000, 60)))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(v -> v.path())
                .containsExactly("offers[0].technicalScore", "offers[1].technicalScore"));
    }

    @Test
    void rejectsOutOfRangeParameters() {
        assertThatThrownBy(() -> PliegoThreshold.builder().belowMean(Percentage.of(0))
            .technicalShare(Percentage.of(120)).build())
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(v -> v.path())
                .containsExactlyInAnyOrder("belowMean", "technicalMaximum", "technicalShare"));
    }

    @Test
    void eachReferenceIsTheMeanOfEveryOtherOfferListedForIt() {
        // The assessment keeps the reference offers once and each offer the one it leaves out; the list
        // rebuilt for an offer must be every other offer, and its mean the offer's reference amount.
        Gen<List<Integer>> amounts = SourceDSL.lists().of(SourceDSL.integers().between(1_000, 200_000))
            .ofSizeBetween(2, 40);
        qt().forAll(amounts).checkAssert(euros -> {
            List<AbnormalityOffer> offers = new ArrayList<>();
            for (int i = 0; i < euros.size(); i++) {
                offers.add(offer(String.format("X%03d", i), euros.get(i)));
            }
            AbnormalityAssessment result = rule.evaluate(input(tenBelow(), offers.toArray(new AbnormalityOffer[0])));
            Map<Object, AbnormalityOffer> byId = offers.stream()
                .collect(Collectors.toMap(AbnormalityOffer::bidId, Function.identity()));
            for (AbnormalityOffer o : offers) {
                List<BidId> in = result.offersInReference(o.bidId());
                assertThat(in).hasSize(offers.size() - 1).doesNotContain(o.bidId()).isSorted();
                BigDecimal sum = in.stream().map(b -> byId.get(b).economicOffer().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal mean = sum.divide(BigDecimal.valueOf(in.size()), java.math.MathContext.DECIMAL64);
                assertThat(result.offer(o.bidId()).orElseThrow().referenceAmount().orElseThrow())
                    .isEqualByComparingTo(mean);
            }
        });
    }

    @Test
    void anOfferExactlyAtTheLimitFromAMeanOfOthersThatDoesNotDivideIsNotFlagged() {
        // Others 65 + 67 + 68 = 200, mean 200/3 = 66.666...; limit x 0.90 = 60 exactly: 60 is not flagged.
        // (Rounding the mean first gives 60.000000000000003 and flags it.)
        AbnormalityInput input = AbnormalityInput.builder().baseBudget(Money.euros(100)).pliegoThreshold(tenBelow())
            .addOffers(offer("A", 60), offer("B", 65), offer("C", 67), offer("D", 68)).build();
        OfferAssessment a = rule.evaluate(input).offer(bid("A")).orElseThrow();
        assertThat(a.flagged()).isFalse();
        assertThat(a.limit().orElseThrow()).isEqualByComparingTo("60");
    }
}
