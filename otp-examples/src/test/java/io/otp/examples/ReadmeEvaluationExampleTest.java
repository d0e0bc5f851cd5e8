package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.Combination;
import io.otp.scoring.abnormal.PliegoCondition;
import io.otp.scoring.abnormal.PliegoRule;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.abnormal.PriceMeasure;
import io.otp.scoring.abnormal.PriceReference;
import io.otp.scoring.abnormal.TechnicalComparison;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.Attribution;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationOrderException;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.evaluation.EvaluationSettings;
import io.otp.scoring.sensitivity.CriterionSensitivity;
import io.otp.scoring.sensitivity.WeightSensitivity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation example of the README, kept compiling and true.
 *
 * <p>Hand calculation: price 60 points by 60 × lowest / offer, proposal 40 points by value judgment.
 * B3 offers 50,000.00, more than 20 % below the mean of the others ((80,000 + 90,000) / 2 = 85,000),
 * is presumed abnormal and its justification rejected. Price points stay as scored with B3's offer as
 * the lowest: B1 60 × 50000 / 80000 = 37.50, B2 60 × 50000 / 90000 = 33.33; with the proposal's 32 and
 * 36 points, B1 totals 69.50 and B2 69.33; B1 is proposed.
 */
class ReadmeEvaluationExampleTest {

    private static final TenderId TENDER = TenderId.of("2026/EXP-0042");

    private static final CriterionId PROPOSAL = CriterionId.of("PROPOSAL");

    @Test
    void theReadmeEvaluationExampleRunsEveryPhase() {
        List<PersonId> members = List.of(PersonId.of("P1"), PersonId.of("P2"), PersonId.of("P3"));
        List<ConflictOfInterestDeclaration> signedDacis = new ArrayList<>();
        members.forEach(p -> signedDacis.add(ConflictOfInterestDeclaration.builder().person(p).tender(TENDER)
            .signed(LocalDate.parse("2026-04-30")).build()));
        Bid b1 = bid("B1", "A58818501", "80000.00");
        Bid b2 = bid("B2", "B12345674", "90000.00");
        Bid b3 = bid("B3", "A28017895", "50000.00");
        List<EvaluatorScore> evaluatorScores = new ArrayList<>();
        evaluatorScores.addAll(scores(members, "B1", 32));
        evaluatorScores.addAll(scores(members, "B2", 36));
        evaluatorScores.addAll(scores(members, "B3", 25));

        // README code from here
        Attribution by = Attribution.of(PersonId.of("SECRETARIA"), Instant.parse("2026-05-04T09:00:00Z"));
        EvaluationSettings settings = EvaluationSettings.builder()
            .addAllCommittee(members).addAllDeclarations(signedDacis)
            .pliegoThreshold(PliegoThreshold.builder().belowMean(Percentage.of(20)).build())
            .build();

        Evaluation e = Evaluation.start(tender(), LotId.of("L1"), settings, by)
            .registerBids(List.of(b1, b2, b3), by)
            .recordScores(evaluatorScores, by)
            .sealValueJudgment(by)
            .applyTechnicalThreshold(by);
        Evaluation beforeOpening = e;
        assertThatThrownBy(beforeOpening::formulaOffers).isInstanceOf(EvaluationOrderException.class);
        e = e.openFormulaEnvelope(by)
            .scoreFormulaCriteria(by)
            .detectAbnormalOffers(by);
        for (BidId flagged : e.abnormality().orElseThrow().pendingDecisions()) {
            e = e.decideJustification(AbnormalOfferDecision.rejected(flagged, "Costes salariales por debajo del convenio"), by);
        }
        e = e.rank(by).breakTies(by).proposeAward(by);

        EvaluationResult result = e.result();
        String json = OtpJson.standard().write(result);
        List<CriterionSensitivity> robustness = WeightSensitivity.analyse(result.pointsMatrix());
        // README code to here

        assertThat(result.bid(BidId.of("B1")).orElseThrow().total()).isEqualTo(Points.of("69.50"));
        assertThat(result.bid(BidId.of("B2")).orElseThrow().total()).isEqualTo(Points.of("69.33"));
        assertThat(result.bid(BidId.of("B1")).orElseThrow().score(CriterionId.of("PRICE")).orElseThrow()
            .explanation()).isEqualTo("60.00 × 50000.00 / 80000.00");
        assertThat(result.bid(BidId.of("B3")).orElseThrow().exclusion()).isPresent();
        assertThat(result.proposal().orElseThrow().proposed().orElseThrow().bid()).isEqualTo(BidId.of("B1"));
        assertThat(OtpJson.standard().write(e.result())).isEqualTo(json);
        assertThat(robustness).hasSize(2);
    }

    /**
     * The pliego rule of the README on the same lot. B3 (50,000.00; 25 points): the others' mean (80,000 +
     * 90,000) / 2 = 85,000, limit x 0.90 = 76,500 -> 1.1 met; 25 % below the budget, 75,000 -> 1.2 met; 25 points
     * above 20 -> 2 met: flagged. B1 (80,000.00): others' mean 70,000, limit 63,000, and 80,000 is above 75,000:
     * the group is not met. B2 (90,000.00): 65,000 x 0.90 = 58,500, and above 75,000: not met.
     */
    @Test
    void theReadmePliegoRuleExampleFlagsWhatTheHandCalculationSays() {
        List<PersonId> members = List.of(PersonId.of("P1"), PersonId.of("P2"), PersonId.of("P3"));
        List<ConflictOfInterestDeclaration> signedDacis = new ArrayList<>();
        members.forEach(p -> signedDacis.add(ConflictOfInterestDeclaration.builder().person(p).tender(TENDER)
            .signed(LocalDate.parse("2026-04-30")).build()));
        List<EvaluatorScore> evaluatorScores = new ArrayList<>();
        evaluatorScores.addAll(scores(members, "B1", 32));
        evaluatorScores.addAll(scores(members, "B2", 36));
        evaluatorScores.addAll(scores(members, "B3", 25));
        Attribution by = Attribution.of(PersonId.of("SECRETARIA"), Instant.parse("2026-05-04T09:00:00Z"));

        // README code from here
        PliegoRule pliego = PliegoRule.of(Combination.ALL,
            PliegoCondition.anyOf(   // more than 10 % below the others' mean, or more than 25 % below the budget
                PliegoCondition.priceBelow(PriceReference.MEAN_OF_OTHERS, PriceMeasure.PERCENT, new BigDecimal("10")),
                PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, new BigDecimal("25"))),
            PliegoCondition.technicalPoints(TechnicalComparison.ABOVE, new BigDecimal("20")));  // and a good proposal
        EvaluationSettings withRule = EvaluationSettings.builder().addAllCommittee(members)
            .addAllDeclarations(signedDacis).pliegoRule(pliego).build();
        // README code to here

        Evaluation e = Evaluation.start(tender(), LotId.of("L1"), withRule, by)
            .registerBids(List.of(bid("B1", "A58818501", "80000.00"), bid("B2", "B12345674", "90000.00"),
                bid("B3", "A28017895", "50000.00")), by)
            .recordScores(evaluatorScores, by).sealValueJudgment(by).applyTechnicalThreshold(by)
            .openFormulaEnvelope(by).scoreFormulaCriteria(by).detectAbnormalOffers(by);
        io.otp.scoring.abnormal.AbnormalityAssessment a = e.abnormality().orElseThrow();
        assertThat(a.flagged()).containsExactly(BidId.of("B3"));
        List<io.otp.scoring.abnormal.ConditionOutcome> b3 = a.offer(BidId.of("B3")).orElseThrow().conditions();
        assertThat(b3).extracting(c -> c.position()).containsExactly("1", "1.1", "1.2", "2");
        assertThat(b3.get(1).description()).isEqualTo("price more than 10 % below the mean of the other offers");
        assertThat(b3.get(1).referenceAmount().orElseThrow()).isEqualByComparingTo("85000");
        assertThat(b3.get(1).limit().orElseThrow()).isEqualByComparingTo("76500");
        assertThat(b3).extracting(c -> c.met()).containsExactly(true, true, true, true);
        assertThat(a.offer(BidId.of("B1")).orElseThrow().conditions()).extracting(c -> c.met())
            .containsExactly(false, false, false, true);
    }

    private static Tender tender() {
        AwardCriterion price = AwardCriterion.builder()
            .id(CriterionId.of("PRICE")).name("Precio")
            .type(CriterionType.PRICE).method(EvaluationMethod.FORMULA)
            .maxPoints(Points.of(60)).formula(FormulaReference.of("inverse-proportional"))
            .build();
        AwardCriterion proposal = AwardCriterion.builder()
            .id(PROPOSAL).name("Propuesta técnica")
            .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT)
            .maxPoints(Points.of(40))
            .build();
        return Tender.builder()
            .id(TENDER).title("Mantenimiento de la sede electrónica")
            .contractingAuthority(OrganisationId.of("L01470011"))
            .contractType(ContractType.SERVICES).procedure(ProcedureType.SIMPLIFIED_OPEN)
            .estimatedValue(Money.euros("120000.00"))
            .addCpvCodes(CpvCode.of("72267000-4"))
            .addLots(Lot.builder().id(LotId.of("L1")).title("Lote único")
                .budget(Money.euros("100000.00"))
                .addCriteria(price, proposal).build())
            .noDivisionJustification("A single system with a single maintainer (LCSP art. 99.3)")
            .build();
    }

    private static Bid bid(String id, String bidder, String offer) {
        return Bid.builder().id(BidId.of(id)).tender(TENDER).lot(LotId.of("L1")).bidder(OrganisationId.of(bidder))
            .economicOffer(Money.euros(offer)).submittedAt(Instant.parse("2026-04-20T10:00:00Z")).build();
    }

    private static List<EvaluatorScore> scores(List<PersonId> members, String bid, int points) {
        List<EvaluatorScore> out = new ArrayList<>();
        for (PersonId p : members) {
            out.add(EvaluatorScore.builder().evaluator(p).bid(BidId.of(bid)).criterion(PROPOSAL)
                .points(Points.of(points)).justification("Apartado 3 del pliego: metodología completa").build());
        }
        return out;
    }
}
