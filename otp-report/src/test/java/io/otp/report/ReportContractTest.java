package io.otp.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.report.evaluation.EvaluationReport;
import io.otp.report.portfolio.DashboardReport;
import io.otp.report.project.ProjectReport;
import io.otp.report.testing.EvaluationFixtures;
import io.otp.report.testing.FollowUpFixtures;
import io.otp.report.testing.ReportPages;
import io.otp.scoring.evaluation.Evaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract of {@link Report}, which the evaluation report, the follow-up report and the dashboard share. */
class ReportContractTest {

    private static final LocalDate GENERATED = LocalDate.of(2027, 1, 8);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static Stream<Arguments> reports() {
        List<Arguments> all = new ArrayList<>();
        Evaluation lot1 = EvaluationFixtures.evaluate(EvaluationFixtures.LOT_1);
        for (ReportLanguage l : ReportPages.allLanguages()) {
            all.add(Arguments.of(EvaluationReport.builder(EvaluationFixtures.tender(), lot1.result(), l, GENERATED)
                .rankAcceptability(EvaluationFixtures.acceptability(lot1)).build()));
            all.add(Arguments.of(ProjectReport.builder(l, GENERATED).project(FollowUpFixtures.PROJECT, "Centro")
                .contract(FollowUpFixtures.contract("Migración")).evm(FollowUpFixtures.series()).build()));
            all.add(Arguments.of(DashboardReport.builder(FollowUpFixtures.dashboard("Cartera"), l, GENERATED)
                .build()));
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void writtenPageIsTheHtmlWithItsTitleInTheLanguage(Report report, @TempDir Path dir) throws IOException {
        Path file = report.writeHtml(dir.resolve("page.html"));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.html());
        assertThat(report.html()).contains("lang=\"" + report.language().htmlLang() + "\"")
            .contains(Markup.escape(report.title()));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyChartIsWrittenAsItsStandaloneDocumentAndShownInThePage(Report report, @TempDir Path dir)
            throws IOException {
        Map<String, Chart> charts = report.charts();
        List<Path> files = report.writeCharts(dir);

        assertThat(charts).isNotEmpty();
        assertThat(files).hasSameSizeAs(charts.values());
        int i = 0;
        for (Map.Entry<String, Chart> chart : charts.entrySet()) {
            Path file = files.get(i++);
            assertThat(file.getFileName().toString()).contains(chart.getKey())
                .endsWith("." + report.language().htmlLang() + ".svg");
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(chart.getValue().standalone());
            assertThat(report.html()).contains(chart.getValue().inline());
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyTableIsWrittenAsItsCsvWithTheByteOrderMarkAskedFor(Report report, @TempDir Path dir)
            throws IOException {
        Map<String, CsvTable> tables = report.tables();
        List<Path> plain = report.writeCsv(dir.resolve("plain"), false);
        List<Path> marked = report.writeCsv(dir.resolve("marked"), true);

        assertThat(tables).isNotEmpty();
        assertThat(plain).hasSameSizeAs(tables.values());
        int i = 0;
        for (Map.Entry<String, CsvTable> table : tables.entrySet()) {
            CsvTable csv = table.getValue();
            assertThat(csv.byteOrderMark()).isFalse();
            assertThat(csv.text()).isEqualTo(csv.toString()).endsWith("\r\n");
            assertThat(plain.get(i).getFileName().toString()).contains(table.getKey())
                .endsWith("." + report.language().htmlLang() + ".csv");
            assertThat(Files.readAllBytes(plain.get(i))).isEqualTo(csv.text().getBytes(StandardCharsets.UTF_8));
            byte[] withBom = Files.readAllBytes(marked.get(i));
            assertThat(withBom).startsWith(BOM).isEqualTo(csv.withByteOrderMark(true).toBytes());
            i++;
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void sameReportGivesTheSameOutputAndJsonIgnoresTheLanguage(Report report) {
        assertThat(report.html()).isEqualTo(report.html());
        assertThat(report.charts()).isEqualTo(report.charts());
        assertThat(report.json()).isEqualTo(report.json()).startsWith("{");
    }
}
