package io.otp.cli;

import io.otp.core.Language;
import io.otp.core.tender.Tender;
import io.otp.examples.EvaluationScenario;
import io.otp.examples.ExecutionScenario;
import io.otp.examples.FollowUpReports;
import io.otp.examples.OfficeScenario;
import io.otp.examples.OpenDataScenario;
import io.otp.examples.PersistenceScenario;
import io.otp.examples.ServiceDeskTender;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.ocds.ImportedRelease;
import io.otp.persistence.jdbc.H2FileStore;
import io.otp.report.ReportDirectory;
import io.otp.report.ReportLanguage;
import io.otp.report.evaluation.EvaluationReport;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.priority.PrioritisedNeed;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code otp demo}: the office's scenario end to end, on the embedded default store. It runs the
 * scenarios of otp-examples (evaluation of both lots of the service-desk tender, execution follow-up,
 * the office's needs, funding and committees, persistence with the audit trail, open data), prints a
 * few lines of key figures for each, and writes the reports and the OCDS package.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Runs the office's scenario end to end: evaluates the service-desk tender, follows its contract up,"
        + " prioritises needs and funds them, stores everything with an audit trail and publishes open data.",
    "Prints a short summary and writes the reports (HTML, SVG, CSV, JSON in Spanish and English) and the OCDS"
        + " package."})
public final class DemoCommand extends OtpCommand {

    /** The date the evaluation reports are dated, fixed so every run writes the same files. */
    static final LocalDate REPORTS_DATE = LocalDate.of(2026, 5, 20);

    @Option(names = "--data", defaultValue = "otp-data", paramLabel = "DIR",
        description = "Directory of the embedded store: the JDBC store on the H2 file DIR/otp.mv.db, emptied"
            + " first, locked while the demo runs (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "otp-reports", paramLabel = "DIR",
        description = "Directory of the reports and the OCDS package (default: ${DEFAULT-VALUE}).")
    Path out;

    /** Creates the command. */
    public DemoCommand() {
    }

    @Override
    int run() {
        // The store's directory is checked before the work that ends by writing to it.
        Stores.inDirectory(data, () -> H2FileStore.check(data));
        ReportLanguage language = reportLanguage();
        boolean es = language == ReportLanguage.SPANISH;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        // Nothing below --out may be a symbolic link: the subdirectories are checked before anything runs.
        ReportDirectory reports = ReportDirectory.of(out);
        Path evaluationReports = reports.directory("evaluation").path();
        Path ocds = reports.directory("ocds").path().resolve("release-package.json");
        PrintWriter w = out();
        List<Path> files = new ArrayList<>();
        w.println(es ? "OTP SDK · demostración de la oficina técnica de proyectos" : "OTP SDK · the project office demo");
        // The directory is the user's: its hidden characters, line feeds included, are escaped (TerminalOutput.line).
        String storeFile = TerminalOutput.line(data.resolve("otp.mv.db"));
        w.println(es ? "Almacén: JDBC sobre el fichero H2 " + storeFile + " (se vacía antes)"
            : "Store: JDBC on the H2 file " + storeFile + " (emptied first)");

        progress(1, "evaluation");
        List<EvaluationScenario.LotOutcome> lots = new EvaluationScenario(nowhere).run();
        Tender tender = ServiceDeskTender.tender();
        heading(w, es ? "1. Evaluación de la licitación " + tender.id() : "1. Evaluation of tender " + tender.id());
        for (EvaluationScenario.LotOutcome lot : lots) {
            Optional<BidEvaluation> first = lot.result().bids().stream()
                .filter(b -> b.position().equals(Optional.of(1))).findFirst();
            w.println("   " + (es ? "Lote " : "Lot ") + lot.result().lot() + ": " + first
                .map(b -> (es ? "primera " : "first ") + ServiceDeskTender.name(b.bidder()) + " (" + b.bid() + "), "
                    + language.number(b.total().value(), 2) + (es ? " puntos" : " points"))
                .orElse(es ? "sin clasificación" : "no ranking") + "; " + lot.result().bids().size()
                + (es ? " ofertas" : " bids"));
            for (Language each : Language.values()) {
                files.addAll(EvaluationReport.builder(tender, lot.result(), ReportLanguage.of(each), REPORTS_DATE)
                    .build()
                    .writeAll(evaluationReports));
            }
        }

        progress(2, "execution");
        ExecutionScenario.Outcome execution = new ExecutionScenario(nowhere).run();
        EvmFigures evm = execution.evm();
        heading(w, es ? "2. Ejecución del contrato " + execution.contract().id()
            : "2. Execution of contract " + execution.contract().id());
        w.println("   " + (es ? "A " : "At ") + evm.statusDate() + ": SPI " + ratio(evm.spi()) + ", CPI "
            + ratio(evm.cpi()) + ", SPI(t) " + language.number(execution.schedule().spiT(), 4) + ", EAC "
            + evm.estimate(io.otp.kpi.evm.EacMethod.CPI).map(e -> language.money(e.eac())).orElse("-"));
        StringBuilder kpis = new StringBuilder();
        for (KpiAssessment a : execution.kpis()) {
            kpis.append(kpis.length() == 0 ? "" : ", ").append(a.kpi()).append(' ').append(a.status().label());
        }
        w.println("   KPI: " + kpis);
        files.addAll(FollowUpReports.write(out));

        progress(3, "office");
        OfficeScenario.Outcome office = new OfficeScenario(nowhere).run();
        heading(w, es ? "3. Oficina: necesidades, financiación y seguimiento" : "3. Office: needs, funding and follow-up");
        List<PrioritisedNeed> ranking = office.ranking().ranking();
        for (PrioritisedNeed n : ranking.subList(0, Math.min(3, ranking.size()))) {
            w.println("   " + n.rank() + ". " + n.need().id() + " " + n.need().title() + " ("
                + language.number(n.score(), 2) + ")");
        }
        office.fundingPlan().ifPresent(p -> w.println("   " + (es ? "Financiación de " : "Funding of ") + p.project()
            + ": " + language.money(p.budget()) + (es ? ", de ellos UE " : ", of which EU ")
            + language.money(p.euFundedAmount())));
        w.println("   " + (es ? "Acciones vencidas del comité: " : "Overdue committee actions: ")
            + office.overdueActions().size() + (office.overdueActions().isEmpty() ? "" : " ("
            + String.join(", ", office.overdueActions().stream().map(a -> a.id().toString()).toList()) + ")"));

        progress(4, "persistence");
        PersistenceScenario.Outcome stored = Stores.inDirectory(data, () -> new PersistenceScenario(nowhere).run(data));
        heading(w, es ? "4. Persistencia y registro de auditoría" : "4. Persistence and audit trail");
        w.println("   " + stored.saved() + (es ? " agregados guardados; releídos idénticos: " : " aggregates saved; read back identical: ")
            + yes(stored.readBackIdentical(), es) + "; " + stored.verification().entries()
            + (es ? " entradas de auditoría, cadena intacta: " : " audit entries, chain intact: ")
            + yes(stored.verification().isIntact(), es));

        progress(5, "open data");
        List<ImportedRelease> releases = new OpenDataScenario(nowhere).run(ocds);
        files.add(ocds);
        heading(w, es ? "5. Datos abiertos (OCDS 1.1)" : "5. Open data (OCDS 1.1)");
        w.println("   " + releases.size() + (es ? " entregas (releases) de " : " releases of ") + releases.get(0).ocid()
            + (es ? ", releídas sin errores" : ", read back without errors"));

        heading(w, es ? "Ficheros escritos" : "Files written");
        files.stream().filter(f -> f.getFileName().toString().endsWith(".html") || f.equals(ocds))
            .sorted().forEach(f -> w.println("   " + TerminalOutput.line(f)));
        w.println("   " + (es ? "y " : "and ") + files.stream().filter(f -> !f.getFileName().toString().endsWith(".html")
            && !f.equals(ocds)).count() + (es ? " ficheros más (gráficos SVG, CSV, JSON) en " : " more files (SVG charts, CSV, JSON) under ")
            + TerminalOutput.line(out));
        w.println("   " + (es ? "Almacén: " : "Store: ") + storeFile);
        w.flush();
        boolean ok = stored.readBackIdentical() && stored.verification().isIntact();
        return ok ? Otp.EXIT_OK : Otp.EXIT_INTERNAL_ERROR;
    }

    private void progress(int step, String name) {
        err().println("demo: [" + step + "/5] " + name);
        err().flush();
    }

    private static void heading(PrintWriter w, String text) {
        w.println();
        w.println(text);
    }

    private String ratio(Optional<BigDecimal> v) {
        return v.map(x -> reportLanguage().number(x, 4)).orElse("-");
    }

    private static String yes(boolean b, boolean es) {
        return b ? (es ? "sí" : "yes") : "no";
    }
}
