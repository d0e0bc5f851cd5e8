package io.otp.examples;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.Direction;
import io.otp.core.tender.DocumentReference;
import io.otp.core.tender.Envelope;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TieBreakData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A realistic tender of a town council's technical project office: an e-government platform in
 * two lots, each with price, other formula criteria and value-judgment criteria, and eight bids.
 *
 * <p>The figures are invented but follow current Spanish practice: an open procedure (LCSP art.
 * 156), budgets VAT excluded with 21 % VAT, formula criteria predominating (art. 146.2), a phased
 * evaluation with a quality threshold in lot 2 (art. 146.3).
 */
public final class MunicipalPlatformTender {

    /** The tender's file number. */
    public static final TenderId TENDER = TenderId.of("2026/EXP-0042");
    /** Lot 1: development of the electronic office. */
    public static final LotId LOT_1 = LotId.of("L1");
    /** Lot 2: quality and security assurance office. */
    public static final LotId LOT_2 = LotId.of("L2");

    private MunicipalPlatformTender() {
    }

    /**
     * The lot 1 criteria: price 55, warranty 10, incident response time 10, technical proposal 25
     * (methodology 15 + work plan 10).
     *
     * @return the criteria, not null
     */
    public static List<AwardCriterion> lot1Criteria() {
        return List.of(
            formula("L1-PRICE", "Precio", CriterionType.PRICE, 55, FormulaReference.of("inverse-proportional"),
                Direction.LOWER_IS_BETTER),
            formula("L1-WARRANTY", "Ampliación del plazo de garantía (años, de 0 a 3)", CriterionType.QUALITY, 10,
                bounds("0", "3"), Direction.HIGHER_IS_BETTER),
            formula("L1-RESPONSE", "Tiempo de respuesta ante incidencias críticas (horas, de 8 a 2)",
                CriterionType.QUALITY, 10, bounds("8", "2"), Direction.LOWER_IS_BETTER),
            AwardCriterion.builder().id(CriterionId.of("L1-PROPOSAL")).name("Propuesta técnica")
                .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(25))
                .addSubCriteria(
                    judged("L1-METHOD", "Metodología de desarrollo y pruebas", 15),
                    judged("L1-PLAN", "Plan de trabajo y transferencia de conocimiento", 10))
                .build());
    }

    /**
     * The lot 2 criteria: price 45, ENS-certified auditors 10, training hours 10, technical proposal
     * 35 with a minimum of 17.5 points to go on to the price phase.
     *
     * @param criterion2Points points of the certification criterion (10 in the correct tender; the
     *     scenario passes 5 to build a wrong variant)
     * @return the criteria, not null
     */
    public static List<AwardCriterion> lot2Criteria(long criterion2Points) {
        return List.of(
            formula("L2-PRICE", "Precio", CriterionType.PRICE, 45, FormulaReference.of("linear-discount"),
                Direction.LOWER_IS_BETTER),
            formula("L2-CERTIFIED", "Auditores certificados en el ENS en el equipo", CriterionType.QUALITY,
                criterion2Points, FormulaReference.of("yes-no"), Direction.HIGHER_IS_BETTER),
            formula("L2-TRAINING", "Horas de formación al personal municipal (de 0 a 40)", CriterionType.QUALITY,
                10, bounds("0", "40"), Direction.HIGHER_IS_BETTER),
            judged("L2-PROPOSAL", "Propuesta técnica de la oficina de calidad y seguridad", 35));
    }

    /**
     * Lot 1.
     *
     * @return the lot, not null
     */
    public static Lot lot1() {
        return Lot.builder().id(LOT_1).title("Desarrollo y evolución de la sede electrónica")
            .budget(Money.euros(180_000)).addCpvCodes(CpvCode.of("72200000-7"))
            .addAllCriteria(lot1Criteria()).build();
    }

    /**
     * Lot 2, with the given points for its certification criterion.
     *
     * @param criterion2Points 10 for the correct lot
     * @return the lot, not null
     */
    public static Lot lot2(long criterion2Points) {
        return Lot.builder().id(LOT_2).title("Oficina de calidad y seguridad (ENS)")
            .budget(Money.euros(95_000)).addCpvCodes(CpvCode.of("72224000-1"))
            .addAllCriteria(lot2Criteria(criterion2Points)).qualityThreshold(Points.of("17.5")).build();
    }

    /**
     * The correct tender, published on 2 March 2026.
     *
     * @return the tender, not null
     */
    public static Tender tender() {
        return Tender.builder().id(TENDER)
            .title("Plataforma municipal de administración electrónica")
            .contractingAuthority(OrganisationId.of("L01470011"))
            .project(ProjectId.of("PRJ-2026-007"))
            .contractType(ContractType.SERVICES).procedure(ProcedureType.OPEN)
            .estimatedValue(Money.euros(412_500))
            .addCpvCodes(CpvCode.of("72000000-5"), CpvCode.of("72200000-7"), CpvCode.of("72224000-1"))
            .addLots(lot1(), lot2(10))
            .keyDates(KeyDates.builder().publication(LocalDate.parse("2026-03-02"))
                .submissionDeadline(Instant.parse("2026-04-01T12:59:59Z"))
                .valueJudgmentOpening(Instant.parse("2026-04-08T09:00:00Z"))
                .formulaOpening(Instant.parse("2026-04-22T09:00:00Z")).build())
            .build();
    }

    /**
     * The eight bids: five for lot 1 and three for lot 2.
     *
     * @return the bids, not null
     */
    public static List<Bid> bids() {
        return List.of(
            bid("B1", LOT_1, "A58818501", "152400.00", "2026-03-30T10:15:00Z",
                "L1-WARRANTY", "2", "L1-RESPONSE", "4"),
            bid("B2", LOT_1, "B12345674", "139900.00", "2026-03-31T16:02:00Z",
                "L1-WARRANTY", "3", "L1-RESPONSE", "6"),
            bid("B3", LOT_1, "B87654323", "171000.00", "2026-03-27T08:40:00Z",
                "L1-WARRANTY", "1", "L1-RESPONSE", "2"),
            bid("B4", LOT_1, "A28017895", "128750.00", "2026-04-01T11:58:00Z",
                "L1-WARRANTY", "0", "L1-RESPONSE", "8"),
            bid("B5", LOT_1, "B76543214", "158300.00", "2026-03-25T13:20:00Z",
                "L1-WARRANTY", "3", "L1-RESPONSE", "3"),
            bid("B6", LOT_2, "B12345674", "81200.00", "2026-03-31T16:05:00Z",
                "L2-CERTIFIED", "1", "L2-TRAINING", "30"),
            bid("B7", LOT_2, "B11223344", "88900.00", "2026-03-29T09:30:00Z",
                "L2-CERTIFIED", "1", "L2-TRAINING", "40"),
            bid("B8", LOT_2, "A58818501", "76450.00", "2026-04-01T10:00:00Z",
                "L2-CERTIFIED", "0", "L2-TRAINING", "16"));
    }

    /**
     * A wrong bid for lot 2: 96,000.00 euros, above the lot's 95,000.00 budget (RGLCAP art. 84),
     * submitted a day after the deadline.
     *
     * @return the bid, not null
     */
    public static Bid lateBidAboveBudget() {
        return bid("B9", LOT_2, "B99887766", "96000.00", "2026-04-02T09:00:00Z",
            "L2-CERTIFIED", "1", "L2-TRAINING", "20");
    }

    /**
     * A wrong bid for lot 1 that offers a value for a criterion of lot 2 and none for its own
     * response-time criterion.
     *
     * @return the bid, not null
     */
    public static Bid bidWithUnknownCriterion() {
        return bid("B10", LOT_1, "B55443322", "149000.00", "2026-03-31T10:00:00Z",
            "L1-WARRANTY", "2", "L2-TRAINING", "20");
    }

    private static AwardCriterion formula(String id, String name, CriterionType type, long points,
                                          FormulaReference formula, Direction direction) {
        return AwardCriterion.builder().id(CriterionId.of(id)).name(name).type(type)
            .method(EvaluationMethod.FORMULA).maxPoints(Points.of(points)).formula(formula)
            .direction(direction).build();
    }

    private static AwardCriterion judged(String id, String name, long points) {
        return AwardCriterion.builder().id(CriterionId.of(id)).name(name).type(CriterionType.QUALITY)
            .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(points)).build();
    }

    private static FormulaReference bounds(String worst, String best) {
        return FormulaReference.builder().id("linear-bounds")
            .putParameters("worst", new BigDecimal(worst)).putParameters("best", new BigDecimal(best)).build();
    }

    private static Bid bid(String id, LotId lot, String bidder, String offer, String submitted,
                           String criterion1, String value1, String criterion2, String value2) {
        return Bid.builder().id(BidId.of(id)).tender(TENDER).lot(lot).bidder(OrganisationId.of(bidder))
            .economicOffer(Money.euros(offer))
            .putFormulaValues(CriterionId.of(criterion1), new BigDecimal(value1))
            .putFormulaValues(CriterionId.of(criterion2), new BigDecimal(value2))
            .valueJudgmentEnvelope(Envelope.builder().addDocuments(DocumentReference.builder()
                .title("Memoria técnica " + id).uri("urn:otp:doc:" + TENDER + ":" + id + ":memoria").build()).build())
            .formulaEnvelope(Envelope.builder().addDocuments(DocumentReference.builder()
                .title("Oferta económica " + id).uri("urn:otp:doc:" + TENDER + ":" + id + ":oferta").build()).build())
            .submittedAt(Instant.parse(submitted))
            .tieBreakData(TieBreakData.builder().disabledWorkersPercentage(Percentage.of("2.5"))
                .temporaryContractsPercentage(Percentage.of(12)).womenPercentage(Percentage.of(41)).build())
            .build();
    }
}
