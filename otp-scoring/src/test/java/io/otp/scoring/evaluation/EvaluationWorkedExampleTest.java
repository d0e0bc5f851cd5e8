package io.otp.scoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.otp.core.tender.Direction;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.core.classification.CpvCode;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.ranking.ExclusionReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed evaluation of one lot through every phase.
 *
 * <p>Lot L1, base budget 100,000.00 euros: price 60 points by {@code inverse-proportional}
 * (60 × lowest / offer), technical proposal 40 points by value judgment, quality threshold 20 points.
 * Committee P1, P2, P3, mean of their scores. Bids: B1 80,000.00 (scores 30, 32, 34 → 32.00); B2
 * 90,000.00 (36, 36, 36 → 36.00); B3 70,000.00 (10, 12, 14 → 12.00, below 20: excluded before price);
 * B4 50,000.00 (25, 25, 25 → 25.00). Price points with the lowest admitted offer 50,000.00: B1 60 ×
 * 50000 / 80000 = 37.50; B2 60 × 50000 / 90000 = 33.333… → 33.33; B4 60.00. Totals B1 69.50, B2 69.33,
 * B4 85.00. The pliego presumes abnormal a price more than 20 % below the mean of the others: B4's
 * 50,000.00 against (80,000 + 90,000) / 2 = 85,000 is 41 % below; its justification is rejected and,
 * points not being recomputed, B1 is proposed with 69.50 and B2 follows with 69.33.
 */
class EvaluationWorkedExampleTest {

    static final TenderId TENDER = TenderId.of("2026/EXP-0100");
    static final LotId L1 = LotId.of("L1");
    static final CriterionId PRICE = CriterionId.of("PRICE");
    static final CriterionId QUALITY = CriterionId.of("QUALITY");
    static final List<PersonId> COMMITTEE = List.of(PersonId.of("P1"), PersonId.of("P2"), PersonId.of("P3"));
    static final Attribution BY = Attribution.of(PersonId.of("SECRETARY"), Instant.parse("2026-05-04T09:00:00Z"));

    static Tender tender() {
        Lot lot = Lot.builder().id(L1).title("Servicio de soporte").budget(Money.euros(100_000))
            .addCpvCodes(CpvCode.of("72000000-5"))
            .addCriteria(AwardCriterion.builder().id(PRICE).name("Precio").type(CriterionType.PRICE)
                .method(EvaluationMethod.FORMULA).maxPoints(Points.of(60))
                .formula(FormulaReference.of("inverse-proportional")).direction(Direction.LOWER_IS_BETTER).build())
            .addCriteria(AwardCriterion.builder().id(QUALITY).name("Propuesta técnica").type(CriterionType.QUALITY)
                .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(40)).build())
            .qualityThreshold(Points.of(20)).build();
        return Tender.builder().id(TENDER).title("Soporte").contractingAuthority(OrganisationId.of("L01470011"))
            .contractType(ContractType.SERVICES).procedure(ProcedureType.OPEN).estimatedValue(Money.euros(100_000))
            .addCpvCodes(CpvCode.of("72000000-5")).addLots(lot).build();
    }

    static EvaluationSettings settings() {
        List<ConflictOfInterestDeclaration> dacis = new ArrayList<>();
        COMMITTEE.forEach(p -> dacis.add(ConflictOfInterestDeclaration.builder().person(p).tender(TENDER)
            .signed(LocalDate.parse("2026-04-30")).build()));
        return EvaluationSettings.builder().addAllCommittee(COMMITTEE).addAllDeclarations(dacis)
            .pliegoThreshold(PliegoThreshold.builder().belowMean(Percentage.of(20)).build()).build();
    }

    static Bid bid(String id, String bidder, String offer) {
        return Bid.builder().id(BidId.of(id)).tender(TENDER).lot(L1).bidder(OrganisationId.of(bidder))
            .economicOffer(Money.euros(offer)).submittedAt(Instant.parse("2026-04-20T10:00:00Z")).build();
    }

    static List<EvaluatorScore> scores(String bid, int... points) {
        List<EvaluatorScore> out = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            out.add(EvaluatorScore.builder().evaluator(COMMITTEE.get(i)).bid(BidId.of(bid)).criterion(QUALITY)
                .points(Points.of(points[i])).justification("Valoración motivada del apartado 3 del pliego").build());
        }
        return out;
    }

    static Evaluation throughScoring() {
        List<EvaluatorScore> all = new ArrayList<>();
        all.addAll(scores("B1", 30, 32, 34));
        all.addAll(scores("B2", 36, 36, 36));
        all.addAll(scores("B3", 10, 12, 14));
        all.addAll(scores("B4", 25, 25, 25));
        return Evaluation.start(tender(), L1, settings(), BY)
            .registerBid(bid("B1", "A58818501", "80000.00"), BY)
            .registerBid(bid("B2", "B12345674", "90000.00"), BY)
            .registerBid(bid("B3", "B87654323", "70000.00"), BY)
            .registerBid(bid("B4", "A28017895", "50000.00"), BY)
            .recordScores(all, BY);
    }

    @Test
    void evaluatesTheLotThroughEveryPhase() {
        Evaluation e = throughScoring().sealValueJudgment(BY).applyTechnicalThreshold(BY);
        assertThat(e.admitted()).containsExactly(BidId.of("B1"), BidId.of("B2"), BidId.of("B4"));
        assertThat(e.exclusions()).singleElement().satisfies(x -> {
            assertThat(x.bid()).isEqualTo(BidId.of("B3"));
            assertThat(x.reason()).isEqualTo(ExclusionReason.BELOW_TECHNICAL_THRESHOLD);
        });
        e = e.openFormulaEnvelope(BY).scoreFormulaCriteria(BY).detectAbnormalOffers(BY);
        assertThat(e.phase()).isEqualTo(EvaluationPhase.ABNORMAL_OFFERS_PENDING);
        assertThat(e.abnormality().orElseThrow().flagged()).containsExactly(BidId.of("B4"));
        e = e.decideJustification(AbnormalOfferDecision.rejected(BidId.of("B4"),
            "El informe técnico concluye que los costes salariales no cubren el convenio"), BY);
        e = e.rank(BY).breakTies(BY).proposeAward(BY);

        EvaluationResult r = e.result();
        assertThat(r.bid(BidId.of("B1")).orElseThrow().score(PRICE).orElseThrow().points()).isEqualByComparingTo("37.50");
        assertThat(r.bid(BidId.of("B2")).orElseThrow().score(PRICE).orElseThrow().points()).isEqualByComparingTo("33.33");
        assertThat(r.bid(BidId.of("B4")).orElseThrow().score(PRICE).orElseThrow().points()).isEqualByComparingTo("60.00");
        assertThat(r.bid(BidId.of("B1")).orElseThrow().total()).isEqualTo(Points.of("69.50"));
        assertThat(r.bid(BidId.of("B2")).orElseThrow().total()).isEqualTo(Points.of("69.33"));
        assertThat(r.bid(BidId.of("B1")).orElseThrow().position()).contains(1);
        assertThat(r.bid(BidId.of("B4")).orElseThrow().exclusion().orElseThrow().reason())
            .isEqualTo(ExclusionReason.ABNORMALLY_LOW_NOT_JUSTIFIED);
        assertThat(r.proposal().orElseThrow().proposed().orElseThrow().bid()).isEqualTo(BidId.of("B1"));
        assertThat(e.history()).extracting(EvaluationEvent::kind).containsExactly(EvaluationEventKind.STARTED,
            EvaluationEventKind.BID_REGISTERED, EvaluationEventKind.BID_REGISTERED, EvaluationEventKind.BID_REGISTERED,
            EvaluationEventKind.BID_REGISTERED, EvaluationEventKind.VALUE_JUDGMENT_SCORED,
            EvaluationEventKind.VALUE_JUDGMENT_SEALED, EvaluationEventKind.THRESHOLD_APPLIED,
            EvaluationEventKind.FORMULA_ENVELOPE_OPENED, EvaluationEventKind.FORMULA_SCORED,
            EvaluationEventKind.ABNORMAL_OFFERS_DETECTED, EvaluationEventKind.JUSTIFICATION_DECIDED,
            EvaluationEventKind.RANKED, EvaluationEventKind.TIES_BROKEN, EvaluationEventKind.AWARD_PROPOSED);

        assertThat(e.id()).isEqualTo(io.otp.core.id.EvaluationId.of("2026/EXP-0100#L1"));
        assertThat(e.queryValues()).containsEntry("status", "AWARD_PROPOSED").containsEntry("tender", "2026/EXP-0100")
            .containsEntry("lot", "L1").containsEntry("date", "2026-05-04");
        assertThat(e.domainEvents()).isEqualTo(e.history());
        assertThat(e.history().get(7).action()).isEqualTo("THRESHOLD_APPLIED");

        OtpJson json = OtpJson.standard();
        String first = json.write(r);
        assertThat(json.write(json.read(first, EvaluationResult.class))).isEqualTo(first);
        String state = json.write(e);
        assertThat(json.read(state, Evaluation.class)).isEqualTo(e);
    }

    @Test
    void formulaOffersCannotBeReadBeforeTheScoresAreSealed() {
        Evaluation e = throughScoring();
        assertThatThrownBy(e::formulaOffers).isInstanceOf(EvaluationOrderException.class)
            .hasMessageContaining("VALUE_JUDGMENT").hasMessageContaining("146.2.b");
        assertThatThrownBy(() -> e.openFormulaEnvelope(BY))
            .isInstanceOf(io.otp.core.lifecycle.IllegalTransitionException.class);
    }

    @Test
    void aStepDatedBeforeTheLastOneIsRefusedAndChangesNothing() {
        Evaluation e = throughScoring();
        Attribution earlier = Attribution.of(PersonId.of("SECRETARY"), Instant.parse("2026-05-04T08:59:59Z"));
        io.otp.core.ValidationException x = org.assertj.core.api.Assertions.catchThrowableOfType(
            io.otp.core.ValidationException.class, () -> e.sealValueJudgment(earlier));
        assertThat(x.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("by.at");
            assertThat(v.ruleId()).isEqualTo("OTP-EVALUATION-CLOCK");
        });
        io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages(x);
        assertThat(e.phase()).isEqualTo(EvaluationPhase.VALUE_JUDGMENT);
        assertThat(e.sealValueJudgment(BY).phase()).isEqualTo(EvaluationPhase.VALUE_JUDGMENT_SEALED);
    }
}
