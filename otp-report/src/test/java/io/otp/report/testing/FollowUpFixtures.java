package io.otp.report.testing;

import io.otp.core.execution.AcceptanceOutcome;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.ChecklistItem;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Deliverable;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneType;
import io.otp.core.id.ActionItemId;
import io.otp.core.id.BidId;
import io.otp.core.id.ContractId;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.LotId;
import io.otp.core.id.MeetingId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.RiskRegisterId;
import io.otp.core.id.TenderId;
import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.ActionStatus;
import io.otp.core.meeting.Attendee;
import io.otp.core.meeting.AttendeeRole;
import io.otp.core.meeting.Meeting;
import io.otp.core.meeting.MeetingKind;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.risk.Rating;
import io.otp.core.risk.ResponseStrategy;
import io.otp.core.risk.Risk;
import io.otp.core.risk.RiskRegister;
import io.otp.core.risk.RiskStatus;
import io.otp.core.time.DateRange;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiFrequency;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import io.otp.kpi.portfolio.AttentionItem;
import io.otp.kpi.portfolio.DashboardSnapshot;
import io.otp.kpi.portfolio.Dimension;
import io.otp.kpi.portfolio.DimensionStatus;
import io.otp.kpi.portfolio.Portfolio;
import io.otp.kpi.portfolio.Programme;
import io.otp.kpi.portfolio.ProgrammeId;
import io.otp.kpi.portfolio.ProjectEntry;
import io.otp.kpi.trend.MilestoneTrendAnalysis;
import io.otp.kpi.trend.MilestoneTrendAnalyzer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The model objects of the follow-up report and the dashboard, built through the public builders after
 * the service desk contract of otp-examples (ServiceDeskContract, ExecutionScenario, OfficePortfolio):
 * a 12-month contract of 352,000.00 euros followed to its status date of 31 December 2026 (month 7).
 */
public final class FollowUpFixtures {

    /** The hostile text that must show as text. */
    public static final String HOSTILE = "<script>alert(1)</script>";

    /** The status date. */
    public static final LocalDate STATUS_DATE = LocalDate.of(2026, 12, 31);

    /** The project. */
    public static final ProjectId PROJECT = ProjectId.of("PRJ-2026-011");

    /** The supplier. */
    public static final OrganisationId SUPPLIER = OrganisationId.of("A58818501");

    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final PersonId LOPEZ = PersonId.of("lopez");
    private static final PersonId GARCIA = PersonId.of("garcia");
    private static final DeliverableId TRANSITION = DeliverableId.of("D-01");
    private static final DeliverableId SEMESTER = DeliverableId.of("D-02");
    private static final DeliverableId TOOL = DeliverableId.of("D-04");
    private static final String[] PV = {"20000", "50000", "80000", "110000", "140000", "170000", "200000", "230000",
        "260000", "290000", "320000", "352000"};
    private static final String[] EV = {"18000", "46000", "74000", "101000", "127000", "154000", "182000"};
    private static final String[] AC = {"19000", "48000", "77000", "105000", "133000", "161000", "190000"};

    private FollowUpFixtures() {
    }

    /**
     * The contract at the status date: kick-off met, transition accepted, first half year conditionally
     * accepted with two defects, the ITSM migration slipping.
     *
     * @param milestoneTitle the title of milestone M-05 (hostile in the escaping tests)
     * @return the contract
     */
    public static Contract contract(String milestoneTitle) {
        Contract c = Contract.builder().id(ContractId.of("2026/CON-0077-L1")).tender(TenderId.of("2026/EXP-0077"))
            .lot(LotId.of("L1")).awardedBid(BidId.of("B1")).supplier(SUPPLIER).amount(Money.euros("352000.00"))
            .vatRate(Percentage.of(21)).period(DateRange.of(START, LocalDate.of(2027, 5, 31)))
            .addMilestones(milestone("M-01", "Reunión de lanzamiento", MilestoneType.ENGAGEMENT, "2026-06-03").build())
            .addMilestones(milestone("M-02", "Certificación de la transición", MilestoneType.PAYMENT, "2026-07-31")
                .paymentPercentage(Percentage.of(20)).addDeliverables(TRANSITION).build())
            .addMilestones(milestone("M-04", "Certificación del primer semestre", MilestoneType.PAYMENT, "2026-11-30")
                .paymentPercentage(Percentage.of(30)).addDeliverables(SEMESTER).build())
            .addMilestones(milestone("M-05", milestoneTitle, MilestoneType.DELIVERY, "2027-02-26")
                .addDeliverables(TOOL).build())
            .addMilestones(milestone("M-06", "Certificación final", MilestoneType.PAYMENT, "2027-05-31")
                .paymentPercentage(Percentage.of(50)).build())
            .addDeliverables(deliverable(TRANSITION, "Informe de transición", "Inventario cargado", "Traspaso firmado"))
            .addDeliverables(deliverable(SEMESTER, "Informe del primer semestre", "Encuesta realizada",
                "ANS calculados", "Manual de procedimientos"))
            .addDeliverables(deliverable(TOOL, "Herramienta ITSM migrada", "Histórico migrado", "Directorio integrado"))
            .build();
        c = c.meet(MilestoneId.of("M-01"), LocalDate.of(2026, 6, 3));
        c = c.withDeliverable(c.deliverable(TRANSITION).orElseThrow().withItemChecked(0).withItemChecked(1));
        c = c.certify(MilestoneId.of("M-02"), AcceptanceRecord.builder().outcome(AcceptanceOutcome.ACCEPTED)
            .addDeliverables(TRANSITION).signer(LOPEZ).date(LocalDate.of(2026, 7, 30))
            .certifiedAmount(Money.euros("70400.00")).build());
        c = c.reviseForecast(MilestoneId.of("M-05"), LocalDate.of(2026, 9, 30), LocalDate.of(2027, 2, 26));
        c = c.reviseForecast(MilestoneId.of("M-04"), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 15));
        c = c.reviseForecast(MilestoneId.of("M-05"), LocalDate.of(2026, 10, 31), LocalDate.of(2027, 3, 12));
        c = c.withDeliverable(c.deliverable(SEMESTER).orElseThrow().withItemChecked(0));
        c = c.certify(MilestoneId.of("M-04"), AcceptanceRecord.builder()
            .outcome(AcceptanceOutcome.CONDITIONALLY_ACCEPTED).addDeliverables(SEMESTER).signer(LOPEZ)
            .date(LocalDate.of(2026, 12, 15)).certifiedAmount(Money.euros("95040.00"))
            .addDefects("Dos indicadores de ANS mal calculados").addDefects("Falta el escalado al segundo nivel")
            .fixDate(LocalDate.of(2027, 1, 15)).build());
        c = c.reviseForecast(MilestoneId.of("M-05"), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 4, 9));
        return c;
    }

    /**
     * The monthly earned value data: 12 periods, EV and AC for months 1 to 7.
     *
     * @return the series
     */
    public static EvmSeries series() {
        EvmSeries.Builder b = EvmSeries.builder().bac(Money.euros("352000.00")).statusDate(STATUS_DATE);
        for (int t = 0; t < PV.length; t++) {
            b.addPeriodEnds(START.plusMonths(t + 1L).minusDays(1)).addPv(Money.euros(PV[t]));
        }
        for (int t = 0; t < EV.length; t++) {
            b.addEv(Money.euros(EV[t])).addAc(Money.euros(AC[t]));
        }
        return b.build();
    }

    /**
     * The milestone trend analysis of a contract (Monday to Friday calendar).
     *
     * @param contract the contract
     * @return the analysis
     */
    public static MilestoneTrendAnalysis trend(Contract contract) {
        return MilestoneTrendAnalyzer.standard().analyse(contract);
    }

    /**
     * The definitions the fixtures assess.
     *
     * @return SPI and CPI
     */
    public static List<KpiDefinition> definitions() {
        return List.of(PublicIctKpis.spi(), PublicIctKpis.cpi());
    }

    /**
     * SPI and CPI assessed at the status date from the monthly figures, trend over 3 months.
     *
     * @return the assessments
     */
    public static List<KpiAssessment> kpis() {
        EvmSeries s = series();
        List<EvmFigures> trend = EarnedValue.trend(s);
        List<Measurement> spi = new ArrayList<>();
        List<Measurement> cpi = new ArrayList<>();
        for (int t = 0; t < trend.size(); t++) {
            LocalDate end = s.periodEnds().get(t);
            trend.get(t).spi().ifPresent(v -> spi.add(Measurement.of(PublicIctKpis.SPI, end, v)));
            trend.get(t).cpi().ifPresent(v -> cpi.add(Measurement.of(PublicIctKpis.CPI, end, v)));
        }
        return List.of(
            PublicIctKpis.spi().assess(KpiSeries.of(PublicIctKpis.SPI, KpiFrequency.MONTHLY, spi), STATUS_DATE, 3)
                .orElseThrow(),
            PublicIctKpis.cpi().assess(KpiSeries.of(PublicIctKpis.CPI, KpiFrequency.MONTHLY, cpi), STATUS_DATE, 3)
                .orElseThrow());
    }

    /**
     * A follow-up meeting of 1 December 2026: A-1 overdue at the status date, A-2 in progress and not
     * due, A-3 done before the status date (not listed), A-4 done after it (open at the status date).
     *
     * @param description the description of A-1 (hostile in the escaping tests)
     * @return the meeting
     */
    public static Meeting meeting(String description) {
        LocalDate date = LocalDate.of(2026, 12, 1);
        return Meeting.builder().id(MeetingId.of("SEG-2026-12")).kind(MeetingKind.FOLLOW_UP).project(PROJECT).date(date)
            .startTime(LocalTime.of(9, 30)).addAgenda("Seguimiento mensual")
            .addAttendees(Attendee.of(LOPEZ, AttendeeRole.CHAIR), Attendee.of(GARCIA, AttendeeRole.SECRETARY))
            .addActionItems(
                ActionItem.builder().id(ActionItemId.of("A-1")).description(description).owner(GARCIA)
                    .dueDate(LocalDate.of(2026, 12, 15)).build(),
                ActionItem.builder().id(ActionItemId.of("A-2")).description("Planificar la migración").owner(LOPEZ)
                    .dueDate(LocalDate.of(2027, 1, 15)).status(ActionStatus.IN_PROGRESS).build(),
                ActionItem.builder().id(ActionItemId.of("A-3")).description("Enviar el acta").owner(GARCIA)
                    .dueDate(LocalDate.of(2026, 12, 5)).status(ActionStatus.DONE)
                    .closedDate(LocalDate.of(2026, 12, 4)).build(),
                ActionItem.builder().id(ActionItemId.of("A-4")).description("Revisar los ANS").owner(LOPEZ)
                    .dueDate(LocalDate.of(2026, 12, 20)).status(ActionStatus.DONE)
                    .closedDate(LocalDate.of(2027, 1, 5)).build())
            .build();
    }

    /**
     * A risk register: R-01 critical (4 × 5), R-02 medium (3 × 3), R-03 low (2 × 2), R-04 closed.
     *
     * @param title the title of R-01 (hostile in the escaping tests)
     * @return the register
     */
    public static RiskRegister risks(String title) {
        return RiskRegister.builder().id(RiskRegisterId.of("RR-011")).project(PROJECT)
            .addRisks(risk("R-01", title, Rating.HIGH, Rating.VERY_HIGH).response(ResponseStrategy.REDUCE)
                .responseActions("Plan de retención").status(RiskStatus.RESPONSE_PLANNED).build())
            .addRisks(risk("R-02", "Retraso de la integración", Rating.MEDIUM, Rating.MEDIUM).build())
            .addRisks(risk("R-03", "Cambio normativo", Rating.LOW, Rating.LOW).build())
            .addRisks(risk("R-04", "Riesgo cerrado", Rating.VERY_HIGH, Rating.VERY_HIGH).status(RiskStatus.CLOSED)
                .build())
            .build();
    }

    /**
     * The dashboard of three projects in two programmes at the status date.
     *
     * @param name the name of the first project (hostile in the escaping tests)
     * @return the snapshot
     */
    public static DashboardSnapshot dashboard(String name) {
        EvmSeries calendar = series();
        ProjectEntry serviceDesk = ProjectEntry.builder().projectId(PROJECT).name(name).evm(calendar)
            .addStatuses(DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.AMBER),
                DimensionStatus.of(Dimension.COST, StatusLevel.GREEN))
            .lateMilestones(1).overdueMilestones(0)
            .addAttention(AttentionItem.risk("R-01", "Rotación del personal", StatusLevel.AMBER))
            .addAttention(AttentionItem.action("A-07", "Corregir los defectos", StatusLevel.AMBER,
                LocalDate.of(2026, 12, 20)))
            .build();
        ProjectEntry eOffice = ProjectEntry.builder().projectId(ProjectId.of("PRJ-2026-007")).name("Sede electrónica")
            .evm(other(calendar, "180000.00", new String[] {"15000", "30000", "45000", "60000", "75000", "90000",
                "105000", "120000", "135000", "150000", "165000", "180000"},
                new String[] {"14000", "31000", "47000", "63000", "79000", "94000", "110000"},
                new String[] {"13500", "29000", "44000", "59000", "75000", "90000", "104000"}))
            .addStatuses(DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.GREEN),
                DimensionStatus.of(Dimension.COST, StatusLevel.GREEN), DimensionStatus.of(Dimension.RISK, StatusLevel.GREEN))
            .lateMilestones(0).overdueMilestones(0)
            .addAttention(AttentionItem.risk("R-03", "Dependencia de la pasarela de pagos", StatusLevel.GREEN))
            .build();
        ProjectEntry cloud = ProjectEntry.builder().projectId(ProjectId.of("PRJ-2026-015")).name("Migración a la nube")
            .evm(other(calendar, "240000.00", new String[] {"10000", "25000", "45000", "70000", "95000", "120000",
                "145000", "170000", "195000", "215000", "230000", "240000"},
                new String[] {"8000", "20000", "36000", "55000", "74000", "92000", "110000"},
                new String[] {"9500", "24000", "43000", "66000", "89000", "112000", "136000"}))
            .addStatuses(DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.RED),
                DimensionStatus.of(Dimension.COST, StatusLevel.RED), DimensionStatus.of(Dimension.RISK, StatusLevel.RED))
            .lateMilestones(2).overdueMilestones(1)
            .addAttention(AttentionItem.risk("R-02", "Licencias no portables", StatusLevel.RED))
            .addAttention(AttentionItem.action("A-04", "Replanificar la migración", StatusLevel.RED,
                LocalDate.of(2026, 12, 15)))
            .build();
        Portfolio portfolio = Portfolio.builder().name("Oficina técnica de proyectos").statusDate(STATUS_DATE)
            .scale(StatusScale.rag())
            .addProgrammes(Programme.builder().id(ProgrammeId.of("PRG-ADM-E")).name("Administración electrónica")
                .addProjects(serviceDesk, eOffice).build())
            .addProgrammes(Programme.builder().id(ProgrammeId.of("PRG-INFRA")).name("Infraestructuras")
                .addProjects(cloud).build())
            .build();
        return DashboardSnapshot.of(portfolio);
    }

    private static EvmSeries other(EvmSeries calendar, String bac, String[] pv, String[] ev, String[] ac) {
        EvmSeries.Builder b = EvmSeries.builder().bac(Money.euros(bac)).statusDate(calendar.statusDate());
        for (int t = 0; t < pv.length; t++) {
            b.addPeriodEnds(calendar.periodEnds().get(t)).addPv(Money.euros(pv[t]));
        }
        for (int t = 0; t < ev.length; t++) {
            b.addEv(Money.euros(ev[t])).addAc(Money.euros(ac[t]));
        }
        return b.build();
    }

    private static Risk.Builder risk(String reference, String title, Rating probability, Rating impact) {
        return Risk.builder().reference(reference).title(title).description("Descripción de " + reference)
            .category("técnico").probability(probability).impact(impact).owner(LOPEZ)
            .identifiedOn(LocalDate.of(2026, 6, 15));
    }

    private static Milestone.Builder milestone(String id, String title, MilestoneType type, String baseline) {
        return Milestone.builder().id(MilestoneId.of(id)).title(title).type(type).baselineDate(LocalDate.parse(baseline));
    }

    private static Deliverable deliverable(DeliverableId id, String title, String... items) {
        Deliverable.Builder b = Deliverable.builder().id(id).title(title);
        for (String item : items) {
            b.addChecklist(ChecklistItem.of(item, false));
        }
        return b.build();
    }
}
