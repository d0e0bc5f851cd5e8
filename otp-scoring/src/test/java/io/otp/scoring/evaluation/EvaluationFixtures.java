package io.otp.scoring.evaluation;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import io.otp.core.id.PersonId;
import io.otp.core.tender.Bid;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.formula.Formulas;
import io.otp.scoring.testing.EvaluationGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of {@link EvaluationWorkedExampleTest} stopped in each phase, built once and shared by
 * the tests (states are immutable, so sharing them is safe).
 */
final class EvaluationFixtures {

    static final Attribution BY = EvaluationWorkedExampleTest.BY;

    static final AbnormalOfferDecision REJECT_B4 = AbnormalOfferDecision.rejected(BidId.of("B4"),
        "El informe técnico concluye que los costes salariales no cubren el convenio");

    /** Loaded once: the properties run the pipeline hundreds of times. */
    private static final Formulas FORMULAS = Formulas.standard();

    private static final AbnormalityRules RULES = AbnormalityRules.standard();

    private static final Map<EvaluationPhase, Evaluation> BY_PHASE = build();

    private EvaluationFixtures() {
    }

    /** The worked example stopped in the phase. */
    static Evaluation in(EvaluationPhase phase) {
        return BY_PHASE.get(phase);
    }

    /** The worked example in every phase. */
    static Map<EvaluationPhase, Evaluation> byPhase() {
        return BY_PHASE;
    }

    /** A tender like the worked example's with the given criteria in lot L1, budget 100,000.00 euros. */
    static Tender tender(Points qualityThreshold, AwardCriterion... criteria) {
        Lot.Builder lot = Lot.builder();
        lot.id(EvaluationWorkedExampleTest.L1).title("Servicio").budget(Money.euros(100_000))
            .addCpvCodes(CpvCode.of("72000000-5")).addCriteria(criteria);
        if (qualityThreshold != null) {
            lot.qualityThreshold(qualityThreshold);
        }
        return Tender.builder().id(EvaluationWorkedExampleTest.TENDER).title("Servicio")
            .contractingAuthority(OrganisationId.of("L01470011")).contractType(ContractType.SERVICES)
            .procedure(ProcedureType.OPEN).estimatedValue(Money.euros(100_000)).addCpvCodes(CpvCode.of("72000000-5"))
            .addLots(lot.build()).build();
    }

    /** A price criterion by formula, lower is better. */
    static AwardCriterion price(long max, FormulaReference formula) {
        return AwardCriterion.builder().id(EvaluationWorkedExampleTest.PRICE).name("Precio").type(CriterionType.PRICE)
            .method(EvaluationMethod.FORMULA).maxPoints(Points.of(max)).formula(formula).build();
    }

    /** The value-judgment criterion QUALITY. */
    static AwardCriterion quality(long max) {
        return AwardCriterion.builder().id(EvaluationWorkedExampleTest.QUALITY).name("Propuesta técnica")
            .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(max)).build();
    }

    /** The criterion WARRANTY: years of warranty by a formula. */
    static AwardCriterion warranty(long max, FormulaReference formula) {
        return AwardCriterion.builder().id(WARRANTY).name("Garantía").type(CriterionType.QUALITY)
            .method(EvaluationMethod.FORMULA).maxPoints(Points.of(max)).formula(formula).build();
    }

    /** The warranty criterion's id. */
    static final CriterionId WARRANTY = CriterionId.of("WARRANTY");

    /** DACIs of the people for the worked example's tender. */
    static List<ConflictOfInterestDeclaration> dacis(List<PersonId> people) {
        List<ConflictOfInterestDeclaration> out = new ArrayList<>();
        people.forEach(p -> out.add(ConflictOfInterestDeclaration.builder().person(p)
            .tender(EvaluationWorkedExampleTest.TENDER).signed(LocalDate.parse("2026-04-30")).build()));
        return out;
    }

    /** A bid of the worked example's tender and lot with a warranty value. */
    static Bid bid(String id, String bidder, String offer, String warrantyYears) {
        return Bid.builder().id(BidId.of(id)).tender(EvaluationWorkedExampleTest.TENDER).lot(EvaluationWorkedExampleTest.L1)
            .bidder(OrganisationId.of(bidder)).economicOffer(Money.euros(offer))
            .putFormulaValues(WARRANTY, new BigDecimal(warrantyYears))
            .submittedAt(Instant.parse("2026-04-20T10:00:00Z")).build();
    }

    /** A bid of the worked example's tender and lot. */
    static Bid bid(String id, String bidder, String offer) {
        return EvaluationWorkedExampleTest.bid(id, bidder, offer);
    }

    /** Scores of P1, P2, P3 (in that order) for the bid on QUALITY. */
    static List<EvaluatorScore> scores(String bid, int... points) {
        return EvaluationWorkedExampleTest.scores(bid, points);
    }

    /**
     * Runs a generated scenario through every step with the bids registered in the given order and the
     * scores recorded in the given batches; flagged offers are decided in bid order, the justification of
     * a bid with an even number rejected and the others accepted.
     */
    static Evaluation run(EvaluationGenerators.Scenario s, List<Bid> bids, List<List<EvaluatorScore>> batches) {
        Evaluation e = Evaluation.start(s.tender(), EvaluationGenerators.LOT, s.settings(), BY);
        for (Bid b : bids) {
            e = e.registerBid(b, BY);
        }
        for (List<EvaluatorScore> batch : batches) {
            if (!batch.isEmpty()) {
                e = e.recordScores(batch, BY);
            }
        }
        e = e.sealValueJudgment(BY).applyTechnicalThreshold(BY).openFormulaEnvelope(BY)
            .scoreFormulaCriteria(FORMULAS, BY).detectAbnormalOffers(RULES, BY);
        return EvaluationGenerators.decideEveryJustification(e, BY).rank(BY).breakTies(BY).proposeAward(BY);
    }

    /** Runs a generated scenario in submission order with every score in one batch. */
    static Evaluation run(EvaluationGenerators.Scenario s) {
        return run(s, s.bids(), List.of(s.scores()));
    }

    private static Map<EvaluationPhase, Evaluation> build() {
        Map<EvaluationPhase, Evaluation> m = new EnumMap<>(EvaluationPhase.class);
        Evaluation e = Evaluation.start(EvaluationWorkedExampleTest.tender(), EvaluationWorkedExampleTest.L1,
                EvaluationWorkedExampleTest.settings(), BY)
            .registerBid(bid("B1", "A58818501", "80000.00"), BY)
            .registerBid(bid("B2", "B12345674", "90000.00"), BY)
            .registerBid(bid("B3", "B87654323", "70000.00"), BY)
            .registerBid(bid("B4", "A28017895", "50000.00"), BY);
        m.put(EvaluationPhase.REGISTRATION, e);
        List<EvaluatorScore> all = new ArrayList<>();
        all.addAll(scores("B1", 30, 32, 34));
        all.addAll(scores("B2", 36, 36, 36));
        all.addAll(scores("B3", 10, 12, 14));
        all.addAll(scores("B4", 25, 25, 25));
        e = e.recordScores(all, BY);
        m.put(EvaluationPhase.VALUE_JUDGMENT, e);
        e = e.sealValueJudgment(BY);
        m.put(EvaluationPhase.VALUE_JUDGMENT_SEALED, e);
        e = e.applyTechnicalThreshold(BY);
        m.put(EvaluationPhase.THRESHOLD_APPLIED, e);
        e = e.openFormulaEnvelope(BY);
        m.put(EvaluationPhase.FORMULA_ENVELOPE_OPENED, e);
        e = e.scoreFormulaCriteria(BY);
        m.put(EvaluationPhase.FORMULA_SCORED, e);
        e = e.detectAbnormalOffers(BY);
        m.put(EvaluationPhase.ABNORMAL_OFFERS_PENDING, e);
        e = e.decideJustification(REJECT_B4, BY);
        m.put(EvaluationPhase.ABNORMAL_OFFERS_RESOLVED, e);
        e = e.rank(BY);
        m.put(EvaluationPhase.RANKED, e);
        e = e.breakTies(BY);
        m.put(EvaluationPhase.TIES_BROKEN, e);
        e = e.proposeAward(BY);
        m.put(EvaluationPhase.AWARD_PROPOSED, e);
        return Collections.unmodifiableMap(m);
    }
}
