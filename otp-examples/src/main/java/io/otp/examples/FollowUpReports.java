package io.otp.examples;

import io.otp.core.Language;
import io.otp.core.id.ActionItemId;
import io.otp.core.id.MeetingId;
import io.otp.core.id.PersonId;
import io.otp.core.id.RiskRegisterId;
import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.ActionStatus;
import io.otp.core.meeting.Attendee;
import io.otp.core.meeting.AttendeeRole;
import io.otp.core.meeting.Meeting;
import io.otp.core.meeting.MeetingKind;
import io.otp.core.risk.Rating;
import io.otp.core.risk.ResponseStrategy;
import io.otp.core.risk.Risk;
import io.otp.core.risk.RiskRegister;
import io.otp.core.risk.RiskStatus;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.report.ReportDirectory;
import io.otp.report.ReportLanguage;
import io.otp.report.portfolio.DashboardReport;
import io.otp.report.project.ProjectReport;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the follow-up report (informe de seguimiento) of the service desk contract and the portfolio
 * dashboard (cuadro de mando) of the office at the status date of the {@link ExecutionScenario}, in
 * Spanish and English: each as one self-contained HTML page, with its charts as standalone SVG files and
 * its tables as CSV (with the UTF-8 byte order mark, for spreadsheet programs) and JSON.
 *
 * <p>Files under the given directory:
 * <ul>
 *   <li>{@code follow-up-report.es.html}, {@code follow-up-report.en.html}, and under
 *       {@code follow-up-report/}: {@code milestones}, {@code milestone-trend} and {@code evm-s-curve}
 *       charts ({@code .es.svg}, {@code .en.svg}), {@code kpis} and {@code evm-series} CSV
 *       ({@code .es.csv}, {@code .en.csv}) and {@code follow-up-report.json};</li>
 *   <li>{@code dashboard.es.html}, {@code dashboard.en.html}, and under {@code dashboard/}: the
 *       {@code status-heat-map}, {@code spi-cpi-scatter} and {@code budget-execution} charts, the
 *       {@code heat-map} and {@code budget} CSV and {@code dashboard.json}.</li>
 * </ul>
 *
 * <p>The follow-up meeting of December and the risk register of the service desk are not part of the
 * execution scenario; this class adds them, consistent with the attention items of
 * {@link OfficePortfolio} (risk R-01, action A-07).
 */
public final class FollowUpReports {

    /** The date the office issues the reports: the first working days after the status date. */
    public static final LocalDate GENERATED_ON = LocalDate.of(2027, 1, 8);

    /** The name of the service desk project. */
    public static final String PROJECT_NAME = "Centro de atención a usuarios (CAU)";

    private static final PersonId SERVICE_MANAGER = PersonId.of("jefe.servicio.cau");

    private FollowUpReports() {
    }

    /**
     * Runs the execution scenario (printing nothing) and writes both reports in both languages: the pages
     * into {@code dir}, their charts, CSV and JSON into its subdirectories {@code follow-up-report} and
     * {@code dashboard}. Nothing is written through a symbolic link below {@code dir} ({@link ReportDirectory}).
     *
     * @param dir the directory, created if missing; not null
     * @return the files written: HTML pages, SVG charts, CSV and JSON; not null
     * @throws io.otp.report.ReportFileException if a file or subdirectory is a symbolic link or cannot be
     *     written
     */
    public static List<Path> write(Path dir) {
        ReportDirectory root = ReportDirectory.of(dir);
        ReportDirectory followUp = root.directory("follow-up-report");
        ReportDirectory dashboard = root.directory("dashboard");
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        ExecutionScenario.Outcome outcome = new ExecutionScenario(nowhere).run();
        List<Path> files = new ArrayList<>();
        for (Language each : Language.values()) {
            ReportLanguage language = ReportLanguage.of(each);
            ProjectReport report = followUp(outcome, language);
            files.add(report.writeHtml(dir.resolve("follow-up-report." + language.htmlLang() + ".html")));
            files.addAll(report.writeCharts(followUp.path()));
            files.addAll(report.writeCsv(followUp.path(), true));
            DashboardReport board = DashboardReport.builder(outcome.dashboard(), language, GENERATED_ON).build();
            files.add(board.writeHtml(dir.resolve("dashboard." + language.htmlLang() + ".html")));
            files.addAll(board.writeCharts(dashboard.path()));
            files.addAll(board.writeCsv(dashboard.path(), true));
        }
        files.add(followUp.write("follow-up-report.json", followUp(outcome, ReportLanguage.ENGLISH).json()));
        files.add(dashboard.write("dashboard.json",
            DashboardReport.builder(outcome.dashboard(), ReportLanguage.ENGLISH, GENERATED_ON).build().json()));
        return List.copyOf(files);
    }

    /**
     * The follow-up report of the service desk contract at the status date of the scenario.
     *
     * @param outcome what the execution scenario computed; not null
     * @param language the language; not null
     * @return the report; not null
     */
    public static ProjectReport followUp(ExecutionScenario.Outcome outcome, ReportLanguage language) {
        return ProjectReport.builder(language, GENERATED_ON)
            .project(OfficePortfolio.SERVICE_DESK, PROJECT_NAME)
            .supplierName(ServiceDeskTender.name(ServiceDeskContract.SUPPLIER))
            .contract(outcome.contract())
            .evm(outcome.series())
            .bottomUpEtc(ServiceDeskContract.bottomUpEtc())
            .milestoneTrend(outcome.milestoneTrend())
            .kpis(outcome.kpis())
            .kpiDefinitions(PublicIctKpis.all())
            .meetings(List.of(followUpMeeting()))
            .riskRegister(riskRegister())
            .build();
    }

    /**
     * The monthly follow-up meeting of 16 December 2026 with the supplier: one action overdue at the
     * status date, one open, one done.
     *
     * @return the meeting; not null
     */
    static Meeting followUpMeeting() {
        PersonId responsible = ServiceDeskContract.RESPONSIBLE;
        return Meeting.builder().id(MeetingId.of("SEG-CAU-2026-12")).kind(MeetingKind.FOLLOW_UP)
            .project(OfficePortfolio.SERVICE_DESK).date(LocalDate.of(2026, 12, 16)).startTime(LocalTime.of(9, 30))
            .addAgenda("Informe de ANS de noviembre", "Defectos de la certificación del primer semestre",
                "Migración de la herramienta ITSM")
            .addAttendees(Attendee.of(responsible, AttendeeRole.CHAIR),
                Attendee.of(SERVICE_MANAGER, AttendeeRole.SECRETARY))
            .addActionItems(
                ActionItem.builder().id(ActionItemId.of("A-06"))
                    .description("Entregar el plan de guardias de Navidad y Reyes").owner(SERVICE_MANAGER)
                    .dueDate(LocalDate.of(2026, 12, 22)).build(),
                ActionItem.builder().id(ActionItemId.of("A-07"))
                    .description("Corregir los defectos del informe del primer semestre (M-04)")
                    .owner(SERVICE_MANAGER).dueDate(LocalDate.of(2027, 1, 15)).status(ActionStatus.IN_PROGRESS)
                    .build(),
                ActionItem.builder().id(ActionItemId.of("A-08"))
                    .description("Enviar el calendario de la migración ITSM").owner(SERVICE_MANAGER)
                    .dueDate(LocalDate.of(2026, 12, 20)).status(ActionStatus.DONE)
                    .closedDate(LocalDate.of(2026, 12, 18)).build())
            .build();
    }

    /**
     * The risk register of the service desk at the status date.
     *
     * @return the register; not null
     */
    static RiskRegister riskRegister() {
        PersonId owner = ServiceDeskContract.RESPONSIBLE;
        LocalDate identified = LocalDate.of(2026, 6, 15);
        return RiskRegister.builder().id(RiskRegisterId.of("RR-CAU")).project(OfficePortfolio.SERVICE_DESK)
            .addRisks(Risk.builder().reference("R-01").title("Rotación del personal del CAU en el segundo nivel")
                .description("Dos técnicos del segundo nivel han dejado la empresa en el semestre")
                .category("personal").probability(Rating.HIGH).impact(Rating.MEDIUM).owner(owner)
                .identifiedOn(identified).response(ResponseStrategy.REDUCE)
                .responseActions("Plan de retención y documentación de procedimientos")
                .status(RiskStatus.RESPONSE_PLANNED).build())
            .addRisks(Risk.builder().reference("R-04").title("Retraso de la migración de la herramienta ITSM")
                .description("La integración con el directorio corporativo depende de otro contrato")
                .category("técnico").probability(Rating.MEDIUM).impact(Rating.HIGH).owner(owner)
                .identifiedOn(LocalDate.of(2026, 10, 31)).build())
            .addRisks(Risk.builder().reference("R-05").title("Pérdida de histórico de tickets en la migración")
                .description("El formato de exportación de la herramienta actual no incluye los adjuntos")
                .category("técnico").probability(Rating.LOW).impact(Rating.MEDIUM).owner(owner)
                .identifiedOn(LocalDate.of(2026, 11, 30)).build())
            .build();
    }
}
