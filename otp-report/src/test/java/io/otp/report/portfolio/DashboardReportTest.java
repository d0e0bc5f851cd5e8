package io.otp.report.portfolio;

import static io.otp.report.testing.FollowUpFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.json.OtpJson;
import io.otp.kpi.portfolio.BudgetBar;
import io.otp.kpi.portfolio.DashboardSnapshot;
import io.otp.kpi.portfolio.HeatCell;
import io.otp.kpi.portfolio.HeatMapRow;
import io.otp.kpi.portfolio.ScatterPoint;
import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import io.otp.report.testing.FollowUpFixtures;
import io.otp.report.testing.ReportGenerators;
import io.otp.report.testing.ReportPages;
import io.otp.report.testing.SvgXml;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DashboardReportTest {

    static Stream<ReportLanguage> languages() {
        return ReportPages.languages();
    }

    private static final LocalDate GENERATED = LocalDate.of(2027, 1, 8);
    private static final String NAME = "Centro de atención a usuarios (CAU)";

    private static DashboardReport report(ReportLanguage language, String name) {
        return DashboardReport.builder(FollowUpFixtures.dashboard(name), language, GENERATED).build();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void heatMapHasOneCellPerProjectAndDimensionWithColourAndLabel(ReportLanguage l) {
        DashboardReport report = report(l, NAME);
        DashboardSnapshot s = report.snapshot();
        org.w3c.dom.Document svg = SvgXml.assertAccessibleAndFinite(report.charts().get("status-heat-map").standalone());
        List<org.w3c.dom.Element> cells = SvgXml.marks(svg, "otp-cell");
        assertThat(cells).hasSize(s.heatMap().size() * (s.dimensions().size() + 1));
        int i = 0;
        for (HeatMapRow row : s.heatMap()) {
            for (HeatCell c : row.cells()) {
                assertThat(cells.get(i).getAttribute("data-status"))
                    .isEqualTo(c.status().map(StatusTone::of).orElse(StatusTone.GREY).name());
                i++;
            }
            assertThat(cells.get(i).getAttribute("data-status")).isEqualTo(StatusTone.of(row.overall().orElseThrow()).name());
            i++;
        }
        Document doc = ReportPages.parse(report.html(), l);
        Element table = ReportPages.table(doc, l.text("dashboard.heatMap.caption"));
        assertThat(table.select("tbody tr")).hasSize(s.heatMap().size());
        Element cloud = ReportPages.row(table, "PRJ-2026-015 – Migración a la nube");
        assertThat(cloud.select(".otp-badge")).hasSize(s.dimensions().size() + 1)
            .allSatisfy(b -> assertThat(b.attr("data-status")).isEqualTo("RED"));
        assertThat(cloud.select(".otp-badge").first().text()).isEqualTo(l.text("status.level.RED"));
        // The service desk's risk is not assessed: grey, abbreviated in the chart, written out in the table.
        Element desk = ReportPages.row(table, "PRJ-2026-011 – " + NAME);
        assertThat(desk.select(".otp-badge").get(2).text()).isEqualTo(l.text("dashboard.notAssessed"));
        assertThat(cells.get(s.dimensions().size() + 1 + 2).getAttribute("data-status")).isEqualTo("GREY");
        assertThat(SvgXml.marks(svg, "otp-cell-label").get(s.dimensions().size() + 1 + 2).getTextContent())
            .isEqualTo(l.text("dashboard.notAssessedShort"));
        // The e-office project has no scope, quality... only the three assessed dimensions appear.
        assertThat(table.select("thead th")).hasSize(1 + s.dimensions().size() + 1);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void scatterPointsAreTheIndicesWithTheirBand(ReportLanguage l) {
        DashboardReport report = report(l, NAME);
        org.w3c.dom.Document svg = SvgXml.assertAccessibleAndFinite(report.charts().get("spi-cpi-scatter").standalone());
        List<org.w3c.dom.Element> points = SvgXml.marks(svg, "otp-point");
        List<ScatterPoint> expected = report.snapshot().scatter();
        assertThat(points).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(new BigDecimal(points.get(i).getAttribute("data-x"))).isEqualByComparingTo(expected.get(i).spi());
            assertThat(new BigDecimal(points.get(i).getAttribute("data-y"))).isEqualByComparingTo(expected.get(i).cpi());
        }
        assertThat(SvgXml.marks(svg, "otp-band")).isNotEmpty();
        Document doc = ReportPages.parse(report.html(), l);
        Element table = ReportPages.table(doc, l.text("dashboard.scatter.caption"));
        // Cloud migration: EV 110,000 / PV 145,000 = 0.76 and EV / AC 136,000 = 0.81, both below 0.90: red.
        Element cloud = ReportPages.row(table, "PRJ-2026-015 – Migración a la nube");
        assertThat(cloud.text()).contains(l.number(new BigDecimal("0.76"), 2), l.number(new BigDecimal("0.81"), 2),
            StatusTone.RED.label(l));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void budgetBarsAreBacEvAndAcOfEachProject(ReportLanguage l) {
        DashboardReport report = report(l, NAME);
        org.w3c.dom.Document svg = SvgXml.assertAccessibleAndFinite(report.charts().get("budget-execution").standalone());
        List<org.w3c.dom.Element> bars = SvgXml.marks(svg, "otp-bar");
        List<BudgetBar> expected = report.snapshot().budgetBars();
        assertThat(bars).hasSize(3 * expected.size());
        for (int i = 0; i < expected.size(); i++) {
            BudgetBar b = expected.get(i);
            assertThat(bars.subList(3 * i, 3 * i + 3)).extracting(e -> new BigDecimal(e.getAttribute("data-value")))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(b.bac().amount(), b.ev().amount(), b.ac().amount());
        }
        Document doc = ReportPages.parse(report.html(), l);
        Element table = ReportPages.table(doc, l.text("dashboard.budget.caption"));
        for (BudgetBar b : expected) {
            Element row = ReportPages.row(table, b.projectId().value() + " – " + b.name());
            assertThat(row.select("td").eachText()).containsExactly(l.money(b.bac()), l.money(b.pv()), l.money(b.ev()),
                l.money(b.ac()), l.percentage(b.budgetExecuted(), 2));
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void rollupsTopRisksAndOverdueActionsAreListed(ReportLanguage l) {
        DashboardReport report = report(l, NAME);
        Document doc = ReportPages.parse(report.html(), l);
        Element rollups = ReportPages.table(doc, l.text("dashboard.rollups.caption"));
        assertThat(rollups.select("tbody th").eachText()).containsExactly("PRG-ADM-E – Administración electrónica",
            "PRG-INFRA – Infraestructuras", l.text("dashboard.rollup.portfolio"));
        assertThat(ReportPages.row(rollups, l.text("dashboard.rollup.portfolio")).text())
            .contains(l.money(report.snapshot().portfolio().evm().bac()));
        Element risks = ReportPages.table(doc, l.text("dashboard.risks.caption"));
        assertThat(risks.select("tbody td:eq(1)").eachText()).containsExactly("R-02", "R-01", "R-03");
        Element actions = ReportPages.table(doc, l.text("dashboard.actions.caption"));
        // Due 15 and 20 December 2026, status date 31 December: 16 and 11 days overdue.
        assertThat(actions.select("tbody tr")).hasSize(2);
        assertThat(actions.select("tbody tr").get(0).text()).contains("A-04", l.date(LocalDate.of(2026, 12, 15)), "16");
        assertThat(actions.select("tbody tr").get(1).text()).contains("A-07", "11");
        assertThat(doc.select("#summary .otp-badge").attr("data-status")).isEqualTo("RED");
    }

    @Test
    void spanishPageSpeaksSpanish() {
        Document doc = ReportPages.parse(report(ReportLanguage.SPANISH, NAME).html(), ReportLanguage.SPANISH);
        assertThat(doc.text()).contains("Cuadro de mando", "Mapa de calor", "Ejecución presupuestaria", "Plazo",
            "Coste", "Acciones vencidas", "Toda la cartera", "la peor dimensión");
        assertThat(doc.text()).doesNotContain("Heat map", "Budget execution", "Schedule", "Overdue", "Top risks",
            "WORST", "Whole portfolio");
    }

    @Test
    void hostileProjectNameShowsAsText() {
        for (ReportLanguage l : ReportPages.allLanguages()) {
            DashboardReport report = report(l, HOSTILE);
            Document doc = ReportPages.parse(report.html(), l);
            for (String id : List.of("#heat-map table", "#scatter table", "#budget table", "#risks", "#overdue-actions")) {
                assertThat(doc.select(id).text()).as(id).contains(HOSTILE);
            }
            // Chart labels are cut to 30 characters; the tables give the whole name.
            assertThat(doc.select("#heat-map svg").text()).contains("PRJ-2026-011 <script>alert(1)");
            report.charts().values().forEach(svg -> SvgXml.parse(svg.standalone()));
        }
    }

    @Test
    void anyProjectNameKeepsOneHeatMapRowPerProject() {
        qt().withExamples(25).forAll(ReportGenerators.hostileNames()).checkAssert(name -> {
            DashboardReport report = report(ReportLanguage.ENGLISH, name);
            Document doc = Jsoup.parse(report.html());
            assertThat(doc.select("script")).isEmpty();
            assertThat(ReportPages.table(doc, ReportLanguage.ENGLISH.text("dashboard.heatMap.caption"))
                .select("tbody tr")).hasSize(3);
            org.w3c.dom.Document svg = SvgXml.parse(report.charts().get("status-heat-map").standalone());
            assertThat(SvgXml.marks(svg, "otp-cell")).hasSize(3 * 4);
        });
    }

    @Test
    void csvHoldsTheHeatMapAndBudgetTablesWithFormulasNeutralised() {
        DashboardReport report = report(ReportLanguage.ENGLISH, "=HYPERLINK(\"http://x\",\"clic\")");
        String[] heat = report.heatMapCsv().toString().split("\r\n");
        assertThat(heat).hasSize(4);
        assertThat(heat[0]).isEqualTo("id,Project,Schedule,Cost,Risk,Overall");
        assertThat(heat[1]).isEqualTo("PRJ-2026-007,Sede electrónica,GREEN,GREEN,GREEN,GREEN");
        assertThat(heat[2]).isEqualTo("PRJ-2026-011,\"'=HYPERLINK(\"\"http://x\"\",\"\"clic\"\")\",AMBER,GREEN,,AMBER");
        String[] budget = report.budgetCsv().toString().split("\r\n");
        assertThat(budget).hasSize(4);
        assertThat(budget[3]).startsWith("PRJ-2026-015,Migración a la nube,240000.00,145000.00,110000.00,136000.00,");
        assertThat(report.budgetCsv().withByteOrderMark(true).toBytes()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }

    @Test
    void jsonIsTheSnapshotAndReadsBack() {
        DashboardReport report = report(ReportLanguage.SPANISH, NAME);
        assertThat(report.json()).isEqualTo(OtpJson.standard().write(report.snapshot()));
        assertThat(OtpJson.standard().read(report.json(), DashboardSnapshot.class)).isEqualTo(report.snapshot());
    }

    @Test
    void everyOutputIsDeterministic() {
        for (ReportLanguage l : ReportPages.allLanguages()) {
            DashboardReport a = report(l, NAME);
            DashboardReport b = report(l, NAME);
            assertThat(a.html()).isEqualTo(b.html());
            assertThat(a.json()).isEqualTo(b.json());
            assertThat(a.heatMapCsv().toString()).isEqualTo(b.heatMapCsv().toString());
            assertThat(a.budgetCsv().toString()).isEqualTo(b.budgetCsv().toString());
            assertThat(a.charts()).isEqualTo(b.charts());
        }
    }

    @Test
    void writesThePageChartsAndCsvFiles(@TempDir Path dir) throws Exception {
        DashboardReport report = report(ReportLanguage.ENGLISH, NAME);
        assertThat(Files.readString(report.writeHtml(dir.resolve("dashboard.en.html")), StandardCharsets.UTF_8))
            .isEqualTo(report.html());
        assertThat(report.writeCharts(dir)).extracting(p -> p.getFileName().toString())
            .containsExactly("status-heat-map.en.svg", "spi-cpi-scatter.en.svg", "budget-execution.en.svg");
        assertThat(report.writeCsv(dir, false)).extracting(p -> p.getFileName().toString())
            .containsExactly("heat-map.en.csv", "budget.en.csv");
    }

    @Test
    void bandsAreConfigurableAndChecked() {
        DashboardReport wide = DashboardReport.builder(FollowUpFixtures.dashboard(NAME), ReportLanguage.ENGLISH, GENERATED)
            .bands(new BigDecimal("0.50"), new BigDecimal("0.60")).build();
        org.w3c.dom.Document svg = SvgXml.parse(wide.charts().get("spi-cpi-scatter").standalone());
        assertThat(SvgXml.marks(svg, "otp-point").stream().map(p -> p.getAttribute("data-status"))
            .collect(Collectors.toSet())).containsExactly("GREEN");
        assertThatThrownBy(() -> DashboardReport.builder(FollowUpFixtures.dashboard(NAME), ReportLanguage.ENGLISH,
            GENERATED).bands(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
