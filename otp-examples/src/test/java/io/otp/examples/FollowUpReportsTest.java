package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.execution.Milestone;
import io.otp.core.money.Money;
import io.otp.kpi.portfolio.HeatMapRow;
import io.otp.report.ReportException;
import io.otp.report.ReportLanguage;
import io.otp.report.project.ProjectReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up report and the dashboard of the execution scenario, written under
 * {@code target/otp-reports/} so people can open them.
 */
class FollowUpReportsTest {

    private static final Path DIR = Path.of("target", "otp-reports");

    private static List<Path> files;
    private static ExecutionScenario.Outcome outcome;

    @BeforeAll
    static void write() {
        files = FollowUpReports.write(DIR);
        outcome = new ExecutionScenario(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8))
            .run();
    }

    @Test
    void writesPagesChartsCsvAndJsonInBothLanguages() throws Exception {
        // Per language: 2 pages, 3 + 3 charts, 2 + 2 CSV; then 2 JSON documents.
        assertThat(files).hasSize(2 * (2 + 6 + 4) + 2).doesNotHaveDuplicates();
        for (Path f : files) {
            assertThat(f).exists();
            assertThat(Files.size(f)).isPositive();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("follow-up-report.es.html",
            "follow-up-report.en.html", "dashboard.es.html", "dashboard.en.html", "evm-s-curve.es.svg",
            "status-heat-map.en.svg", "kpis.es.csv", "budget.en.csv", "follow-up-report.json", "dashboard.json");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        for (Path f : files) {
            if (f.toString().endsWith(".svg")) {
                assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(f)))
                    .getDocumentElement().getLocalName()).isEqualTo("svg");
            }
            if (f.toString().endsWith(".csv")) {
                assertThat(Files.readAllBytes(f)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            }
        }
    }

    @Test
    void followUpReportShowsTheKeyFiguresOfTheScenario() throws Exception {
        ProjectReport english = FollowUpReports.followUp(outcome, ReportLanguage.ENGLISH);
        assertThat(english.evmFigures()).isEqualTo(outcome.evm());
        // Month 7: SV = 182,000 − 200,000; CV = 182,000 − 190,000; SPI = 0.91 (ExecutionScenarioTest).
        Document es = page("follow-up-report.es.html");
        assertThat(es.select("h1").text()).contains(FollowUpReports.PROJECT_NAME);
        assertThat(es.text()).contains("Informe de seguimiento", "2026/CON-0077-L1", "31/12/2026", "−18.000,00 €",
            "−8.000,00 €", "0,91", "Vencida", "R-01", "Índice de rendimiento del plazo (SPI)");
        Document en = page("follow-up-report.en.html");
        assertThat(en.text()).contains("Project follow-up report", "31 Dec 2026", "−€18,000.00", "−€8,000.00", "0.91",
            "Overdue", "A-06");
        for (Milestone m : outcome.contract().milestones()) {
            assertThat(es.select("#milestones tbody th").eachText()).contains(m.id().value());
            assertThat(en.text()).contains(m.title());
        }
        assertThat(es.select("script")).isEmpty();
        assertThat(en.select("#actions tbody th").eachText()).containsExactly("A-06", "A-07");
    }

    @Test
    void dashboardShowsEveryProjectOfThePortfolio() throws Exception {
        for (String name : List.of("dashboard.es.html", "dashboard.en.html")) {
            Document doc = page(name);
            for (HeatMapRow row : outcome.dashboard().heatMap()) {
                assertThat(doc.select("#heat-map tbody th").eachText())
                    .contains(row.projectId().value() + " – " + row.name());
            }
            assertThat(doc.select("#heat-map svg .otp-cell")).hasSize(
                outcome.dashboard().heatMap().size() * (outcome.dashboard().dimensions().size() + 1));
        }
        Money bac = outcome.dashboard().portfolio().evm().bac();
        assertThat(page("dashboard.es.html").text()).contains("Cuadro de mando", ReportLanguage.SPANISH.money(bac));
        assertThat(page("dashboard.en.html").text()).contains("Portfolio dashboard", ReportLanguage.ENGLISH.money(bac));
    }

    @Test
    void neverWritesThroughASymbolicLinkedSubdirectory(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path link = Files.createSymbolicLink(dir.resolve("follow-up-report"), outside);

        assertThatThrownBy(() -> FollowUpReports.write(dir)).isInstanceOf(ReportException.class)
            .hasMessageContaining(link.toString()).hasMessageContaining("symbolic link");
        try (Stream<Path> written = Files.list(outside)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void neverWritesThroughASymbolicLinkNamedLikeAReport(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("reports").resolve("dashboard"));
        Path outside = Files.writeString(tmp.resolve("outside.json"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("dashboard.json"), outside);

        assertThatThrownBy(() -> FollowUpReports.write(dir.getParent())).isInstanceOf(ReportException.class)
            .hasMessageContaining(link.toString());
        assertThat(Files.readString(outside)).isEqualTo("precious");
    }

    private static Document page(String name) throws Exception {
        return Jsoup.parse(Files.readString(DIR.resolve(name), StandardCharsets.UTF_8));
    }
}
