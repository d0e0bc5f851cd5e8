package io.otp.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.money.Money;
import io.otp.report.internal.csv.CsvWriter;
import io.otp.report.internal.html.HtmlPage;
import io.otp.report.internal.html.HtmlTable;
import io.otp.report.internal.html.HtmlWriter;
import io.otp.report.internal.svg.AxisType;
import io.otp.report.internal.svg.BarChart;
import io.otp.report.internal.svg.ChartPoint;
import io.otp.report.internal.svg.HeatMap;
import io.otp.report.internal.svg.LineChart;
import io.otp.report.internal.svg.MilestoneTrendChart;
import io.otp.report.internal.svg.ScatterChart;
import io.otp.report.internal.svg.StackedBarChart;
import io.otp.report.internal.svg.Svg;
import io.otp.report.internal.svg.TimelineChart;
import io.otp.report.internal.svg.TimelineRow;
import io.otp.report.testing.ReportPages;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Puts every building block on one page per language and writes it, with each chart as a standalone SVG
 * and a CSV, under {@code target/otp-report-samples/} so people can open and print them.
 */
class SamplePageTest {

    private static final Path OUT = Path.of("target", "otp-report-samples");

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static Map<String, Svg> charts(ReportLanguage l) {
        Map<String, Svg> charts = new LinkedHashMap<>();
        charts.put("rank-acceptability", StackedBarChart.builder("Rank acceptability", "Share of each rank per bid")
            .segments("1", "2", "3")
            .bar("ACME S.L.", d("0.70"), d("0.20"), d("0.10"))
            .bar("<script>alert(1)</script>", d("0.25"), d("0.60"), d("0.15"))
            .bar("Gamma S.A.", d("0.05"), d("0.20"), d("0.75")).build().render(l));
        LocalDate start = LocalDate.of(2026, 1, 31);
        charts.put("s-curve", LineChart.builder("EVM", "PV, EV and AC").xAxis(AxisType.DATE)
            .series("PV", List.of(ChartPoint.of(start, d("10000")), ChartPoint.of(start.plusMonths(1), d("30000")),
                ChartPoint.of(start.plusMonths(2), d("60000")), ChartPoint.of(start.plusMonths(3), d("85000")),
                ChartPoint.of(start.plusMonths(4), d("100000"))))
            .series("EV", List.of(ChartPoint.of(start, d("9000")), ChartPoint.of(start.plusMonths(1), d("26000")),
                ChartPoint.of(start.plusMonths(2), d("51000"))))
            .series("AC", List.of(ChartPoint.of(start, d("9500")), ChartPoint.of(start.plusMonths(1), d("29000")),
                ChartPoint.of(start.plusMonths(2), d("58000"))))
            .verticalMarker(start.plusMonths(2), l.text("chart.statusDate"))
            .annotation(ChartPoint.of(start.plusMonths(4), d("113700")), "EAC").build().render(l));
        charts.put("milestone-trend", MilestoneTrendChart.builder("MTA", "Forecasts by report date")
            .milestone("M1", List.of(new MilestoneTrendChart.Forecast(start, LocalDate.of(2026, 4, 30)),
                new MilestoneTrendChart.Forecast(start.plusMonths(1), LocalDate.of(2026, 5, 15)),
                new MilestoneTrendChart.Forecast(start.plusMonths(2), LocalDate.of(2026, 5, 20))))
            .milestone("M2", List.of(new MilestoneTrendChart.Forecast(start, LocalDate.of(2026, 7, 31)),
                new MilestoneTrendChart.Forecast(start.plusMonths(1), LocalDate.of(2026, 7, 31)),
                new MilestoneTrendChart.Forecast(start.plusMonths(2), LocalDate.of(2026, 8, 31))))
            .build().render(l));
        charts.put("milestones", TimelineChart.builder("Milestones", "Baseline, forecast, actual")
            .row(TimelineRow.milestone("M1 Design", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 15))
                .withActual(LocalDate.of(2026, 4, 10)))
            .row(TimelineRow.milestone("M2 Pilot", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 31)))
            .row(TimelineRow.milestone("Build", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31))
                .withStart(LocalDate.of(2026, 4, 15)))
            .statusDate(LocalDate.of(2026, 5, 1)).build().render(l));
        charts.put("spi-cpi", ScatterChart.builder("SPI / CPI", "Portfolio performance").axisTitles("SPI", "CPI")
            .point("P1", d("0.95"), d("1.02")).point("P2", d("1.05"), d("1.10")).point("P3", d("0.82"), d("0.97"))
            .build().render(l));
        charts.put("budget", BarChart.builder("Budget", "Budget and executed").series("Budget", "Executed")
            .category("P1", d("120000"), d("80500")).category("P2", d("60000"), d("61200"))
            .category("P3", d("30000"), d("-2000")).build().render(l));
        charts.put("heat-map", HeatMap.builder("Status", "Projects by dimension").columns("Schedule", "Cost", "Risk")
            .row("P1", HeatMap.Cell.of(StatusTone.GREEN, StatusTone.GREEN.label(l)),
                HeatMap.Cell.of(StatusTone.AMBER, "CPI 0,93"), HeatMap.Cell.of(StatusTone.RED, "2"))
            .row("P2", HeatMap.Cell.of(StatusTone.GREY, StatusTone.GREY.label(l)),
                HeatMap.Cell.of(StatusTone.GREEN, "OK"), HeatMap.Cell.of(StatusTone.GREEN, "0"))
            .build().render(l));
        return charts;
    }

    @Test
    void writesASamplePageWithEveryBuildingBlockInBothLanguages() throws Exception {
        for (ReportLanguage language : ReportPages.allLanguages()) {
            Map<String, Svg> charts = charts(language);
            HtmlTable table = HtmlTable.builder("Scores").rowHeader("Bidder").column("Status").numericColumn("Price")
                .cells("ACME S.L.", HtmlTable.Cell.badge(StatusTone.GREEN, StatusTone.GREEN.label(language)),
                    HtmlTable.Cell.text(language.money(Money.euros("1234.56"))))
                .cells("<script>alert(1)</script>", HtmlTable.Cell.badge(StatusTone.RED, StatusTone.RED.label(language)),
                    HtmlTable.Cell.text(language.money(Money.euros("-99.5"))))
                .build();
            HtmlWriter body = new HtmlWriter().startSection("summary", "Summary")
                .definitionList(Map.of("Date", language.date(LocalDate.of(2026, 11, 25))))
                .statusParagraph(StatusTone.AMBER, StatusTone.AMBER.label(language), "Two milestones are late")
                .table(table).endSection();
            for (Map.Entry<String, Svg> chart : charts.entrySet()) {
                body.startSection(chart.getKey(), chart.getKey()).figure(chart.getValue(), chart.getKey()).endSection();
                chart.getValue().writeTo(OUT.resolve(language.htmlLang()).resolve(chart.getKey() + ".svg"));
            }
            Path file = HtmlPage.builder(language, "OTP SDK", LocalDate.of(2026, 11, 25)).body(body.toFragment())
                .build().writeTo(OUT.resolve("sample-" + language.htmlLang() + ".html"));
            CsvWriter.localized(language).withByteOrderMark(true).row("Bidder", "Price")
                .row("ACME S.L.", Money.euros("1234.56")).writeTo(OUT.resolve("sample-" + language.htmlLang() + ".csv"));
            Document doc = Jsoup.parse(Files.readString(file));
            assertThat(doc.select("svg[role=img]")).hasSize(7);
            assertThat(doc.select("script")).isEmpty();
            assertThat(doc.select("section")).hasSize(8);
        }
    }
}
