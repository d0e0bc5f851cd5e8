package io.otp.scoring.evaluation;

import static io.otp.scoring.evaluation.EvaluationFixtures.BY;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.L1;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.TENDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.tender.Bid;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Tender;
import io.otp.scoring.abnormal.Combination;
import io.otp.scoring.abnormal.PliegoCondition;
import io.otp.scoring.abnormal.PliegoRule;
import io.otp.scoring.abnormal.PriceMeasure;
import io.otp.scoring.abnormal.PriceReference;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * LCSP art. 149.2.a: with price the only criterion, RGLCAP art. 85 applies only "en defecto de previsión en
 * los pliegos"; a pliego that sets its own parameters must be followed (DOMAIN.md: "if price is the only
 * criterion and the pliego is silent, RGLCAP art. 85 applies").
 */
class AbnormalityPrecedenceTest {

    private static Bid bid(String id, String bidder, String offer) {
        return Bid.builder().id(BidId.of(id)).tender(TENDER).lot(L1).bidder(OrganisationId.of(bidder))
            .economicOffer(Money.euros(offer)).submittedAt(Instant.parse("2026-04-20T10:00:00Z")).build();
    }

    @Test
    void aPriceOnlyLotWhosePliegoSetsItsOwnRuleIsJudgedByThatRuleNotByRglcap85() {
        // Budget 100,000; offers 76,000 / 90,000 / 95,000 (DOMAIN.md section 3). The pliego: abnormal when more
        // than 30 % below the budget, limit 70,000: no offer is abnormal. RGLCAP 85.3 (mean 87,000, limit 78,300)
        // would flag B1, but the pliego is not silent.
        Tender tender = EvaluationFixtures.tender(null,
            EvaluationFixtures.price(100, FormulaReference.of("inverse-proportional")));
        PliegoRule pliego = PliegoRule.of(Combination.ALL,
            PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, BigDecimal.valueOf(30)));
        EvaluationSettings settings = EvaluationSettings.builder().pliegoRule(pliego).build();
        Evaluation e = Evaluation.start(tender, L1, settings, BY)
            .registerBid(bid("B1", "A58818501", "76000.00"), BY)
            .registerBid(bid("B2", "B12345674", "90000.00"), BY)
            .registerBid(bid("B3", "B87654323", "95000.00"), BY)
            .sealValueJudgment(BY).applyTechnicalThreshold(BY).openFormulaEnvelope(BY)
            .scoreFormulaCriteria(BY).detectAbnormalOffers(BY);

        assertThat(e.abnormality().orElseThrow().ruleId()).isEqualTo(AbnormalityRules.PLIEGO_RULE);
        assertThat(e.abnormality().orElseThrow().flagged()).isEmpty();
    }

    @Test
    void aPriceOnlyLotWhosePliegoSetsAThresholdIsJudgedByItAndWithoutOneByRglcap85() {
        // Same offers. The pliego: more than 15 units below the mean of the other offers. B1: others' mean
        // (90,000 + 95,000) / 2 = 92,500, limit 92,500 x 0.85 = 78,625; 76,000 is below: flagged. Without the
        // threshold, RGLCAP 85.3 flags B1 too (limit 78,300), under its own rule id.
        Tender tender = EvaluationFixtures.tender(null,
            EvaluationFixtures.price(100, FormulaReference.of("inverse-proportional")));
        EvaluationSettings withThreshold = EvaluationSettings.builder().pliegoThreshold(
            io.otp.scoring.abnormal.PliegoThreshold.builder().belowMean(io.otp.core.money.Percentage.of(15)).build())
            .build();
        for (EvaluationSettings settings : java.util.List.of(withThreshold, EvaluationSettings.defaults())) {
            Evaluation e = Evaluation.start(tender, L1, settings, BY)
                .registerBid(bid("B1", "A58818501", "76000.00"), BY)
                .registerBid(bid("B2", "B12345674", "90000.00"), BY)
                .registerBid(bid("B3", "B87654323", "95000.00"), BY)
                .sealValueJudgment(BY).applyTechnicalThreshold(BY).openFormulaEnvelope(BY)
                .scoreFormulaCriteria(BY).detectAbnormalOffers(BY);
            assertThat(e.abnormality().orElseThrow().ruleId()).isEqualTo(settings == withThreshold
                ? AbnormalityRules.PRICE_BELOW_MEAN : AbnormalityRules.RGLCAP_85);
            assertThat(e.abnormality().orElseThrow().flagged()).containsExactly(BidId.of("B1"));
        }
    }
}
