package io.otp.report.testing;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
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
import io.otp.core.tender.TieBreakData;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.Attribution;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationSettings;
import io.otp.scoring.sensitivity.RankAcceptability;
import io.otp.scoring.sensitivity.RankAcceptabilityResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service-desk tender of otp-examples (ServiceDeskTender and EvaluationScenario), copied in its
 * minimum because otp-report cannot depend on otp-examples: two lots, three bids each, a committee of
 * three. Lot 1 has an abnormally low offer (B3) whose justification is rejected; lot 2 an exact tie
 * (B4, B5) broken by the second measure of LCSP art. 147.2.a: B4 has 3 permanent workers with a
 * disability and 1 worker in inclusion (4), B5 3 and no inclusion count filed (3). The texts a report shows may be replaced, to try hostile ones.
 */
public final class EvaluationFixtures {

    /** The tender's file number. */
    public static final TenderId TENDER = TenderId.of("2026/EXP-0077");
    /** Lot 1: service desk. */
    public static final LotId LOT_1 = LotId.of("L1");
    /** Lot 2: application maintenance. */
    public static final LotId LOT_2 = LotId.of("L2");
    /** Lot 1 price, 60 points, inverse-proportional. */
    public static final CriterionId L1_PRICE = CriterionId.of("L1-PRICE");
    /** Lot 1 technical proposal, 30 points. */
    public static final CriterionId L1_TECH = CriterionId.of("L1-TECH");
    /** Lot 1 transition plan, 10 points. */
    public static final CriterionId L1_PLAN = CriterionId.of("L1-PLAN");
    /** Lot 2 price, 55 points. */
    public static final CriterionId L2_PRICE = CriterionId.of("L2-PRICE");
    /** Lot 2 technical proposal, 45 points. */
    public static final CriterionId L2_TECH = CriterionId.of("L2-TECH");
    /** Evaluators. */
    public static final List<PersonId> COMMITTEE = List.of(PersonId.of("P-LOPEZ-FERRER"),
        PersonId.of("P-ORTEGA-RUIZ"), PersonId.of("P-SANZ-MOLINA"));
    /** President of the mesa. */
    public static final PersonId PRESIDENT = PersonId.of("P-NAVARRO-PONS");
    /** The bidders and their names. */
    public static final Map<OrganisationId, String> BIDDERS = Map.of(
        OrganisationId.of("A58818501"), "Levante Sistemas, S.A.",
        OrganisationId.of("B12345674"), "Soporte Digital Mediterráneo, S.L.",
        OrganisationId.of("B87654323"), "Helpdesk Low Cost Ibérica, S.L.",
        OrganisationId.of("A28017895"), "Aplicaciones Inclusivas de Levante, S.A.",
        OrganisationId.of("B76543214"), "Ingeniería de Aplicaciones Públicas, S.L.",
        OrganisationId.of("B11223344"), "Consultoría TIC del Turia, S.L.");
    /** The seed of the draw. */
    public static final long DRAW_SEED = 20260512L;

    private EvaluationFixtures() {
    }

    /**
     * The tender with its own texts.
     *
     * @return the tender
     */
    public static Tender tender() {
        return tender("Centro de atención a usuarios (CAU) y soporte in situ",
            "Propuesta técnica: organización del servicio, ANS y herramientas");
    }

    /**
     * The tender with the title of lot 1 and the name of its technical criterion replaced.
     *
     * @param lot1Title the title of lot 1
     * @param techName the name of criterion L1-TECH
     * @return the tender
     */
    public static Tender tender(String lot1Title, String techName) {
        return tender(TENDER, lot1Title, techName);
    }

    /**
     * The tender under another file number, to try a result that is not of it.
     *
     * @param id the file number
     * @return the tender
     */
    public static Tender tender(TenderId id) {
        return tender(id, "Centro de atención a usuarios (CAU) y soporte in situ", "Propuesta técnica");
    }

    private static Tender tender(TenderId id, String lot1Title, String techName) {
        Lot lot1 = Lot.builder().id(LOT_1).title(lot1Title).budget(Money.euros(400_000))
            .addCpvCodes(CpvCode.of("72253000-3"))
            .addCriteria(price(L1_PRICE, 60), judged(L1_TECH, techName, 30),
                judged(L1_PLAN, "Plan de transición y de devolución del servicio", 10))
            .qualityThreshold(Points.of(20)).build();
        Lot lot2 = Lot.builder().id(LOT_2).title("Mantenimiento correctivo y evolutivo de aplicaciones municipales")
            .budget(Money.euros(300_000)).addCpvCodes(CpvCode.of("72267000-4"))
            .addCriteria(price(L2_PRICE, 55),
                judged(L2_TECH, "Propuesta técnica: metodología, equipo y plan de trabajo", 45))
            .qualityThreshold(Points.of("22.5")).build();
        return Tender.builder().id(id)
            .title("Servicios de soporte a usuarios y mantenimiento de aplicaciones de la Diputación")
            .contractingAuthority(OrganisationId.of("L01470011"))
            .contractType(ContractType.SERVICES).procedure(ProcedureType.OPEN)
            .estimatedValue(Money.euros(700_000)).addCpvCodes(CpvCode.of("72000000-5"))
            .addLots(lot1, lot2).build();
    }

    /**
     * Evaluates a lot through every step up to the award proposal, at fixed instants.
     *
     * @param tender the tender
     * @param lot the lot
     * @param justification the justification every evaluator writes
     * @return the evaluation
     */
    public static Evaluation evaluate(Tender tender, LotId lot, String justification) {
        return evaluate(tender, lot, justification, settings());
    }

    /**
     * Evaluates a lot with other settings: the pliego's threshold replaced by a rule as data, or by nothing.
     *
     * @param lot the lot
     * @param pliego the pliego's rule; null for no abnormality parameters at all
     * @return the evaluation
     */
    public static Evaluation evaluate(LotId lot, io.otp.scoring.abnormal.PliegoRule pliego) {
        EvaluationSettings base = settings();
        EvaluationSettings.Builder b = EvaluationSettings.builder().addAllCommittee(base.committee())
            .addAllDeclarations(base.declarations()).seed(base.seed());
        if (pliego != null) {
            b.pliegoRule(pliego);
        }
        return evaluate(tender(), lot, "Propuesta completa y coherente con los medios adscritos", b.build());
    }

    private static Evaluation evaluate(Tender tender, LotId lot, String justification, EvaluationSettings settings) {
        int day = lot.equals(LOT_1) ? 0 : 1;
        Evaluation e = Evaluation.start(tender, lot, settings, at("2026-04-02T09:0" + day + ":00Z"));
        for (Bid bid : bids(lot)) {
            e = e.registerBid(bid, at("2026-04-02T09:1" + day + ":00Z"));
        }
        e = e.recordScores(scores(lot, justification), at("2026-04-17T12:0" + day + ":00Z"))
            .sealValueJudgment(at("2026-04-22T09:0" + day + ":00Z"))
            .applyTechnicalThreshold(at("2026-04-22T09:1" + day + ":00Z"))
            .openFormulaEnvelope(at("2026-04-22T09:2" + day + ":00Z"))
            .scoreFormulaCriteria(at("2026-04-22T09:3" + day + ":00Z"))
            .detectAbnormalOffers(at("2026-04-22T09:4" + day + ":00Z"));
        for (BidId flagged : e.abnormality().map(AbnormalityAssessment::pendingDecisions).orElse(List.of())) {
            e = e.decideJustification(AbnormalOfferDecision.rejected(flagged,
                "La oferta no cubre los costes salariales del convenio (LCSP art. 149.4)"),
                at("2026-05-12T10:0" + day + ":00Z"));
        }
        return e.rank(at("2026-05-12T10:1" + day + ":00Z"))
            .breakTies(at("2026-05-12T10:2" + day + ":00Z"))
            .proposeAward(at("2026-05-12T10:3" + day + ":00Z"));
    }

    /**
     * Starts the evaluation of lot 1 and registers its bids, and no more.
     *
     * @return the evaluation in its first phase
     */
    public static Evaluation registered() {
        Evaluation e = Evaluation.start(tender(), LOT_1, settings(), at("2026-04-02T09:00:00Z"));
        for (Bid bid : bids(LOT_1)) {
            e = e.registerBid(bid, at("2026-04-02T09:10:00Z"));
        }
        return e;
    }

    /**
     * Evaluates a lot of {@link #tender()}.
     *
     * @param lot the lot
     * @return the evaluation
     */
    public static Evaluation evaluate(LotId lot) {
        return evaluate(tender(), lot, "Propuesta completa y coherente con los medios adscritos");
    }

    /**
     * The rank acceptability of an evaluation: weights within 20 %, 2,000 samples, seed 42.
     *
     * @param evaluation the evaluation
     * @return the analysis
     */
    public static RankAcceptabilityResult acceptability(Evaluation evaluation) {
        return RankAcceptability.analyse(evaluation.result().pointsMatrix(), BigDecimal.valueOf(20), 2_000, 42L);
    }

    private static Attribution at(String instant) {
        return Attribution.of(PRESIDENT, Instant.parse(instant));
    }

    private static EvaluationSettings settings() {
        List<ConflictOfInterestDeclaration> dacis = new ArrayList<>();
        for (PersonId p : COMMITTEE) {
            dacis.add(ConflictOfInterestDeclaration.builder().person(p).tender(TENDER)
                .signed(LocalDate.parse("2026-04-08")).build());
        }
        return EvaluationSettings.builder().addAllCommittee(COMMITTEE).addAllDeclarations(dacis)
            .pliegoThreshold(PliegoThreshold.builder().belowMean(Percentage.of(20)).build())
            .seed(DRAW_SEED).build();
    }

    private static List<Bid> bids(LotId lot) {
        List<Bid> all = List.of(
            bid("B1", LOT_1, "A58818501", "352000.00", TieBreakData.none()),
            bid("B2", LOT_1, "B12345674", "340000.00", TieBreakData.none()),
            bid("B3", LOT_1, "B87654323", "240000.00", TieBreakData.none()),
            bid("B4", LOT_2, "A28017895", "240000.00", TieBreakData.builder()
                .disabledWorkersPercentage(Percentage.of("2.50")).permanentDisabledWorkers(3).inclusionWorkers(1)
                .temporaryContractsPercentage(Percentage.of("9.50")).womenPercentage(Percentage.of("41.00")).build()),
            bid("B5", LOT_2, "B76543214", "264000.00", social("2.50", 3, "18.00", "36.00")),
            bid("B6", LOT_2, "B11223344", "282000.00", social("1.00", 1, "22.00", "48.00")));
        return all.stream().filter(b -> b.lot().equals(lot)).toList();
    }

    private static List<EvaluatorScore> scores(LotId lot, String justification) {
        List<EvaluatorScore> out = new ArrayList<>();
        if (lot.equals(LOT_1)) {
            score(out, "B1", L1_TECH, new int[] {26, 27, 25}, justification);
            score(out, "B2", L1_TECH, new int[] {22, 24, 23}, justification);
            score(out, "B3", L1_TECH, new int[] {18, 20, 19}, justification);
            score(out, "B1", L1_PLAN, new int[] {8, 9, 7}, justification);
            score(out, "B2", L1_PLAN, new int[] {7, 7, 7}, justification);
            score(out, "B3", L1_PLAN, new int[] {5, 6, 7}, justification);
        } else {
            score(out, "B4", L2_TECH, new int[] {28, 31, 31}, justification);
            score(out, "B5", L2_TECH, new int[] {35, 34, 36}, justification);
            score(out, "B6", L2_TECH, new int[] {38, 36, 37}, justification);
        }
        return out;
    }

    private static void score(List<EvaluatorScore> out, String bid, CriterionId criterion, int[] points,
            String justification) {
        for (int i = 0; i < COMMITTEE.size(); i++) {
            out.add(EvaluatorScore.builder().evaluator(COMMITTEE.get(i)).bid(BidId.of(bid)).criterion(criterion)
                .points(Points.of(points[i])).justification(justification + " (" + bid + ", " + (i + 1) + ")")
                .build());
        }
    }

    private static AwardCriterion price(CriterionId id, long points) {
        return AwardCriterion.builder().id(id).name("Precio").type(CriterionType.PRICE)
            .method(EvaluationMethod.FORMULA).maxPoints(Points.of(points))
            .formula(FormulaReference.of("inverse-proportional")).direction(Direction.LOWER_IS_BETTER).build();
    }

    private static AwardCriterion judged(CriterionId id, String name, long points) {
        return AwardCriterion.builder().id(id).name(name).type(CriterionType.QUALITY)
            .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(points)).build();
    }

    private static TieBreakData social(String disabled, int permanentDisabled, String temporary, String women) {
        return TieBreakData.builder().disabledWorkersPercentage(Percentage.of(disabled))
            .permanentDisabledWorkers(permanentDisabled).temporaryContractsPercentage(Percentage.of(temporary))
            .womenPercentage(Percentage.of(women)).build();
    }

    private static Bid bid(String id, LotId lot, String bidder, String offer, TieBreakData social) {
        return Bid.builder().id(BidId.of(id)).tender(TENDER).lot(lot).bidder(OrganisationId.of(bidder))
            .economicOffer(Money.euros(offer)).submittedAt(Instant.parse("2026-04-01T10:00:00Z"))
            .tieBreakData(social).build();
    }
}
