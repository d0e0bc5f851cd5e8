package io.otp.cli;

import io.otp.cli.input.InputFiles;
import io.otp.core.json.OtpJson;
import io.otp.kpi.portfolio.DashboardSnapshot;
import io.otp.kpi.portfolio.Portfolio;
import io.otp.kpi.portfolio.Rollup;
import io.otp.report.ReportLanguage;
import io.otp.report.portfolio.DashboardReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code otp dashboard FILE}: the portfolio dashboard of a {@link Portfolio} read from JSON (as
 * {@link OtpJson} writes it: programmes of projects, each with its earned-value series, dimension
 * statuses, late milestones and risks and actions) as one self-contained HTML page
 * ({@link DashboardReport}). The page is dated on the portfolio's status date, so the same file always
 * gives the same page.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true, description = {
    "Portfolio dashboard (heat map, roll-ups by programme, SPI/CPI scatter, budget execution, top risks,"
        + " overdue actions) as one self-contained HTML page.",
    "FILE is a JSON portfolio {name, statusDate, programmes[{id, name, projects[{projectId, name, evm,"
        + " statuses[{dimension, status}], lateMilestones, overdueMilestones, attention[]}]}]}."
        + " Example: examples/dashboard/portfolio.json."},
    sortOptions = false)
public final class DashboardCommand extends OtpCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The portfolio (JSON).")
    Path file;

    @Option(names = "--out", defaultValue = "otp-reports", paramLabel = "DIR",
        description = "Directory the page is written to, created if missing (default: ${DEFAULT-VALUE}).")
    Path out;

    /** Creates the command. */
    public DashboardCommand() {
    }

    @Override
    int run() {
        ReportLanguage language = reportLanguage();
        Portfolio portfolio = InputFiles.json(file, Portfolio.class, language().locale());
        DashboardSnapshot snapshot = DashboardSnapshot.of(portfolio);
        DashboardReport report = DashboardReport.builder(snapshot, language, portfolio.statusDate()).build();
        // Never through a link named like the page: ReportFileException, exit 1 (OtpCommand).
        Path page = report.writeHtml(out.resolve("dashboard." + language.htmlLang() + ".html"));
        boolean es = language == ReportLanguage.SPANISH;
        PrintWriter w = out();
        Rollup all = snapshot.portfolio();
        w.println((es ? "Cuadro de mando de " : "Dashboard of ") + TerminalOutput.line(portfolio.name()) + (es ? " a " : " at ")
            + snapshot.statusDate() + ": " + portfolio.projects().size() + (es ? " proyectos en " : " projects in ")
            + portfolio.programmes().size() + (es ? " programas" : " programmes") + "; "
            + (es ? "estado global " : "overall status ")
            + all.overall().map(s -> s.label()).orElse("-"));
        w.println((es ? "Escrito: " : "Written: ") + TerminalOutput.line(page));
        w.flush();
        return Otp.EXIT_OK;
    }
}
