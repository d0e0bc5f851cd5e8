package io.otp.ocds;

import io.otp.core.classification.CpvCode;
import io.otp.core.execution.AcceptanceOutcome;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneType;
import io.otp.core.id.BidId;
import io.otp.core.id.ContractId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.MilestoneId;
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
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TenderStatus;
import io.otp.core.time.DateRange;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.Attribution;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.evaluation.EvaluationSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small restricted-procedure tender with one lot (price 60 by formula, technical proposal 40 by value
 * judgment, threshold 20), three bids, its evaluation, a signed contract partly executed and an SPI
 * series: the process the tests publish.
 *
 * <p>Value judgment (means of 3 evaluators): B1 30, B2 25, B3 35. Price, inverse-proportional with Pmin
 * 90,000: B1 60 × 90,000 / 100,000 = 54.00; B2 60.00; B3 60 × 90,000 / 120,000 = 45.00. Totals: B1 84.00,
 * B2 85.00, B3 80.00; proposal B2.
 */
final class OcdsFixtures {

    static final TenderId TENDER = TenderId.of("2026/EXP-0100");
    static final LotId LOT = LotId.of("L1");
    static final CriterionId PRICE = CriterionId.of("L1-PRICE");
    static final CriterionId TECH = CriterionId.of("L1-TECH");
    static final OrganisationId BUYER = OrganisationId.of("L01280796");
    static final OrganisationId FUNDER = OrganisationId.of("EU-RRF");
    static final List<PersonId> COMMITTEE = List.of(PersonId.of("P-A"), PersonId.of("P-B"), PersonId.of("P-C"));
    static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");

    private OcdsFixtures() {
    }

    static OcdsSettings settings() {
        return OcdsSettings.builder().ocidPrefix("ocds-otp001").publisherName("Ayuntamiento de Madrid")
            .publisherScheme("ES-DIR3").publisherUid("L01280796")
            .packageUri("https://datos.example.org/ocds/2026/release-package.json").publishedDate(PUBLISHED).build();
    }

    static Tender tender() {
        Lot lot = Lot.builder().id(LOT).title("Soporte a usuarios").description("Centro de atención a usuarios")
            .budget(Money.euros(120_000)).addCpvCodes(CpvCode.of("72253000-3"))
            .addCriteria(AwardCriterion.builder().id(PRICE).name("Precio").type(CriterionType.PRICE)
                    .method(EvaluationMethod.FORMULA).maxPoints(Points.of(60))
                    .formula(FormulaReference.of("inverse-proportional")).build(),
                AwardCriterion.builder().id(TECH).name("Propuesta técnica").type(CriterionType.QUALITY)
                    .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(40))
                    .minimumThreshold(Points.of(20)).build())
            .qualityThreshold(Points.of(20)).build();
        return Tender.builder().id(TENDER).title("Servicio de soporte a usuarios")
            .contractingAuthority(BUYER).contractType(ContractType.SERVICES)
            .procedure(ProcedureType.RESTRICTED).estimatedValue(Money.euros(120_000))
            .addCpvCodes(CpvCode.of("72000000-5")).addLots(lot)
            .keyDates(KeyDates.builder().publication(LocalDate.of(2026, 3, 2))
                .submissionDeadline(Instant.parse("2026-03-30T12:00:00Z")).build())
            .status(TenderStatus.AWARD_PROPOSED).build();
    }

    static List<Bid> bids() {
        return List.of(bid("B1", "A58818501", "100000.00", "2026-03-20T10:00:00Z"),
            bid("B2", "B12345674", "90000.00", "2026-03-21T11:30:00Z"),
            bid("B3", "B87654321", "120000.00", "2026-03-22T09:15:00Z"));
    }

    private static Bid bid(String id, String bidder, String offer, String at) {
        return Bid.builder().id(BidId.of(id)).tender(TENDER).lot(LOT).bidder(OrganisationId.of(bidder))
            .economicOffer(Money.euros(offer)).submittedAt(Instant.parse(at)).build();
    }

    static EvaluationResult evaluation() {
        Tender tender = tender();
        List<ConflictOfInterestDeclaration> dacis = new ArrayList<>();
        COMMITTEE.forEach(p -> dacis.add(ConflictOfInterestDeclaration.builder().person(p).tender(TENDER)
            .signed(LocalDate.parse("2026-03-31")).build()));
        EvaluationSettings settings = EvaluationSettings.builder().addAllCommittee(COMMITTEE)
            .addAllDeclarations(dacis).seed(7L).build();
        PersonId president = COMMITTEE.get(0);
        Evaluation e = Evaluation.start(tender, LOT, settings, at(president, "2026-04-01T09:00:00Z"));
        for (Bid b : bids()) {
            e = e.registerBid(b, at(president, "2026-04-01T09:10:00Z"));
        }
        List<EvaluatorScore> scores = new ArrayList<>();
        int[][] points = {{30, 30, 30}, {25, 25, 25}, {35, 35, 35}};
        for (int b = 0; b < 3; b++) {
            for (int i = 0; i < 3; i++) {
                scores.add(EvaluatorScore.builder().evaluator(COMMITTEE.get(i)).bid(BidId.of("B" + (b + 1)))
                    .criterion(TECH).points(Points.of(points[b][i])).justification("Valoración motivada").build());
            }
        }
        e = e.recordScores(scores, at(president, "2026-04-10T09:00:00Z"))
            .sealValueJudgment(at(president, "2026-04-11T09:00:00Z"))
            .applyTechnicalThreshold(at(president, "2026-04-11T09:10:00Z"))
            .openFormulaEnvelope(at(president, "2026-04-11T09:20:00Z"))
            .scoreFormulaCriteria(at(president, "2026-04-11T09:30:00Z"))
            .detectAbnormalOffers(at(president, "2026-04-11T09:40:00Z"))
            .rank(at(president, "2026-04-11T09:50:00Z"))
            .breakTies(at(president, "2026-04-11T09:55:00Z"))
            .proposeAward(at(president, "2026-04-11T10:00:00Z"));
        return e.result();
    }

    private static Attribution at(PersonId who, String when) {
        return Attribution.of(who, Instant.parse(when));
    }

    static Contract contract() {
        Contract c = Contract.builder().id(ContractId.of("2026/CON-0100")).tender(TENDER).lot(LOT)
            .awardedBid(BidId.of("B2")).supplier(OrganisationId.of("B12345674")).amount(Money.euros("90000.00"))
            .vatRate(Percentage.of(21)).period(DateRange.of(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31)))
            .addMilestones(Milestone.builder().id(MilestoneId.of("M-01")).title("Acta de inicio")
                .type(MilestoneType.ENGAGEMENT).baselineDate(LocalDate.of(2026, 6, 3)).build())
            .addMilestones(Milestone.builder().id(MilestoneId.of("M-02")).title("Primer pago")
                .type(MilestoneType.PAYMENT).baselineDate(LocalDate.of(2026, 11, 30))
                .paymentPercentage(Percentage.of(40)).build())
            .addMilestones(Milestone.builder().id(MilestoneId.of("M-03")).title("Pago final")
                .type(MilestoneType.PAYMENT).baselineDate(LocalDate.of(2027, 5, 31))
                .paymentPercentage(Percentage.of(60)).build())
            .build();
        c = c.meet(MilestoneId.of("M-01"), LocalDate.of(2026, 6, 4));
        return c.certify(MilestoneId.of("M-02"), AcceptanceRecord.builder().outcome(AcceptanceOutcome.ACCEPTED)
            .signer(COMMITTEE.get(0)).date(LocalDate.of(2026, 11, 28)).certifiedAmount(Money.euros("36000.00"))
            .build());
    }

    static ContractingProcess process() {
        return ContractingProcess.builder().tender(tender()).addAllBids(bids()).addEvaluations(evaluation())
            .addContracts(contract()).addFunders(FUNDER)
            .putPartyNames(BUYER, "Ayuntamiento de Madrid").putPartyNames(FUNDER, "Mecanismo de Recuperación")
            .putPartyNames(OrganisationId.of("A58818501"), "Servicios Uno SA")
            .putPartyNames(OrganisationId.of("B12345674"), "Soporte Dos SL")
            .addKpis(PublicIctKpis.spi())
            .addKpiSeries(KpiSeries.of(PublicIctKpis.SPI, PublicIctKpis.spi().frequency(), List.of(
                Measurement.of(PublicIctKpis.SPI, LocalDate.of(2026, 9, 30), new BigDecimal("0.97")),
                Measurement.of(PublicIctKpis.SPI, LocalDate.of(2026, 10, 31), new BigDecimal("1.01")))))
            .build();
    }
}
