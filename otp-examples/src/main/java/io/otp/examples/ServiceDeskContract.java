package io.otp.examples;

import io.otp.core.execution.AcceptanceOutcome;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.ChecklistItem;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Deliverable;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneType;
import io.otp.core.id.BidId;
import io.otp.core.id.ContractId;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.time.DateRange;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.trend.WorkingCalendar;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract awarded in the evaluation scenario ({@link ServiceDeskTender} lot L1, bid B1 of Levante
 * Sistemas, S.A., 352,000.00 euros VAT excluded), followed in execution for the execution scenario: 12
 * months from 1 June 2026, six milestones, five deliverables with their acceptance checklists, the
 * monthly earned-value data up to the status date of 31 December 2026 (month 7) and the working
 * calendar of the contracting authority.
 *
 * <p>The figures are invented but follow current practice: the price is paid in three certifications
 * (20 % after the transition, 30 % after the first half year, 50 % at the reception, LCSP arts. 198 and
 * 210); the first half-year certification is a conditional acceptance with two documented defects that
 * certifies 90 % of its payment; the migration of the ITSM tool slips by two weeks at each monthly report
 * from October.
 *
 * <p>Planned value (cumulative, euros): transition month 20,000, then 30,000 a month, the last month
 * 32,000: 20,000, 50,000, 80,000, 110,000, 140,000, 170,000, 200,000, 230,000, 260,000, 290,000, 320,000,
 * 352,000. Earned value measured by the project office, months 1 to 7: 18,000, 46,000, 74,000, 101,000,
 * 127,000, 154,000, 182,000. Actual cost (the supplier's certified hours at the tendered rates): 19,000,
 * 48,000, 77,000, 105,000, 133,000, 161,000, 190,000.
 */
public final class ServiceDeskContract {

    /** The contract's file number. */
    public static final ContractId CONTRACT = ContractId.of("2026/CON-0077-L1");
    /** The awarded bid (evaluation scenario, lot L1). */
    public static final BidId AWARDED_BID = BidId.of("B1");
    /** The supplier, Levante Sistemas, S.A. */
    public static final OrganisationId SUPPLIER = OrganisationId.of("A58818501");
    /** The person responsible for the contract (LCSP art. 62), who signs the certifications. */
    public static final PersonId RESPONSIBLE = ServiceDeskTender.LOPEZ;

    /** First day of execution. */
    public static final LocalDate START = LocalDate.of(2026, 6, 1);
    /** Last day of execution. */
    public static final LocalDate END = LocalDate.of(2027, 5, 31);
    /** The status date: end of month 7. */
    public static final LocalDate STATUS_DATE = LocalDate.of(2026, 12, 31);

    /** Kick-off meeting (OCDS engagement). */
    public static final MilestoneId KICK_OFF = MilestoneId.of("M-01");
    /** Payment of 20 % on the certification of the transition. */
    public static final MilestoneId TRANSITION_PAYMENT = MilestoneId.of("M-02");
    /** First quarterly follow-up report (OCDS reporting). */
    public static final MilestoneId QUARTERLY_REPORT = MilestoneId.of("M-03");
    /** Payment of 30 % on the certification of the first half year. */
    public static final MilestoneId SEMESTER_PAYMENT = MilestoneId.of("M-04");
    /** Migration of the ITSM tool and directory integration (OCDS delivery); the slipping milestone. */
    public static final MilestoneId ITSM_MIGRATION = MilestoneId.of("M-05");
    /** Payment of 50 % on the final certification and reception. */
    public static final MilestoneId FINAL_PAYMENT = MilestoneId.of("M-06");

    /** Transition report and initial CMDB. */
    public static final DeliverableId TRANSITION_REPORT = DeliverableId.of("D-01");
    /** First half-year service-level report and procedures manual. */
    public static final DeliverableId SEMESTER_REPORT = DeliverableId.of("D-02");
    /** First quarterly follow-up report. */
    public static final DeliverableId QUARTER_REPORT = DeliverableId.of("D-03");
    /** The migrated ITSM tool. */
    public static final DeliverableId ITSM_TOOL = DeliverableId.of("D-04");
    /** Final report and hand-back plan. */
    public static final DeliverableId FINAL_REPORT = DeliverableId.of("D-05");

    /** The monthly reports that revised forecasts, in order. */
    public static final List<LocalDate> REPORT_DATES = List.of(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31),
        LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31));

    private static final String[] PV = {"20000", "50000", "80000", "110000", "140000", "170000", "200000", "230000",
        "260000", "290000", "320000", "352000"};
    private static final String[] EV = {"18000", "46000", "74000", "101000", "127000", "154000", "182000"};
    private static final String[] AC = {"19000", "48000", "77000", "105000", "133000", "161000", "190000"};

    private ServiceDeskContract() {
    }

    /**
     * The contract as formalised: baseline milestones, deliverables with nothing verified yet.
     *
     * @return the contract, not null
     */
    public static Contract awarded() {
        return Contract.builder().id(CONTRACT).tender(ServiceDeskTender.TENDER).lot(ServiceDeskTender.LOT_1)
            .awardedBid(AWARDED_BID).supplier(SUPPLIER).amount(Money.euros("352000.00")).vatRate(Percentage.of(21))
            .period(DateRange.of(START, END))
            .addMilestones(milestone(KICK_OFF, "Reunión de lanzamiento y acta de inicio", MilestoneType.ENGAGEMENT,
                "2026-06-03").build())
            .addMilestones(milestone(TRANSITION_PAYMENT, "Certificación de la transición del servicio",
                MilestoneType.PAYMENT, "2026-07-31").paymentPercentage(Percentage.of(20))
                .addDeliverables(TRANSITION_REPORT).build())
            .addMilestones(milestone(QUARTERLY_REPORT, "Informe de seguimiento del primer trimestre",
                MilestoneType.REPORTING, "2026-09-15").addDeliverables(QUARTER_REPORT).build())
            .addMilestones(milestone(SEMESTER_PAYMENT, "Certificación del primer semestre del servicio",
                MilestoneType.PAYMENT, "2026-11-30").paymentPercentage(Percentage.of(30))
                .addDeliverables(SEMESTER_REPORT).build())
            .addMilestones(milestone(ITSM_MIGRATION, "Migración de la herramienta ITSM e integración con el directorio",
                MilestoneType.DELIVERY, "2027-02-26").addDeliverables(ITSM_TOOL).build())
            .addMilestones(milestone(FINAL_PAYMENT, "Certificación final y recepción del servicio",
                MilestoneType.PAYMENT, "2027-05-31").paymentPercentage(Percentage.of(50))
                .addDeliverables(FINAL_REPORT).build())
            .addDeliverables(deliverable(TRANSITION_REPORT, "Informe de transición del servicio e inventario inicial (CMDB)",
                "Inventario de puestos y servidores cargado en la CMDB",
                "Procedimientos de traspaso firmados con el proveedor saliente",
                "Plan de guardias del horario ampliado aprobado"))
            .addDeliverables(deliverable(SEMESTER_REPORT, "Informe de ANS del primer semestre y manual de procedimientos",
                "Encuesta de satisfacción de usuarios realizada y analizada",
                "Indicadores de ANS calculados según el anexo II del pliego",
                "Manual de procedimientos con el escalado al segundo nivel"))
            .addDeliverables(deliverable(QUARTER_REPORT, "Informe de seguimiento del primer trimestre",
                "Incidencias y peticiones por categoría y prioridad",
                "Cumplimiento de los ANS del trimestre"))
            .addDeliverables(deliverable(ITSM_TOOL, "Herramienta ITSM migrada e integrada con el directorio corporativo",
                "Histórico de tickets migrado y verificado por muestreo",
                "Integración con el directorio corporativo probada",
                "Técnicos del CAU formados en la nueva herramienta"))
            .addDeliverables(deliverable(FINAL_REPORT, "Informe final y plan de devolución del servicio",
                "Informe final de ANS del contrato",
                "Plan de devolución ejecutado con el nuevo proveedor",
                "Documentación de la CMDB entregada"))
            .build();
    }

    /**
     * The contract as it stands on the status date, built step by step from {@link #awarded()}: the
     * kick-off met; the transition and the quarterly report accepted with every checklist item verified;
     * the first half year conditionally accepted with two defects; the monthly forecast revisions of
     * September to December 2026.
     *
     * @return the contract, not null
     */
    public static Contract atStatusDate() {
        Contract c = awarded();
        c = c.meet(c.milestones().get(0).id(), LocalDate.of(2026, 6, 3));

        c = c.withDeliverable(allChecked(c.deliverable(TRANSITION_REPORT).orElseThrow()));
        c = c.certify(TRANSITION_PAYMENT, AcceptanceRecord.builder().outcome(AcceptanceOutcome.ACCEPTED)
            .addDeliverables(TRANSITION_REPORT).signer(RESPONSIBLE).date(LocalDate.of(2026, 7, 30))
            .certifiedAmount(Money.euros("70400.00")).build());

        c = c.withDeliverable(allChecked(c.deliverable(QUARTER_REPORT).orElseThrow()));
        c = c.certify(QUARTERLY_REPORT, AcceptanceRecord.builder().outcome(AcceptanceOutcome.ACCEPTED)
            .addDeliverables(QUARTER_REPORT).signer(RESPONSIBLE).date(LocalDate.of(2026, 9, 14))
            .certifiedAmount(Money.euros("0.00")).build());

        LocalDate september = REPORT_DATES.get(0);
        LocalDate october = REPORT_DATES.get(1);
        LocalDate november = REPORT_DATES.get(2);
        LocalDate december = REPORT_DATES.get(3);
        c = c.reviseForecast(ITSM_MIGRATION, september, LocalDate.of(2027, 2, 26));
        c = c.reviseForecast(FINAL_PAYMENT, september, END);
        c = c.reviseForecast(SEMESTER_PAYMENT, october, LocalDate.of(2026, 11, 30));
        c = c.reviseForecast(ITSM_MIGRATION, october, LocalDate.of(2027, 3, 12));
        c = c.reviseForecast(FINAL_PAYMENT, october, END);
        c = c.reviseForecast(SEMESTER_PAYMENT, november, LocalDate.of(2026, 12, 15));
        c = c.reviseForecast(ITSM_MIGRATION, november, LocalDate.of(2027, 3, 26));
        c = c.reviseForecast(FINAL_PAYMENT, november, END);

        // Only the satisfaction survey is verified; the two open items become the documented defects.
        c = c.withDeliverable(c.deliverable(SEMESTER_REPORT).orElseThrow().withItemChecked(0));
        c = c.certify(SEMESTER_PAYMENT, AcceptanceRecord.builder().outcome(AcceptanceOutcome.CONDITIONALLY_ACCEPTED)
            .addDeliverables(SEMESTER_REPORT).signer(RESPONSIBLE).date(LocalDate.of(2026, 12, 15))
            .certifiedAmount(Money.euros("95040.00"))
            .addDefects("Dos indicadores de ANS se calculan sin excluir las paradas programadas (anexo II del pliego)")
            .addDefects("El manual de procedimientos no describe el escalado de incidencias al segundo nivel")
            .fixDate(LocalDate.of(2027, 1, 15)).build());

        c = c.reviseForecast(ITSM_MIGRATION, december, LocalDate.of(2027, 4, 9));
        c = c.reviseForecast(FINAL_PAYMENT, december, END);
        return c;
    }

    /**
     * The monthly earned-value data: 12 period ends (the last day of each month from June 2026 to May
     * 2027), PV for every month, EV and AC for months 1 to 7, status date 31 December 2026.
     *
     * @return the series, not null
     */
    public static EvmSeries evmSeries() {
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
     * The supplier's bottom-up estimate of the cost of the remaining work at the status date.
     *
     * @return the estimate to complete, 175,000.00 euros; not null
     */
    public static Money bottomUpEtc() {
        return Money.euros("175000.00");
    }

    /**
     * The holidays of the contracting authority (Valencia) in 2026 and 2027, by kind.
     *
     * <p>National (common to all of Spain): 1 and 6 January, Good Friday, 1 May, 15 August, 12 October,
     * 1 November, 6 and 8 December, 25 December. Comunitat Valenciana: 19 March (San José), Easter
     * Monday, 24 June (San Juan), 9 October. City of Valencia: 22 January (San Vicente Mártir) and San
     * Vicente Ferrer (the Monday after Easter Monday). Dates on a weekend are kept and change nothing.
     * The 2027 dates are the expected ones, to be checked against the official calendars when published.
     *
     * @return the holidays by kind ("national", "regional", "local"), in that order; not null
     */
    public static Map<String, Set<LocalDate>> holidays() {
        Map<String, Set<LocalDate>> h = new LinkedHashMap<>();
        h.put("national", dates("2026-01-01", "2026-01-06", "2026-04-03", "2026-05-01", "2026-08-15", "2026-10-12",
            "2026-11-01", "2026-12-06", "2026-12-08", "2026-12-25",
            "2027-01-01", "2027-01-06", "2027-03-26", "2027-05-01", "2027-08-15", "2027-10-12",
            "2027-11-01", "2027-12-06", "2027-12-08", "2027-12-25"));
        h.put("regional", dates("2026-03-19", "2026-04-06", "2026-06-24", "2026-10-09",
            "2027-03-19", "2027-03-29", "2027-06-24", "2027-10-09"));
        h.put("local", dates("2026-01-22", "2026-04-13", "2027-01-22", "2027-04-05"));
        return h;
    }

    /**
     * The working calendar: Monday to Friday except every holiday of {@link #holidays()}.
     *
     * @return the calendar, not null
     */
    public static WorkingCalendar calendar() {
        Set<LocalDate> all = new TreeSet<>();
        holidays().values().forEach(all::addAll);
        return WorkingCalendar.withHolidays(all);
    }

    private static Set<LocalDate> dates(String... iso) {
        Set<LocalDate> out = new TreeSet<>();
        for (String d : iso) {
            out.add(LocalDate.parse(d));
        }
        return out;
    }

    private static Milestone.Builder milestone(MilestoneId id, String title, MilestoneType type, String baseline) {
        return Milestone.builder().id(id).title(title).type(type).baselineDate(LocalDate.parse(baseline));
    }

    private static Deliverable deliverable(DeliverableId id, String title, String... items) {
        Deliverable.Builder b = Deliverable.builder().id(id).title(title);
        for (String item : items) {
            b.addChecklist(ChecklistItem.of(item, false));
        }
        return b.build();
    }

    private static Deliverable allChecked(Deliverable d) {
        Deliverable out = d;
        for (int i = 0; i < d.checklist().size(); i++) {
            out = out.withItemChecked(i);
        }
        return out;
    }
}
