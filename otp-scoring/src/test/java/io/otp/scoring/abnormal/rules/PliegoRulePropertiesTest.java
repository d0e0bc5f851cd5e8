package io.otp.scoring.abnormal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import io.otp.scoring.abnormal.Combination;
import io.otp.scoring.abnormal.ConditionOutcome;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.abnormal.PercentageUnits;
import io.otp.scoring.abnormal.PliegoCondition;
import io.otp.scoring.abnormal.PliegoRule;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.abnormal.PriceMeasure;
import io.otp.scoring.abnormal.PriceReference;
import io.otp.scoring.abnormal.TechnicalComparison;
import io.otp.scoring.spi.AbnormalityRule;
import io.otp.scoring.testing.AbnormalityInputGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the built-in {@code pliego-rule} over random rules and lots. */
class PliegoRulePropertiesTest {

    private static final AbnormalityRules RULES = AbnormalityRules.standard();
    private static final AbnormalityRule AS_DATA = RULES.require(AbnormalityRules.PLIEGO_RULE);
    private static final AbnormalityRule BELOW_MEAN = RULES.require(AbnormalityRules.PRICE_BELOW_MEAN);

    @Test
    void theThresholdOfPriceBelowMeanWrittenAsDataFlagsTheSameOffers() {
        // "X units below the mean of the others [and technical above Y % of the maximum]" is a price
        // condition on the mean of the others, in the input's reading of units, [and a technical share].
        qt().forAll(AbnormalityInputGenerators.pliegoInputs()).checkAssert(input -> {
            PliegoThreshold t = input.pliegoThreshold().orElseThrow();
            PriceMeasure measure = input.units() == PercentageUnits.RELATIVE ? PriceMeasure.PERCENT
                : PriceMeasure.DISCOUNT_POINTS;
            PliegoRule.Builder rule = PliegoRule.builder().addConditions(
                PliegoCondition.priceBelow(PriceReference.MEAN_OF_OTHERS, measure, t.belowMean().value()));
            t.technicalShare().ifPresent(y -> rule.addConditions(PliegoCondition.technicalShare(
                TechnicalComparison.ABOVE, y.value(), t.technicalMaximum().orElseThrow())));
            AbnormalityInput asData = AbnormalityInput.builder().baseBudget(input.baseBudget()).units(input.units())
                .addAllOffers(withScores(input.offers())).pliegoRule(rule.build()).build();
            assertThat(AS_DATA.evaluate(asData).flagged()).isEqualTo(BELOW_MEAN.evaluate(input).flagged());
        });
    }

    private static List<AbnormalityOffer> withScores(List<AbnormalityOffer> offers) {
        List<AbnormalityOffer> out = new ArrayList<>();
        for (AbnormalityOffer o : offers) {
            AbnormalityOffer.Builder b = AbnormalityOffer.builder().bidId(o.bidId()).bidder(o.bidder())
                .economicOffer(o.economicOffer()).technicalScore(o.technicalScore()
                    .orElse(io.otp.core.money.Points.of(0)));
            o.businessGroup().ifPresent(b::businessGroup);
            out.add(b.build());
        }
        return out;
    }

    @Test
    void theVerdictIsTheCombinationOfTheTopLevelOutcomes() {
        qt().forAll(AbnormalityInputGenerators.pliegoRuleInputs()).checkAssert(input -> {
            PliegoRule rule = input.pliegoRule().orElseThrow();
            for (OfferAssessment offer : AS_DATA.evaluate(input).offers()) {
                List<Boolean> top = new ArrayList<>();
                for (ConditionOutcome o : offer.conditions()) {
                    if (!o.position().contains(".")) {
                        top.add(o.met());
                    }
                }
                assertThat(top).hasSameSizeAs(rule.conditions());
                boolean expected = rule.combination() == Combination.ALL ? !top.contains(false) : top.contains(true);
                assertThat(offer.flagged()).isEqualTo(expected);
            }
        });
    }

    @Test
    void permutingTheOffersChangesNothing() {
        qt().forAll(AbnormalityInputGenerators.pliegoRuleInputs(), org.quicktheories.generators.SourceDSL.longs().all())
            .checkAssert((input, seed) -> {
                List<AbnormalityOffer> shuffled = new ArrayList<>(input.offers());
                Collections.shuffle(shuffled, new Random(seed));
                AbnormalityInput other = AbnormalityInput.builder().baseBudget(input.baseBudget()).units(input.units())
                    .budgetReferencedLimits(input.budgetReferencedLimits()).pliegoRule(input.pliegoRule())
                    .addAllOffers(shuffled).build();
                AbnormalityAssessment a = AS_DATA.evaluate(input);
                assertThat(AS_DATA.evaluate(other)).isEqualTo(a);
            });
    }
}
