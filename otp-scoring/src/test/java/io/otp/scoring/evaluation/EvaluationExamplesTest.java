package io.otp.scoring.evaluation;

import static io.otp.scoring.evaluation.EvaluationFixtures.BY;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.COMMITTEE;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.L1;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.PRICE;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.TENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Direction;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TieBreakData;
import io.otp.scoring.ScoringException;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.abnormal.RecomputeAfterExclusion;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.formula.RoundingPolicy;
import io.otp.scoring.formula.RoundingStage;
import io.otp.scoring.ranking.ExclusionReason;
import io.otp.scoring.ranking.RankedBid;
import io.otp.scoring.ranking.TieBreak;
import io.otp.scoring.ranking.TieBreakCriterion;
import io.otp.scoring.ranking.TieBreakStep;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Worked examples of the pipeline; every figure is computed by hand in the comment above it. */
class EvaluationExamplesTest {

    private static final BidId B1 = BidId.of("B1");
    private static final BidId B2 = BidId.of("B2");
    private static final BidId B3 = BidId.of("B3");
    private static final BidId B4 = BidId.of("B4");

    private static Tender priceOnly() {
        return EvaluationFixtures.tender(null, EvaluationFixtures.price(100, FormulaReference.of("inverse-proportional")));
    }

    private static Bid bid(String id, String bidder, String offer, TieBreakData data) {
        return Bid.builder().id(BidId.of(id)).tender(TENDER).lot(L1).bidder(OrganisationId.of(bidder))
            .economicOffer(Money.euros(offer)).submittedAt(Instant.parse("2026-04-20T10:00:00Z")).tieBreakData(data)
            .build();
    }

    private static BigDecimal points(EvaluationResult r, BidId bid) {
        return r.bid(bid).orElseThrow().score(PRICE).orElseThrow().points();
    }

    private static Evaluation opened(Tender tender, EvaluationSettings settings, Bid... bids) {
        Evaluation e = Evaluation.start(tender, L1, settings, BY);
        for (Bid b : bids) {
            e = e.registerBid(b, BY);
        }
        return e.sealValueJudgment(BY).applyTechnicalThreshold(BY).openFormulaEnvelope(BY);
    }

    @Test
    void recomputesThePricePointsWithoutTheRejectedOfferWhenThePliegoSaysSo() {
        // The worked example with recomputeAfterExclusion YES: B4 (50,000.00) is rejected, B3 is below
        // the threshold, so the lowest admitted offer becomes B1's 80,000.00. B1: 60 × 80000 / 80000 =
        // 60.00; B2: 60 × 80000 / 90000 = 53.333… → 53.33. Totals: B1 32.00 + 60.00 = 92.00, B2 36.00 +
        // 53.33 = 89.33 (without recomputation they were 69.50 and 69.33).
        EvaluationSettings settings = EvaluationSettings.builder().addAllCommittee(COMMITTEE)
            .addAllDeclarations(EvaluationFixtures.dacis(COMMITTEE))
            .pliegoThreshold(PliegoThreshold.builder().belowMean(Percentage.of(20)).build())
            .recomputeAfterExclusion(RecomputeAfterExclusion.YES).build();
        Evaluation e = Evaluation.start(EvaluationWorkedExampleTest.tender(), L1, settings, BY)
            .registerBid(EvaluationFixtures.bid("B1", "A58818501", "80000.00"), BY)
            .registerBid(EvaluationFixtures.bid("B2", "B12345674", "90000.00"), BY)
            .registerBid(EvaluationFixtures.bid("B3", "B87654323", "70000.00"), BY)
            .registerBid(EvaluationFixtures.bid("B4", "A28017895", "50000.00"), BY)
            .recordScores(EvaluationFixtures.in(EvaluationPhase.VALUE_JUDGMENT).recordedScores(), BY)
            .sealValueJudgment(BY).applyTechnicalThreshold(BY).openFormulaEnvelope(BY).scoreFormulaCriteria(BY)
            .detectAbnormalOffers(BY);
        // before the decision B1 has 60 × 50000 / 80000 = 37.50
        assertThat(points(e.result(), B1)).isEqualByComparingTo("37.50");
        e = e.decideJustification(EvaluationFixtures.REJECT_B4, BY);

        assertThat(e.recomputed()).isTrue();
        EvaluationResult r = e.rank(BY).breakTies(BY).proposeAward(BY).result();
        assertThat(r.recomputedAfterExclusion()).isTrue();
        assertThat(points(r, B1)).isEqualByComparingTo("60.00");
        assertThat(points(r, B2)).isEqualByComparingTo("53.33");
        assertThat(r.bid(B1).orElseThrow().total()).isEqualTo(Points.of("92.00"));
        assertThat(r.bid(B2).orElseThrow().total()).isEqualTo(Points.of("89.33"));
        assertThat(r.bid(B1).orElseThrow().score(PRICE).orElseThrow().inputs()).containsEntry("lowestOffer",
            new BigDecimal("80000.00"));
        assertThat(r.proposal().orElseThrow().proposed().orElseThrow().bid()).isEqualTo(B1);
        // the default (no recomputation) keeps 37.50 for B1
        assertThat(points(EvaluationFixtures.in(EvaluationPhase.AWARD_PROPOSED).result(), B1))
            .isEqualByComparingTo("37.50");
    }

    @Test
    void aMultiCriteriaLotWithoutParametersSaysSoInTheResult() {
        // LCSP art. 149.2.b: the pliego must set the parameters; without them no offer is checked, and the
        // result says so instead of passing over the step in silence.
        EvaluationSettings none = EvaluationSettings.builder().addAllCommittee(COMMITTEE)
            .addAllDeclarations(EvaluationFixtures.dacis(COMMITTEE)).build();
        Evaluation e = Evaluation.start(EvaluationWorkedExampleTest.tender(), L1, none, BY);
        assertThat(none.violations(e.lot())).extracting(v -> v.path() + " " + v.ruleId())
            .containsExactly("pliegoRule LCSP-149.2.b");
        assertThat(e.result().findings()).extracting(EvaluationFinding::ruleId).containsExactly("LCSP-149.2.b");
        assertThat(e.result().findings().get(0).message()).contains(L1.toString()).contains("149.2.b");
        // with the pliego's rule as data, nothing to report; and a price-only lot needs none (RGLCAP 85 applies)
        EvaluationSettings withRule = EvaluationSettings.builder().addAllCommittee(COMMITTEE)
            .addAllDeclarations(EvaluationFixtures.dacis(COMMITTEE))
            .pliegoRule(io.otp.scoring.abnormal.PliegoRule.of(io.otp.scoring.abnormal.Combination.ALL,
                io.otp.scoring.abnormal.PliegoCondition.priceBelow(io.otp.scoring.abnormal.PriceReference.MEAN_OF_OTHERS,
                    io.otp.scoring.abnormal.PriceMeasure.PERCENT, BigDecimal.valueOf(20)))).build();
        assertThat(withRule.violations(e.lot())).isEmpty();
        assertThat(EvaluationSettings.defaults().violations(priceOnly().lots().get(0))).isEmpty();
    }

    @Test
    void thePliegoRuleAsDataRunsInThePipelineAndFlagsAsTheThresholdDoes() {
        // The worked example: B3 (70,000.00) is below the technical threshold, so B1 80,000.00, B2 90,000.00 and
        // B4 50,000.00 are judged. B4: the others' mean (80,000 + 90,000) / 2 = 85,000, limit x 0.80 = 68,000 ->
        // flagged. B1: (90,000 + 50,000) / 2 = 70,000, limit 56,000 -> not; B2: (80,000 + 50,000) / 2 = 65,000,
        // limit 52,000 -> not. The technical condition "above 0 points" holds for every admitted bid.
        EvaluationSettings settings = EvaluationSettings.builder().addAllCommittee(COMMITTEE)
            .addAllDeclarations(EvaluationFixtures.dacis(COMMITTEE))
            .pliegoRule(io.otp.scoring.abnormal.PliegoRule.of(io.otp.scoring.abnormal.Combination.ALL,
                io.otp.scoring.abnormal.PliegoCondition.priceBelow(io.otp.scoring.abnormal.PriceReference.MEAN_OF_OTHERS,
                    io.otp.scoring.abnormal.PriceMeasure.PERCENT, BigDecimal.valueOf(20)),
                io.otp.scoring.abnormal.PliegoCondition.technicalPoints(io.otp.scoring.abnormal.TechnicalComparison.ABOVE,
                    BigDecimal.ZERO))).build();
        Evaluation e = Evaluation.start(EvaluationWorkedExampleTest.tender(), L1, settings, BY)
            .registerBid(EvaluationFixtures.bid("B1", "A58818501", "80000.00"), BY)
            .registerBid(EvaluationFixtures.bid("B2", "B12345674", "90000.00"), BY)
            .registerBid(EvaluationFixtures.bid("B3", "B87654323", "70000.00"), BY)
            .registerBid(EvaluationFixtures.bid("B4", "A28017895", "50000.00"), BY)
            .recordScores(EvaluationFixtures.in(EvaluationPhase.VALUE_JUDGMENT).recordedScores(), BY)
            .sealValueJudgment(BY).applyTechnicalThreshold(BY).openFormulaEnvelope(BY).scoreFormulaCriteria(BY)
            .detectAbnormalOffers(BY);
        io.otp.scoring.abnormal.AbnormalityAssessment a = e.abnormality().orElseThrow();
        assertThat(a.ruleId()).isEqualTo(AbnormalityRules.PLIEGO_RULE);
        assertThat(a.flagged()).containsExactly(BidId.of("B4"));
        assertThat(a.offer(BidId.of("B4")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("68000");
        assertThat(a.offer(BidId.of("B1")).orElseThrow().limit().orElseThrow()).isEqualByComparingTo("56000");
        assertThat(a.offer(BidId.of("B4")).orElseThrow().conditions()).extracting(c -> c.met())
            .containsExactly(true, true);
        assertThat(e.result().findings()).isEmpty();
    }

    @Test
    void aPriceOnlyLotIsCheckedByRglcap85WithoutBeingTold() {
        // DOMAIN.md section 3: budget 100,000, offers 76,000 / 90,000 / 95,000. Mean 87,000; the highest,
        // 95,000, is not more than 10 units above it (95,700), so the mean stays; limit 87,000 × 0.90 =
        // 78,300 and 76,000 is below it: abnormal (3 bidders, RGLCAP art. 85.3).
        Evaluation e = opened(priceOnly(), EvaluationSettings.defaults(),
            bid("B1", "A58818501", "76000.00", TieBreakData.none()),
            bid("B2", "B12345674", "90000.00", TieBreakData.none()),
            bid("B3", "B87654323", "95000.00", TieBreakData.none()))
            .scoreFormulaCriteria(BY).detectAbnormalOffers(BY);

        assertThat(e.abnormality().orElseThrow().ruleId()).isEqualTo(AbnormalityRules.RGLCAP_85);
        assertThat(e.abnormality().orElseThrow().flagged()).containsExactly(B1);
        assertThat(e.phase()).isEqualTo(EvaluationPhase.ABNORMAL_OFFERS_PENDING);
        // Justified: B1 stays. Points: B1 100.00; B2 100 × 76000 / 90000 = 84.444… → 84.44;
        // B3 100 × 76000 / 95000 = 80.00.
        EvaluationResult r = e.decideJustification(AbnormalOfferDecision.accepted(B1,
            "Justifica los costes con su convenio y economías de escala"), BY).rank(BY).breakTies(BY).result();
        assertThat(points(r, B1)).isEqualByComparingTo("100.00");
        assertThat(points(r, B2)).isEqualByComparingTo("84.44");
        assertThat(points(r, B3)).isEqualByComparingTo("80.00");
        assertThat(r.ranking().orElseThrow().order()).containsExactly(B1, B2, B3);
    }

    @Test
    void anOfferAboveTheBudgetIsExcludedWhenTheEnvelopeIsOpened() {
        // Budget 100,000.00; B2 offers 100,500.00 and is excluded (RGLCAP art. 84). RGLCAP art. 85 with
        // the two others: 95,000 is not more than 20 units below 99,000 (limit 79,200). Points:
        // B3 100.00; B1 100 × 95000 / 99000 = 95.959… → 95.96.
        Evaluation e = opened(priceOnly(), EvaluationSettings.defaults(),
            bid("B1", "A58818501", "99000.00", TieBreakData.none()),
            bid("B2", "B12345674", "100500.00", TieBreakData.none()),
            bid("B3", "B87654323", "95000.00", TieBreakData.none()));

        assertThat(e.exclusions()).singleElement().satisfies(x -> {
            assertThat(x.bid()).isEqualTo(B2);
            assertThat(x.reason()).isEqualTo(ExclusionReason.ABOVE_BUDGET);
            assertThat(x.reason().ruleId()).isEqualTo("RGLCAP-84");
        });
        assertThat(e.admitted()).containsExactly(B1, B3);
        EvaluationResult r = e.scoreFormulaCriteria(BY).detectAbnormalOffers(BY).rank(BY).breakTies(BY).result();
        assertThat(r.bid(B2).orElseThrow().score(PRICE)).isEmpty();
        assertThat(points(r, B3)).isEqualByComparingTo("100.00");
        assertThat(points(r, B1)).isEqualByComparingTo("95.96");
        assertThat(r.ranking().orElseThrow().order()).containsExactly(B3, B1);
    }

    @Test
    void anOfferAboveTheBudgetIsKeptWhenThePliegoAllowsIt() {
        // Same bids, offersAboveBudgetAllowed. RGLCAP art. 85 with 3: mean (99,000 + 100,500 + 95,000) / 3
        // = 98,166.67, limit 88,350: nobody flagged. Points: B3 100.00, B1 95.96,
        // B2 100 × 95000 / 100500 = 94.527… → 94.53.
        Evaluation e = opened(priceOnly(), EvaluationSettings.builder().offersAboveBudgetAllowed(true).build(),
            bid("B1", "A58818501", "99000.00", TieBreakData.none()),
            bid("B2", "B12345674", "100500.00", TieBreakData.none()),
            bid("B3", "B87654323", "95000.00", TieBreakData.none()));

        assertThat(e.exclusions()).isEmpty();
        assertThat(e.admitted()).containsExactly(B1, B2, B3);
        EvaluationResult r = e.scoreFormulaCriteria(BY).detectAbnormalOffers(BY).rank(BY).breakTies(BY).result();
        assertThat(points(r, B2)).isEqualByComparingTo("94.53");
        assertThat(points(r, B1)).isEqualByComparingTo("95.96");
        assertThat(r.ranking().orElseThrow().order()).containsExactly(B3, B1, B2);
    }

    @Test
    void aWithdrawalMovesTheProposalToTheNextAndCosts3PercentOfTheBudget() {
        // Worked example: B1 proposed, B2 next. Penalty: 3 % of 100,000.00 (VAT excluded) = 3,000.00
        // (not of the 121,000.00 with VAT, which would be 3,630.00).
        Evaluation proposed = EvaluationFixtures.in(EvaluationPhase.AWARD_PROPOSED);
        assertThat(proposed.proposal().orElseThrow().proposed().orElseThrow().bid()).isEqualTo(B1);

        Evaluation once = proposed.withdrawProposedBidder("No aportó la documentación en 10 días hábiles", BY);

        assertThat(once.proposal().orElseThrow().proposed().orElseThrow().bid()).isEqualTo(B2);
        assertThat(once.proposal().orElseThrow().history()).singleElement().satisfies(w -> {
            assertThat(w.bid()).isEqualTo(B1);
            assertThat(w.penalty()).isEqualTo(Money.euros("3000.00"));
            assertThat(w.nextProposed()).contains(B2);
        });
        assertThat(once.history().get(once.history().size() - 1).kind()).isEqualTo(EvaluationEventKind.PROPOSAL_WITHDRAWN);
        assertThat(once.history().get(once.history().size() - 1).details()).containsEntry("penalty",
            Money.euros("3000.00").toString());

        // B2 withdraws too: nobody is left (B3 and B4 are excluded), penalties 6,000.00 in all.
        Evaluation twice = once.withdrawProposedBidder("Renuncia", BY);
        assertThat(twice.proposal().orElseThrow().lotWouldBeVoid()).isTrue();
        assertThat(twice.proposal().orElseThrow().totalPenalties()).isEqualTo(Money.euros("6000.00"));
        assertThatThrownBy(() -> twice.withdrawProposedBidder("Otra", BY)).isInstanceOf(ScoringException.class);
    }

    @Test
    void aTieIsBrokenByTheShareOfDisabledWorkers() {
        // B1 and B2 both offer 90,000.00: 100 points each; B3 100 × 90000 / 95000 = 94.736… → 94.74.
        // RGLCAP art. 85 with 3: mean 91,666.67, limit 82,500: nobody flagged. B2 employs 5 % disabled
        // workers, B1 3 %: B2 first by LCSP art. 147.2.a.
        Evaluation e = opened(priceOnly(), EvaluationSettings.defaults(),
            bid("B1", "A58818501", "90000.00",
                TieBreakData.builder().disabledWorkersPercentage(Percentage.of(3)).build()),
            bid("B2", "B12345674", "90000.00",
                TieBreakData.builder().disabledWorkersPercentage(Percentage.of(5)).build()),
            bid("B3", "B87654323", "95000.00", TieBreakData.none()))
            .scoreFormulaCriteria(BY).detectAbnormalOffers(BY).rank(BY).breakTies(BY);

        EvaluationResult r = e.result();
        assertThat(r.bid(B1).orElseThrow().total()).isEqualTo(Points.of("100.00"));
        assertThat(r.bid(B2).orElseThrow().total()).isEqualTo(Points.of("100.00"));
        assertThat(r.bid(B3).orElseThrow().total()).isEqualTo(Points.of("94.74"));
        assertThat(r.ranking().orElseThrow().order()).containsExactly(B2, B1, B3);
        assertThat(r.ranking().orElseThrow().ranked()).extracting(RankedBid::position).containsExactly(1, 2, 3);
        assertThat(r.ranking().orElseThrow().tieBreaks()).singleElement().satisfies(t -> {
            assertThat(t.step()).isEqualTo(TieBreakStep.DISABLED_WORKERS_PERCENTAGE);
            assertThat(t.ruleId()).isEqualTo("LCSP-147.2.a");
            assertThat(t.bids()).containsExactly(B1, B2);
        });
        assertThat(e.history().get(e.history().size() - 1).details().get("tieBreaks")).isEqualTo("B2 > B1 by LCSP-147.2.a");
    }

    @Test
    void thePliegosTieBreakCriterionComesBeforeTheStatutoryChain() {
        // The same tie; the pliego breaks it by lower CO2 emissions: B1 10 t, B2 12 t, so B1 is first by
        // LCSP art. 147.1 although B2 would win on art. 147.2.a.
        TieBreakCriterion co2 = TieBreakCriterion.builder().id("CO2").name("Emisiones de CO2 (t)")
            .direction(Direction.LOWER_IS_BETTER).putValues(B1, BigDecimal.TEN).putValues(B2, BigDecimal.valueOf(12))
            .putValues(B3, BigDecimal.ONE).build();
        Evaluation e = opened(priceOnly(), EvaluationSettings.builder().addTieBreakCriteria(co2).build(),
            bid("B1", "A58818501", "90000.00",
                TieBreakData.builder().disabledWorkersPercentage(Percentage.of(3)).build()),
            bid("B2", "B12345674", "90000.00",
                TieBreakData.builder().disabledWorkersPercentage(Percentage.of(5)).build()),
            bid("B3", "B87654323", "95000.00", TieBreakData.none()))
            .scoreFormulaCriteria(BY).detectAbnormalOffers(BY).rank(BY).breakTies(BY);

        assertThat(e.ranking().orElseThrow().order()).containsExactly(B1, B2, B3);
        TieBreak t = e.ranking().orElseThrow().tieBreaks().get(0);
        assertThat(e.ranking().orElseThrow().tieBreaks()).hasSize(1);
        assertThat(t.step()).isEqualTo(TieBreakStep.PLIEGO_CRITERION);
        assertThat(t.ruleId()).isEqualTo("LCSP-147.1");
        assertThat(t.criterionId()).contains("CO2");
    }

    @Test
    void roundsOnlyTheTotalWhenThePliegoSaysSo() {
        // Price 60 (inverse-proportional) and warranty 40 (linear-bounds, 0 years → 0, 3 years → 40).
        // B1: 65,000.00 and 1 year; B2: 60,000.00 and 0 years.
        // B1 price 60 × 60000 / 65000 = 55.384615…; warranty 40 × 1 / 3 = 13.333333…;
        // sum 68.717948… → 68.72 when only the total is rounded, 55.38 + 13.33 = 68.71 per criterion.
        // B2 60.00 + 0.00 = 60.00 either way.
        Tender tender = EvaluationFixtures.tender(null,
            EvaluationFixtures.price(60, FormulaReference.of("inverse-proportional")),
            EvaluationFixtures.warranty(40, FormulaReference.builder().id("linear-bounds")
                .putParameters("worst", BigDecimal.ZERO).putParameters("best", BigDecimal.valueOf(3)).build()));
        RoundingPolicy totalOnly = RoundingPolicy.builder().stage(RoundingStage.TOTAL_ONLY).build();

        EvaluationResult r = opened(tender, EvaluationSettings.builder().rounding(totalOnly).build(),
            EvaluationFixtures.bid("B1", "A58818501", "65000.00", "1"),
            EvaluationFixtures.bid("B2", "B12345674", "60000.00", "0"))
            .scoreFormulaCriteria(BY).detectAbnormalOffers(BY).rank(BY).breakTies(BY).proposeAward(BY).result();

        BidEvaluation b1 = r.bid(B1).orElseThrow();
        assertThat(b1.total()).isEqualTo(Points.of("68.72"));
        assertThat(b1.unroundedTotal().setScale(6, RoundingMode.DOWN)).isEqualByComparingTo("68.717948");
        assertThat(b1.score(PRICE).orElseThrow().points().setScale(6, RoundingMode.DOWN))
            .isEqualByComparingTo("55.384615");
        assertThat(b1.score(EvaluationFixtures.WARRANTY).orElseThrow().points().setScale(6, RoundingMode.DOWN))
            .isEqualByComparingTo("13.333333");
        assertThat(r.bid(B2).orElseThrow().total()).isEqualTo(Points.of("60.00"));
        assertThat(r.ranking().orElseThrow().order()).containsExactly(B1, B2);

        EvaluationResult perCriterion = opened(tender, EvaluationSettings.defaults(),
            EvaluationFixtures.bid("B1", "A58818501", "65000.00", "1"),
            EvaluationFixtures.bid("B2", "B12345674", "60000.00", "0"))
            .scoreFormulaCriteria(BY).detectAbnormalOffers(BY).rank(BY).result();
        assertThat(perCriterion.bid(B1).orElseThrow().total()).isEqualTo(Points.of("68.71"));
        assertThat(perCriterion.bid(B1).orElseThrow().score(PRICE).orElseThrow().points()).isEqualByComparingTo("55.38");
    }
}
