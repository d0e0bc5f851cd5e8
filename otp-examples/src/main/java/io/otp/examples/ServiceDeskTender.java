package io.otp.examples;

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
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.EvaluationSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A realistic tender of IT services of a provincial council, for the evaluation scenario: user
 * support (service desk) and application maintenance in two lots, six bids, a committee of three
 * evaluators with signed conflict-of-interest declarations (DACI).
 *
 * <p>The figures are invented but follow current Spanish practice: an open procedure, budgets VAT
 * excluded, price scored by the inverse-proportional rule ("regla de tres inversa"), formula criteria
 * predominating (LCSP art. 146.2), a quality threshold of half the value-judgment points (art. 146.3)
 * and a pliego rule for abnormally low offers: a price more than 20 % below the mean of the other
 * offers (art. 149.2.b). They are chosen so that lot 1 has an abnormally low offer whose
 * justification is rejected and lot 2 an exact tie broken by LCSP art. 147.2 (b).
 */
public final class ServiceDeskTender {

    /** The tender's file number. */
    public static final TenderId TENDER = TenderId.of("2026/EXP-0077");
    /** Lot 1: service desk and on-site support. */
    public static final LotId LOT_1 = LotId.of("L1");
    /** Lot 2: corrective and evolutive maintenance of applications. */
    public static final LotId LOT_2 = LotId.of("L2");

    /** Lot 1 price, 60 points, inverse-proportional. */
    public static final CriterionId L1_PRICE = CriterionId.of("L1-PRICE");
    /** Lot 1 technical proposal, 30 points, value judgment. */
    public static final CriterionId L1_TECH = CriterionId.of("L1-TECH");
    /** Lot 1 transition and hand-back plan, 10 points, value judgment. */
    public static final CriterionId L1_PLAN = CriterionId.of("L1-PLAN");
    /** Lot 2 price, 55 points, inverse-proportional. */
    public static final CriterionId L2_PRICE = CriterionId.of("L2-PRICE");
    /** Lot 2 technical proposal, 45 points, value judgment. */
    public static final CriterionId L2_TECH = CriterionId.of("L2-TECH");

    /** Evaluator: head of the IT service. */
    public static final PersonId LOPEZ = PersonId.of("P-LOPEZ-FERRER");
    /** Evaluator: systems engineer. */
    public static final PersonId ORTEGA = PersonId.of("P-ORTEGA-RUIZ");
    /** Evaluator: applications engineer. */
    public static final PersonId SANZ = PersonId.of("P-SANZ-MOLINA");
    /** President of the mesa de contratación. */
    public static final PersonId NAVARRO = PersonId.of("P-NAVARRO-PONS");
    /** Secretary of the mesa de contratación. */
    public static final PersonId BELTRAN = PersonId.of("P-BELTRAN-GIL");

    /** The committee that scores the value-judgment criteria of both lots. */
    public static final List<PersonId> COMMITTEE = List.of(LOPEZ, ORTEGA, SANZ);

    /** The seed of the draw of LCSP art. 147.2 (d), fixed in the mesa's act before ranking. */
    public static final long DRAW_SEED = 20260512L;

    private static final Map<PersonId, String> PEOPLE = new LinkedHashMap<>();
    private static final Map<OrganisationId, String> BIDDERS = new LinkedHashMap<>();

    static {
        PEOPLE.put(LOPEZ, "María López Ferrer (jefa del servicio de informática)");
        PEOPLE.put(ORTEGA, "Javier Ortega Ruiz (técnico de sistemas)");
        PEOPLE.put(SANZ, "Lucía Sanz Molina (técnica de aplicaciones)");
        PEOPLE.put(NAVARRO, "Rafael Navarro Pons (presidente de la mesa)");
        PEOPLE.put(BELTRAN, "Ana Beltrán Gil (secretaria de la mesa)");
        BIDDERS.put(OrganisationId.of("A58818501"), "Levante Sistemas, S.A.");
        BIDDERS.put(OrganisationId.of("B12345674"), "Soporte Digital Mediterráneo, S.L.");
        BIDDERS.put(OrganisationId.of("B87654323"), "Helpdesk Low Cost Ibérica, S.L.");
        BIDDERS.put(OrganisationId.of("A28017895"), "Aplicaciones Inclusivas de Levante, S.A.");
        BIDDERS.put(OrganisationId.of("B76543214"), "Ingeniería de Aplicaciones Públicas, S.L.");
        BIDDERS.put(OrganisationId.of("B11223344"), "Consultoría TIC del Turia, S.L.");
    }

    private ServiceDeskTender() {
    }

    /**
     * Lot 1: service desk, budget 400,000.00 euros; price 60, technical proposal 30, transition plan
     * 10; quality threshold 20 of the 40 value-judgment points.
     *
     * @return the lot, not null
     */
    public static Lot lot1() {
        return Lot.builder().id(LOT_1).title("Centro de atención a usuarios (CAU) y soporte in situ")
            .budget(Money.euros(400_000)).addCpvCodes(CpvCode.of("72253000-3"))
            .addCriteria(price(L1_PRICE, 60),
                judged(L1_TECH, "Propuesta técnica: organización del servicio, ANS y herramientas", 30),
                judged(L1_PLAN, "Plan de transición y de devolución del servicio", 10))
            .qualityThreshold(Points.of(20)).build();
    }

    /**
     * Lot 2: application maintenance, budget 300,000.00 euros; price 55, technical proposal 45;
     * quality threshold 22.5 of the 45 value-judgment points.
     *
     * @return the lot, not null
     */
    public static Lot lot2() {
        return Lot.builder().id(LOT_2).title("Mantenimiento correctivo y evolutivo de aplicaciones municipales")
            .budget(Money.euros(300_000)).addCpvCodes(CpvCode.of("72267000-4"))
            .addCriteria(price(L2_PRICE, 55),
                judged(L2_TECH, "Propuesta técnica: metodología, equipo y plan de trabajo", 45))
            .qualityThreshold(Points.of("22.5")).build();
    }

    /**
     * The tender.
     *
     * @return the tender, not null
     */
    public static Tender tender() {
        return Tender.builder().id(TENDER)
            .title("Servicios de soporte a usuarios y mantenimiento de aplicaciones de la Diputación")
            .contractingAuthority(OrganisationId.of("L01470011"))
            .contractType(ContractType.SERVICES).procedure(ProcedureType.OPEN)
            .estimatedValue(Money.euros(700_000))
            .addCpvCodes(CpvCode.of("72000000-5"))
            .addLots(lot1(), lot2()).build();
    }

    /**
     * The six bids, three per lot. Lot 1: B1 352,000.00, B2 340,000.00, B3 240,000.00 (abnormally
     * low). Lot 2: B4 240,000.00, B5 264,000.00, B6 282,000.00; B4 and B5 declare the same data for
     * LCSP art. 147.2 (a) and different temporary-contract percentages for (b).
     *
     * @return the bids, not null
     */
    public static List<Bid> bids() {
        return List.of(
            bid("B1", LOT_1, "A58818501", "352000.00", "2026-04-01T10:12:00Z", TieBreakData.none()),
            bid("B2", LOT_1, "B12345674", "340000.00", "2026-04-01T11:47:00Z", TieBreakData.none()),
            bid("B3", LOT_1, "B87654323", "240000.00", "2026-04-01T12:30:00Z", TieBreakData.none()),
            bid("B4", LOT_2, "A28017895", "240000.00", "2026-03-31T09:05:00Z",
                social("2.50", 3, "9.50", "41.00")),
            bid("B5", LOT_2, "B76543214", "264000.00", "2026-03-30T17:20:00Z",
                social("2.50", 3, "18.00", "36.00")),
            bid("B6", LOT_2, "B11223344", "282000.00", "2026-04-01T08:55:00Z",
                social("1.00", 1, "22.00", "48.00")));
    }

    /**
     * The bids of one lot.
     *
     * @param lot the lot; not null
     * @return the bids in id order, not null
     */
    public static List<Bid> bids(LotId lot) {
        return bids().stream().filter(b -> b.lot().equals(lot)).toList();
    }

    /**
     * The settings of both lots: the committee and its DACIs signed on 8 April 2026, mean of the
     * scores, points rounded to 2 decimals half up per criterion, the pliego's rule "price more than
     * 20 % below the mean of the other offers" (LCSP art. 149.2.b), no recomputation after an
     * exclusion, and the seed of the draw.
     *
     * @return the settings, not null
     */
    public static EvaluationSettings settings() {
        List<ConflictOfInterestDeclaration> dacis = new ArrayList<>();
        for (PersonId p : COMMITTEE) {
            dacis.add(ConflictOfInterestDeclaration.builder().person(p).tender(TENDER)
                .signed(LocalDate.parse("2026-04-08")).build());
        }
        return EvaluationSettings.builder().addAllCommittee(COMMITTEE).addAllDeclarations(dacis)
            .pliegoThreshold(PliegoThreshold.builder().belowMean(Percentage.of(20)).build())
            .seed(DRAW_SEED).build();
    }

    /**
     * The committee's scores of one lot, each with its written justification.
     *
     * <p>Lot 1, technical proposal (30): B1 26, 27, 25 (mean 26); B2 22, 24, 23 (23); B3 18, 20, 19
     * (19). Transition plan (10): B1 8, 9, 7 (8); B2 7, 7, 7 (7); B3 5, 6, 7 (6). Lot 2, technical
     * proposal (45): B4 28, 31, 31 (30); B5 35, 34, 36 (35); B6 38, 36, 37 (37).
     *
     * @param lot the lot; not null
     * @return the scores, not null
     */
    public static List<EvaluatorScore> scores(LotId lot) {
        List<EvaluatorScore> out = new ArrayList<>();
        if (lot.equals(LOT_1)) {
            score(out, "B1", L1_TECH, 30, new int[] {26, 27, 25},
                "Organización del CAU en dos niveles con ANS medibles y herramienta ITSM propia integrada con el"
                    + " inventario; el plan de guardias cubre el horario ampliado exigido");
            score(out, "B2", L1_TECH, 30, new int[] {22, 24, 23},
                "Propuesta correcta y completa, pero los ANS repiten los mínimos del pliego y la herramienta de"
                    + " tickets es genérica, sin integración con el directorio municipal");
            score(out, "B3", L1_TECH, 30, new int[] {18, 20, 19},
                "Descripción genérica del servicio, no concreta la dotación por turnos ni el procedimiento de"
                    + " escalado al segundo nivel");
            score(out, "B1", L1_PLAN, 10, new int[] {8, 9, 7},
                "Transición en seis semanas con traspaso documentado y convivencia con el proveedor saliente");
            score(out, "B2", L1_PLAN, 10, new int[] {7, 7, 7},
                "Plan de transición adecuado; el plan de devolución se limita a una relación de entregables");
            score(out, "B3", L1_PLAN, 10, new int[] {5, 6, 7},
                "Calendario de transición poco detallado y sin análisis de riesgos");
        } else if (lot.equals(LOT_2)) {
            score(out, "B4", L2_TECH, 45, new int[] {28, 31, 31},
                "Metodología ágil bien descrita; el equipo propuesto es suficiente pero el plan de trabajo no"
                    + " prioriza las aplicaciones críticas de gestión tributaria");
            score(out, "B5", L2_TECH, 45, new int[] {35, 34, 36},
                "Plan de trabajo detallado por aplicación, con pruebas automatizadas y gestión de la deuda"
                    + " técnica; equipo con experiencia en administración electrónica");
            score(out, "B6", L2_TECH, 45, new int[] {38, 36, 37},
                "La mejor propuesta técnica: análisis del parque de aplicaciones, hoja de ruta evolutiva y"
                    + " métricas de calidad del código con objetivos anuales");
        }
        return out;
    }

    /**
     * The mesa's decision on the justification of an offer presumed abnormally low.
     *
     * @param bid the flagged bid; not null
     * @return the decision; empty if the scenario has none for the bid
     */
    public static Optional<AbnormalOfferDecision> decision(BidId bid) {
        if (bid.equals(BidId.of("B3"))) {
            return Optional.of(AbnormalOfferDecision.rejected(bid,
                "El informe técnico concluye que la oferta no cubre los costes salariales del convenio colectivo"
                    + " aplicable para los seis técnicos que exige el pliego y que la justificación no acredita"
                    + " ahorros ni soluciones técnicas que expliquen la baja (LCSP art. 149.4)"));
        }
        return Optional.empty();
    }

    /**
     * A person's name and role.
     *
     * @param person the person; not null
     * @return the name, or the id if unknown; not null
     */
    public static String name(PersonId person) {
        return PEOPLE.getOrDefault(person, person.toString());
    }

    /**
     * A bidder's company name.
     *
     * @param bidder the bidder; not null
     * @return the name, or the id if unknown; not null
     */
    public static String name(OrganisationId bidder) {
        return BIDDERS.getOrDefault(bidder, bidder.toString());
    }

    private static void score(List<EvaluatorScore> out, String bid, CriterionId criterion, int max, int[] points,
            String justification) {
        String[] focus = {
            "Se ha comprobado la coherencia con los medios adscritos.",
            "Se ha valorado la adecuación al Esquema Nacional de Seguridad.",
            "Se ha valorado la continuidad del servicio para los usuarios."};
        for (int i = 0; i < COMMITTEE.size(); i++) {
            out.add(EvaluatorScore.builder().evaluator(COMMITTEE.get(i)).bid(BidId.of(bid)).criterion(criterion)
                .points(Points.of(points[i]))
                .justification(justification + ". " + focus[i] + " Puntuación: " + points[i] + " de " + max + ".")
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

    private static Bid bid(String id, LotId lot, String bidder, String offer, String submitted, TieBreakData social) {
        return Bid.builder().id(BidId.of(id)).tender(TENDER).lot(lot).bidder(OrganisationId.of(bidder))
            .economicOffer(Money.euros(offer)).submittedAt(Instant.parse(submitted)).tieBreakData(social).build();
    }
}
