package io.otp.report.project;

import static io.otp.report.testing.FollowUpFixtures.HOSTILE;
import static io.otp.report.testing.FollowUpFixtures.STATUS_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.execution.Contract;
import io.otp.core.execution.Milestone;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.trend.MilestoneTrendAnalysis;
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
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectReportTest {

    static Stream<ReportLanguage> languages() {
        return ReportPages.languages();
    }

    private static final LocalDate GENERATED = LocalDate.of(2027, 1, 8);

    private static ProjectReport report(ReportLanguage language, String text) {
        Contract contract = FollowUpFixtures.contract(text.isEmpty() ? "Migración de la herramienta ITSM" : text);
        return ProjectReport.builder(language, GENERATED)
            .project(FollowUpFixtures.PROJECT, text.isEmpty() ? "Centro de atención a usuarios" : text)
            .supplierName(text.isEmpty() ? "Soluciones Levante S.A." : text)
            .contract(contract)
            .evm(FollowUpFixtures.series())
            .milestoneTrend(FollowUpFixtures.trend(contract))
            .kpis(FollowUpFixtures.kpis())
            .kpiDefinitions(FollowUpFixtures.definitions())
            .meetings(List.of(FollowUpFixtures.meeting(text.isEmpty() ? "Corregir los defectos" : text)))
            .riskRegister(FollowUpFixtures.risks(text.isEmpty() ? "Rotación del personal" : text))
            .build();
    }

    private static ProjectReport report(ReportLanguage language) {
        return report(language, "");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void headerNamesProjectContractSupplierAndStatusDate(ReportLanguage l) {
        Document doc = ReportPages.parse(report(l).html(), l);
        assertThat(doc.select("h1").text()).contains("Centro de atención a usuarios");
        String summary = doc.select("#summary dl").text();
        assertThat(summary).contains("PRJ-2026-011", "2026/CON-0077-L1", "Soluciones Levante S.A. (A58818501)",
            l.date(STATUS_DATE), l.money(Money.euros("352000.00")));
        assertThat(doc.select("footer").text()).contains(l.date(GENERATED));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void milestoneTableListsEveryMilestoneWithItsDates(ReportLanguage l) {
        ProjectReport report = report(l);
        Document doc = ReportPages.parse(report.html(), l);
        Element table = ReportPages.table(doc, l.text("project.milestones.caption"));
        Contract contract = FollowUpFixtures.contract("Migración de la herramienta ITSM");
        assertThat(table.select("tbody tr")).hasSize(contract.milestones().size());
        for (Milestone m : contract.milestones()) {
            Element row = ReportPages.row(table, m.id().value());
            assertThat(row.text()).contains(m.title(), l.date(m.baselineDate()), l.date(m.currentForecast()));
        }
        // M-05 is forecast on 9 April 2027 against a baseline of 26 February 2027: 42 days late.
        assertThat(ReportPages.row(table, "M-05").select("td").last().text()).isEqualTo("+42");
        assertThat(ReportPages.row(table, "M-01").text()).contains(l.date(LocalDate.of(2026, 6, 3)),
            l.text("milestone.status.met"));
        // On time: green; partially met, or forecast after the baseline: amber.
        assertThat(ReportPages.row(table, "M-01").selectFirst(".otp-badge").attr("data-status")).isEqualTo("GREEN");
        assertThat(ReportPages.row(table, "M-04").selectFirst(".otp-badge").attr("data-status")).isEqualTo("AMBER");
        assertThat(ReportPages.row(table, "M-05").selectFirst(".otp-badge").attr("data-status")).isEqualTo("AMBER");
        assertThat(ReportPages.row(table, "M-06").selectFirst(".otp-badge").attr("data-status")).isEqualTo("GREEN");
    }

    @Test
    void earnedValueFiguresAreTheHandWorkedOnesInBothLanguages() {
        // Month 7 of the service desk contract: PV 200,000, EV 182,000, AC 190,000, BAC 352,000.
        // SV = −18,000; CV = −8,000; SPI = 0.91; CPI = 182/190 = 0.958 → 0.96;
        // EAC (CPI) = 352,000 × 190/182 = 367,472.53; ETC = 177,472.53; VAC = −15,472.53;
        // TCPI = (352,000 − 182,000) / (352,000 − 190,000) = 1.049 → 1.05.
        Map<ReportLanguage, List<String>> expected = Map.of(
            ReportLanguage.ENGLISH, List.of("−€18,000.00", "−€8,000.00", "0.91", "0.96", "€367,472.53", "€177,472.53",
                "−€15,472.53", "1.05"),
            ReportLanguage.SPANISH, List.of("−18.000,00 €", "−8.000,00 €", "0,91", "0,96", "367.472,53 €",
                "177.472,53 €", "−15.472,53 €", "1,05"));
        for (ReportLanguage l : ReportPages.allLanguages()) {
            Document doc = ReportPages.parse(report(l).html(), l);
            Element table = ReportPages.table(doc, l.text("project.evm.caption"));
            List<String> keys = List.of("project.evm.sv", "project.evm.cv", "project.evm.spi", "project.evm.cpi",
                "project.evm.eacFigure", "project.evm.etc", "project.evm.vac", "project.evm.tcpi");
            for (int i = 0; i < keys.size(); i++) {
                assertThat(ReportPages.row(table, l.text(keys.get(i))).select("td").text()).as(keys.get(i))
                    .isEqualTo(expected.get(l).get(i));
            }
        }
    }

    @Test
    void eacMethodIsChosenAndFallsBackToTheBudgetedRate() {
        ProjectReport bottomUp = ProjectReport.builder(ReportLanguage.ENGLISH, GENERATED)
            .project(FollowUpFixtures.PROJECT, "P").contract(FollowUpFixtures.contract("M"))
            .evm(FollowUpFixtures.series()).bottomUpEtc(Money.euros("175000.00")).eacMethod(EacMethod.BOTTOM_UP).build();
        // EAC = AC + ETC = 190,000 + 175,000.
        assertThat(bottomUp.estimate().eac()).isEqualTo(Money.euros("365000.00"));
        ProjectReport missing = ProjectReport.builder(ReportLanguage.ENGLISH, GENERATED)
            .project(FollowUpFixtures.PROJECT, "P").contract(FollowUpFixtures.contract("M"))
            .evm(FollowUpFixtures.series()).eacMethod(EacMethod.BOTTOM_UP).build();
        // EAC = AC + (BAC − EV) = 190,000 + 170,000.
        assertThat(missing.estimate().method()).isEqualTo(EacMethod.BUDGETED_RATE);
        assertThat(missing.estimate().eac()).isEqualTo(Money.euros("360000.00"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void kpiTableShowsValueStatusByColourAndLabelAndTrend(ReportLanguage l) {
        Document doc = ReportPages.parse(report(l).html(), l);
        Element table = ReportPages.table(doc, l.text("project.kpis.caption"));
        List<KpiAssessment> kpis = FollowUpFixtures.kpis();
        assertThat(table.select("tbody tr")).hasSize(kpis.size());
        for (KpiAssessment a : kpis) {
            Element row = ReportPages.row(table, l.text("kpi.name." + a.kpi().value()));
            assertThat(row.text()).contains(l.number(a.value(), 2), a.period());
            Element badge = row.selectFirst(".otp-badge");
            assertThat(badge.attr("data-status")).isEqualTo(StatusTone.of(a.status()).name());
            assertThat(badge.text()).isEqualTo(StatusTone.levelLabel(a.status(), l));
            assertThat(row.select("td").last().text()).isEqualTo(l.text("project.kpi.trend."
                + a.trend().orElseThrow().trend().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void deliverablesAndAcceptancesShowChecklistsOutcomesAndDefects(ReportLanguage l) {
        Document doc = ReportPages.parse(report(l).html(), l);
        Element deliverables = ReportPages.table(doc, l.text("project.deliverables.caption"));
        assertThat(ReportPages.row(deliverables, "D-01").text()).contains("2 / 2", l.text("acceptance.outcome.accepted"));
        assertThat(ReportPages.row(deliverables, "D-02").text()).contains("1 / 3",
            l.text("acceptance.outcome.conditionally_accepted"));
        assertThat(ReportPages.row(deliverables, "D-04").text()).contains("0 / 2",
            l.text("project.deliverable.notReviewed"));
        Element acceptances = ReportPages.table(doc, l.text("project.acceptances.caption"));
        assertThat(acceptances.select("tbody tr")).hasSize(2);
        assertThat(ReportPages.row(acceptances, "M-04").text()).contains(l.money(Money.euros("95040.00")),
            "Falta el escalado al segundo nivel", l.date(LocalDate.of(2026, 12, 15)));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void actionItemsOpenAtTheStatusDateWithOverdueFlagged(ReportLanguage l) {
        Document doc = ReportPages.parse(report(l).html(), l);
        Element table = ReportPages.table(doc, l.text("project.actions.caption"));
        assertThat(table.select("tbody th").eachText()).containsExactly("A-1", "A-4", "A-2");
        Element overdue = ReportPages.row(table, "A-1").selectFirst(".otp-badge");
        assertThat(overdue.text()).isEqualTo(l.text("project.action.overdue"));
        assertThat(overdue.attr("data-status")).isEqualTo("RED");
        assertThat(ReportPages.row(table, "A-2").selectFirst(".otp-badge").text())
            .isEqualTo(l.text("project.action.inProgress"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void topRisksAreTheOpenOnesByScore(ReportLanguage l) {
        Document doc = ReportPages.parse(report(l).html(), l);
        Element table = ReportPages.table(doc, l.text("project.risks.caption", Map.of("risks", ProjectReport.DEFAULT_TOP_RISKS)));
        assertThat(table.select("tbody th").eachText()).containsExactly("R-01", "R-02", "R-03");
        Element r1 = ReportPages.row(table, "R-01");
        assertThat(r1.text()).contains("20", l.text("risk.level.critical"), l.text("risk.response.reduce"));
        assertThat(r1.selectFirst(".otp-badge").attr("data-status")).isEqualTo("RED");
    }

    @Test
    void spanishPageSpeaksSpanish() {
        String html = report(ReportLanguage.SPANISH).html();
        Document doc = ReportPages.parse(html, ReportLanguage.SPANISH);
        assertThat(doc.text()).contains("Informe de seguimiento", "Hitos", "Valor ganado", "Riesgos principales",
            "Acciones", "Vencida", "Recibido con reparos", "Fecha de estado");
        assertThat(doc.text()).doesNotContain("Milestones", "Earned value", "Overdue", "Top risks", "Action items",
            "Status date", "Baseline", "Schedule performance index");
    }

    @Test
    void hostileTextsFromTheModelShowAsText() {
        for (ReportLanguage l : ReportPages.allLanguages()) {
            ProjectReport report = report(l, HOSTILE);
            Document doc = ReportPages.parse(report.html(), l);
            assertThat(doc.select("h1").text()).contains(HOSTILE);
            assertThat(doc.select("#summary").text()).contains(HOSTILE);
            assertThat(doc.select("#milestones table").text()).contains(HOSTILE);
            assertThat(doc.select("#actions").text()).contains(HOSTILE);
            assertThat(doc.select("#risks").text()).contains(HOSTILE);
            report.charts().values().forEach(svg -> SvgXml.parse(svg.standalone()));
        }
    }

    @Test
    void anyProjectNameShowsAsTextInTheTitle() {
        qt().withExamples(25).forAll(ReportGenerators.hostileNames()).checkAssert(name -> {
            Contract contract = FollowUpFixtures.contract("M");
            String html = ProjectReport.builder(ReportLanguage.ENGLISH, GENERATED).project(FollowUpFixtures.PROJECT, name)
                .contract(contract).evm(FollowUpFixtures.series()).build().html();
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script")).isEmpty();
            assertThat(doc.select("h1").text()).isEqualTo(
                ReportLanguage.ENGLISH.text("project.title", Map.of("project", name)).replaceAll("[\\s\\u0000-\\u001f]+", " ").trim());
        });
    }

    @Test
    void sCurvePointsAreTheSeriesWithStatusMarkerAndEac() {
        ProjectReport report = report(ReportLanguage.ENGLISH);
        EvmSeries series = FollowUpFixtures.series();
        org.w3c.dom.Document svg = SvgXml.assertAccessibleAndFinite(report.charts().get("evm-s-curve").standalone());
        List<org.w3c.dom.Element> points = SvgXml.marks(svg, "otp-point");
        assertThat(SvgXml.marks(svg, "otp-series")).hasSize(3);
        String pv = ReportLanguage.ENGLISH.text("project.evm.pv");
        String ev = ReportLanguage.ENGLISH.text("project.evm.ev");
        String ac = ReportLanguage.ENGLISH.text("project.evm.ac");
        assertThat(values(points, pv)).isEqualTo(amounts(series.pv()));
        assertThat(values(points, ev)).isEqualTo(amounts(series.ev()));
        assertThat(values(points, ac)).isEqualTo(amounts(series.ac()));
        assertThat(points.stream().filter(p -> p.getAttribute("data-series").equals(pv))
            .map(p -> p.getAttribute("data-x")).collect(Collectors.toList()))
            .isEqualTo(series.periodEnds().stream().map(LocalDate::toString).collect(Collectors.toList()));
        assertThat(SvgXml.marks(svg, "otp-marker-line").get(0).getAttribute("data-x")).isEqualTo("2026-12-31");
        org.w3c.dom.Element eac = SvgXml.marks(svg, "otp-annotation").get(0);
        assertThat(eac.getAttribute("data-x")).isEqualTo("2027-05-31");
        assertThat(new BigDecimal(eac.getAttribute("data-y"))).isEqualByComparingTo(report.estimate().eac().amount());
    }

    @Test
    void timelineAndTrendChartsHaveOneMarkPerMilestone() {
        ProjectReport report = report(ReportLanguage.SPANISH);
        Contract contract = FollowUpFixtures.contract("Migración de la herramienta ITSM");
        org.w3c.dom.Document timeline = SvgXml.assertAccessibleAndFinite(report.charts().get("milestones").standalone());
        assertThat(SvgXml.marks(timeline, "otp-row")).hasSize(contract.milestones().size());
        assertThat(SvgXml.marks(timeline, "otp-baseline")).hasSize(contract.milestones().size());
        assertThat(SvgXml.marks(timeline, "otp-actual")).extracting(e -> e.getAttribute("data-date"))
            .isEqualTo(contract.milestones().stream().flatMap(m -> m.actualDate().stream()).map(LocalDate::toString)
                .collect(Collectors.toList()))
            .contains("2026-06-03");
        MilestoneTrendAnalysis analysis = FollowUpFixtures.trend(contract);
        org.w3c.dom.Document trend = SvgXml.assertAccessibleAndFinite(
            report.charts().get("milestone-trend").standalone());
        assertThat(SvgXml.marks(trend, "otp-series")).hasSize(analysis.milestones().size());
        assertThat(SvgXml.marks(trend, "otp-point")).hasSize(
            analysis.milestones().stream().mapToInt(m -> m.series().size()).sum());
    }

    @Test
    void everyOutputIsDeterministic() {
        for (ReportLanguage l : ReportPages.allLanguages()) {
            ProjectReport a = report(l);
            ProjectReport b = report(l);
            assertThat(a.html()).isEqualTo(b.html());
            assertThat(a.json()).isEqualTo(b.json());
            assertThat(a.kpiCsv().toString()).isEqualTo(b.kpiCsv().toString());
            assertThat(a.evmCsv().toString()).isEqualTo(b.evmCsv().toString());
            assertThat(a.charts()).isEqualTo(b.charts());
        }
    }

    @Test
    void csvHoldsTheKpiAndEvmTables() {
        ProjectReport report = report(ReportLanguage.SPANISH);
        String[] kpi = report.kpiCsv().toString().split("\r\n");
        assertThat(kpi).hasSize(1 + FollowUpFixtures.kpis().size());
        assertThat(kpi[0]).startsWith("id,Indicador,Periodo,Valor");
        KpiAssessment spi = FollowUpFixtures.kpis().get(0);
        assertThat(kpi[1]).startsWith("spi,Índice de rendimiento del plazo (SPI)," + spi.period() + ","
            + spi.value().toPlainString() + ",");
        String[] evm = report.evmCsv().toString().split("\r\n");
        assertThat(evm).hasSize(13);
        assertThat(evm[7]).isEqualTo("7,2026-12-31,200000.00,182000.00,190000.00");
        assertThat(evm[8]).isEqualTo("8,2027-01-31,230000.00,,");
        byte[] bom = report.kpiCsv().withByteOrderMark(true).toBytes();
        assertThat(bom[0]).isEqualTo((byte) 0xEF);
    }

    @Test
    void jsonHoldsTheDataUsed() {
        ProjectReport report = report(ReportLanguage.ENGLISH);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = OtpJson.standard().read(report.json(), Map.class);
        assertThat(data).containsKeys("projectId", "projectName", "supplierName", "statusDate", "contract",
            "evmSeries", "evm", "eacMethod", "milestoneTrend", "kpis", "openActions", "topRisks");
        assertThat(data.get("projectId")).isEqualTo("PRJ-2026-011");
        assertThat(data.get("eacMethod")).isEqualTo("CPI");
        assertThat((List<?>) data.get("openActions")).hasSize(3);
        assertThat((List<?>) data.get("topRisks")).hasSize(3);
        EvmFigures figures = report.evmFigures();
        assertThat(report.json()).contains(figures.sv().amount().toPlainString());
    }

    @Test
    void writesThePageChartsAndCsvFiles(@TempDir Path dir) throws Exception {
        ProjectReport report = report(ReportLanguage.SPANISH);
        Path html = report.writeHtml(dir.resolve("out/seguimiento.es.html"));
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).isEqualTo(report.html());
        List<Path> charts = report.writeCharts(dir.resolve("svg"));
        assertThat(charts).extracting(p -> p.getFileName().toString())
            .containsExactly("milestones.es.svg", "milestone-trend.es.svg", "evm-s-curve.es.svg");
        for (Path p : charts) {
            SvgXml.parse(Files.readString(p, StandardCharsets.UTF_8));
        }
        List<Path> csv = report.writeCsv(dir.resolve("csv"), true);
        assertThat(csv).extracting(p -> p.getFileName().toString()).containsExactly("kpis.es.csv", "evm-series.es.csv");
        assertThat(Files.readAllBytes(csv.get(0))).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }

    @Test
    void reportWithoutOptionalInputsSaysSo() {
        ProjectReport report = ProjectReport.builder(ReportLanguage.SPANISH, GENERATED)
            .project(FollowUpFixtures.PROJECT, "P").contract(FollowUpFixtures.contract("M"))
            .evm(FollowUpFixtures.series()).build();
        Document doc = ReportPages.parse(report.html(), ReportLanguage.SPANISH);
        assertThat(doc.text()).contains(ReportLanguage.SPANISH.text("project.mta.none"),
            ReportLanguage.SPANISH.text("project.kpi.none"), ReportLanguage.SPANISH.text("project.action.none"),
            ReportLanguage.SPANISH.text("project.risk.none"));
        assertThat(report.charts().keySet()).containsExactly("milestones", "evm-s-curve");
    }

    @Test
    void refusesMissingInputs() {
        assertThatThrownBy(() -> ProjectReport.builder(ReportLanguage.ENGLISH, GENERATED)
            .contract(FollowUpFixtures.contract("M")).evm(FollowUpFixtures.series()).build())
            .isInstanceOf(NullPointerException.class).hasMessageContaining("project");
        assertThatThrownBy(() -> ProjectReport.builder(ReportLanguage.ENGLISH, GENERATED).topRisks(-1))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> values(List<org.w3c.dom.Element> points, String series) {
        return points.stream().filter(p -> p.getAttribute("data-series").equals(series))
            .map(p -> new BigDecimal(p.getAttribute("data-y")).stripTrailingZeros()).collect(Collectors.toList());
    }

    private static List<BigDecimal> amounts(List<Money> money) {
        return money.stream().map(m -> m.amount().stripTrailingZeros()).collect(Collectors.toList());
    }
}
