package io.otp.report.internal.svg;

import static io.otp.report.testing.SvgXml.assertAccessibleAndFinite;
import static io.otp.report.testing.SvgXml.marks;
import static io.otp.report.testing.SvgXml.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {

    private static final String HOSTILE = "<script>alert(1)</script> & \"x\"";

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static List<String> attr(List<Element> marks, String name) {
        return marks.stream().map(e -> e.getAttribute(name)).collect(Collectors.toList());
    }

    @Test
    void stackedBarsHaveOneSegmentPerValue() {
        StackedBarChart chart = StackedBarChart.builder("Rank acceptability", "Share of each rank")
            .segments("1st", "2nd", "3rd")
            .bar(HOSTILE, d("0.70"), d("0.20"), d("0.10"))
            .bar("Beta", d("0.30"), d("0.60"), d("0.10"))
            .bar("Gamma", d("0"), d("0.20"), d("0.80"))
            .build();
        Document doc = assertAccessibleAndFinite(chart.render(ReportLanguage.ENGLISH).inline());
        assertThat(marks(doc, "otp-bar")).hasSize(3);
        List<Element> segments = marks(doc, "otp-segment");
        assertThat(segments).hasSize(9);
        assertThat(attr(segments, "data-value")).containsExactly("0.70", "0.20", "0.10", "0.30", "0.60", "0.10", "0",
            "0.20", "0.80");
        assertThat(attr(segments, "data-category").get(0)).isEqualTo(HOSTILE);
        assertThat(attr(segments, "data-segment").subList(0, 3)).containsExactly("1st", "2nd", "3rd");
        assertThat(doc.getDocumentElement().getTextContent()).contains(HOSTILE).contains("Legend");
        assertThatThrownBy(() -> StackedBarChart.builder("t", "d").segments("a").bar("x", d("-1")))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StackedBarChart.builder("t", "d").segments("a", "b").bar("x", d("1")))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalSharesDrawEqualWidths() {
        Document doc = parse(StackedBarChart.builder("t", "d").segments("a", "b").bar("x", d("1"), d("1")).build()
            .render(ReportLanguage.SPANISH).inline());
        assertThat(attr(marks(doc, "otp-segment"), "width")).containsOnly(
            marks(doc, "otp-segment").get(0).getAttribute("width"));
    }

    @Test
    void sCurveHasOnePointPerValueAndTheStatusDateAndEac() {
        LocalDate jan = LocalDate.of(2026, 1, 31);
        LocalDate feb = LocalDate.of(2026, 2, 28);
        LocalDate mar = LocalDate.of(2026, 3, 31);
        LineChart chart = LineChart.builder("Earned value", "PV, EV and AC").xAxis(AxisType.DATE)
            .series("PV", List.of(ChartPoint.of(jan, d("10000")), ChartPoint.of(feb, d("25000")),
                ChartPoint.of(mar, d("45000"))))
            .series("EV", List.of(ChartPoint.of(jan, d("9000")), ChartPoint.of(feb, d("21000.50"))))
            .series("AC", List.of(ChartPoint.of(jan, d("9500")), ChartPoint.of(feb, d("-100"))))
            .verticalMarker(LocalDate.of(2026, 2, 15), "Status date")
            .annotation(ChartPoint.of(LocalDate.of(2026, 6, 30), d("120000")), "EAC")
            .build();
        Document doc = assertAccessibleAndFinite(chart.render(ReportLanguage.ENGLISH).standalone());
        assertThat(marks(doc, "otp-series")).hasSize(3);
        List<Element> points = marks(doc, "otp-point");
        assertThat(points).hasSize(7);
        assertThat(attr(points, "data-y")).containsExactly("10000", "25000", "45000", "9000", "21000.50", "9500",
            "-100");
        assertThat(attr(points, "data-x").subList(0, 3)).containsExactly("2026-01-31", "2026-02-28", "2026-03-31");
        assertThat(attr(points, "data-series")).containsExactly("PV", "PV", "PV", "EV", "EV", "AC", "AC");
        assertThat(attr(marks(doc, "otp-marker-line"), "data-x")).containsExactly("2026-02-15");
        Element eac = marks(doc, "otp-annotation").get(0);
        assertThat(eac.getAttribute("data-x")).isEqualTo("2026-06-30");
        assertThat(eac.getAttribute("data-y")).isEqualTo("120000");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(Svg.NAMESPACE);
    }

    @Test
    void higherValuesAreDrawnHigher() {
        Document doc = parse(LineChart.builder("t", "d").series("s", List.of(ChartPoint.of(d("1"), d("5")),
            ChartPoint.of(d("2"), d("10")))).build().render(ReportLanguage.ENGLISH).inline());
        List<Element> points = marks(doc, "otp-point");
        assertThat(Double.parseDouble(points.get(1).getAttribute("cy")))
            .isLessThan(Double.parseDouble(points.get(0).getAttribute("cy")));
        assertThat(Double.parseDouble(points.get(1).getAttribute("cx")))
            .isGreaterThan(Double.parseDouble(points.get(0).getAttribute("cx")));
    }

    @Test
    void milestoneTrendHasOneLinePerMilestoneAndTheDiagonal() {
        LocalDate r1 = LocalDate.of(2026, 1, 31);
        LocalDate r2 = LocalDate.of(2026, 2, 28);
        MilestoneTrendChart chart = MilestoneTrendChart.builder("MTA", "Forecasts by report date")
            .milestone("M1", List.of(new MilestoneTrendChart.Forecast(r1, LocalDate.of(2026, 4, 30)),
                new MilestoneTrendChart.Forecast(r2, LocalDate.of(2026, 5, 15))))
            .milestone("M2", List.of(new MilestoneTrendChart.Forecast(r1, LocalDate.of(2026, 9, 30))))
            .build();
        Document doc = assertAccessibleAndFinite(chart.render(ReportLanguage.SPANISH).inline());
        assertThat(doc.getDocumentElement().getAttribute("class")).contains("otp-milestone-trend-chart");
        assertThat(marks(doc, "otp-series")).hasSize(2);
        List<Element> points = marks(doc, "otp-point");
        assertThat(attr(points, "data-x")).containsExactly("2026-01-31", "2026-02-28", "2026-01-31");
        assertThat(attr(points, "data-y")).containsExactly("2026-04-30", "2026-05-15", "2026-09-30");
        assertThat(marks(doc, "otp-diagonal")).hasSize(1);
        assertThat(doc.getDocumentElement().getTextContent()).contains("Previsión igual a fecha de informe");
    }

    @Test
    void timelineHasOneMarkerPerDate() {
        TimelineChart chart = TimelineChart.builder("Milestones", "Baseline, forecast and actual")
            .row(TimelineRow.milestone("M1", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 15))
                .withActual(LocalDate.of(2026, 4, 10)))
            .row(TimelineRow.milestone(HOSTILE, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 31)))
            .row(TimelineRow.milestone("Build", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31))
                .withStart(LocalDate.of(2026, 5, 1)))
            .statusDate(LocalDate.of(2026, 5, 1))
            .build();
        Document doc = assertAccessibleAndFinite(chart.render(ReportLanguage.ENGLISH).inline());
        assertThat(marks(doc, "otp-row")).hasSize(3);
        assertThat(attr(marks(doc, "otp-baseline"), "data-date")).containsExactly("2026-03-31", "2026-06-30",
            "2026-09-30");
        assertThat(attr(marks(doc, "otp-forecast"), "data-date")).containsExactly("2026-04-15", "2026-07-31",
            "2026-10-31");
        assertThat(attr(marks(doc, "otp-actual"), "data-date")).containsExactly("2026-04-10");
        assertThat(marks(doc, "otp-marker")).hasSize(7);
        Element bar = marks(doc, "otp-bar").get(0);
        assertThat(bar.getAttribute("data-start")).isEqualTo("2026-05-01");
        assertThat(bar.getAttribute("data-end")).isEqualTo("2026-10-31");
        assertThat(attr(marks(doc, "otp-baseline"), "data-row").get(1)).isEqualTo(HOSTILE);
        assertThat(doc.getDocumentElement().getTextContent()).contains("Baseline", "Forecast", "Actual");
    }

    @Test
    void scatterShowsBandsAndLabelledPointsWithTheirStatus() {
        ScatterChart chart = ScatterChart.builder("SPI and CPI", "Performance of each project")
            .axisTitles("SPI", "CPI")
            .bands(d("0.90"), d("1.00"))
            .point("A", d("0.95"), d("1.02"))
            .point("B", d("1.05"), d("1.10"))
            .point("C", d("0.80"), d("1.20"))
            .build();
        Document doc = assertAccessibleAndFinite(chart.render(ReportLanguage.ENGLISH).inline());
        List<Element> points = marks(doc, "otp-point");
        assertThat(attr(points, "data-label")).containsExactly("A", "B", "C");
        assertThat(attr(points, "data-x")).containsExactly("0.95", "1.05", "0.80");
        assertThat(attr(points, "data-y")).containsExactly("1.02", "1.10", "1.20");
        assertThat(attr(points, "data-status")).containsExactly("AMBER", "GREEN", "RED");
        assertThat(attr(marks(doc, "otp-band"), "data-status")).containsExactly("RED", "AMBER", "GREEN");
        assertThat(doc.getDocumentElement().getTextContent()).contains("A (At risk)", "B (On track)", "C (Off track)");
        assertThat(chart.status(d("1.00"), d("1.00"))).isEqualTo(StatusTone.GREEN);
        assertThat(chart.status(d("0.90"), d("2"))).isEqualTo(StatusTone.AMBER);
        assertThat(chart.status(d("0.89"), d("2"))).isEqualTo(StatusTone.RED);
    }

    @Test
    void groupedBarsHaveOneBarPerValueAndHandleNegatives() {
        BarChart chart = BarChart.builder("Budget execution", "Budget and executed")
            .series("Budget", "Executed")
            .category("A", d("120000.00"), d("80500.00"))
            .category("B", d("60000.00"), d("-5000.00"))
            .build();
        Document doc = assertAccessibleAndFinite(chart.render(ReportLanguage.SPANISH).inline());
        List<Element> bars = marks(doc, "otp-bar");
        assertThat(bars).hasSize(4);
        assertThat(attr(bars, "data-value")).containsExactly("120000.00", "80500.00", "60000.00", "-5000.00");
        assertThat(attr(bars, "data-series")).containsExactly("Budget", "Executed", "Budget", "Executed");
        double zero = Double.parseDouble(marks(doc, "otp-zero-line").get(0).getAttribute("x1"));
        Element negative = bars.get(3);
        assertThat(Double.parseDouble(negative.getAttribute("x")) + Double.parseDouble(negative.getAttribute("width")))
            .isCloseTo(zero, org.assertj.core.data.Offset.offset(0.02));
        assertThat(Double.parseDouble(bars.get(0).getAttribute("x"))).isCloseTo(zero,
            org.assertj.core.data.Offset.offset(0.02));
        assertThat(doc.getDocumentElement().getTextContent()).contains("120.000");
    }

    @Test
    void simpleBarChartHasOneSeries() {
        Document doc = parse(BarChart.builder("Spend", "d").category("A", d("1")).category("B", d("2")).build()
            .render(ReportLanguage.ENGLISH).inline());
        assertThat(attr(marks(doc, "otp-bar"), "data-series")).containsExactly("Spend", "Spend");
        assertThat(marks(doc, "otp-legend")).isEmpty();
    }

    @Test
    void heatMapCellsCarryColourAndText() {
        HeatMap map = HeatMap.builder("Portfolio", "Status by dimension").columns("Schedule", "Cost")
            .row("P1", HeatMap.Cell.of(StatusTone.GREEN, "On track"), HeatMap.Cell.of(StatusTone.AMBER, "CPI 0.93"))
            .row(HOSTILE, HeatMap.Cell.of(StatusTone.RED, HOSTILE), HeatMap.Cell.of(StatusTone.GREY, "n/a"))
            .build();
        Document doc = assertAccessibleAndFinite(map.render(ReportLanguage.ENGLISH).inline());
        List<Element> cells = marks(doc, "otp-cell");
        assertThat(cells).hasSize(4);
        assertThat(attr(cells, "data-status")).containsExactly("GREEN", "AMBER", "RED", "GREY");
        assertThat(attr(cells, "data-column")).containsExactly("Schedule", "Cost", "Schedule", "Cost");
        assertThat(attr(cells, "data-row")).containsExactly("P1", "P1", HOSTILE, HOSTILE);
        assertThat(marks(doc, "otp-cell-label").stream().map(Element::getTextContent))
            .containsExactly("On track", "CPI 0.93", HOSTILE, "n/a");
        assertThat(cells.get(0).getAttribute("fill")).isEqualTo(StatusTone.GREEN.colour());
    }

    @Test
    void emptyChartsSayNoData() {
        List<Svg> empty = List.of(
            StackedBarChart.builder("t", "d").build().render(ReportLanguage.SPANISH),
            LineChart.builder("t", "d").series("s", List.of()).build().render(ReportLanguage.SPANISH),
            MilestoneTrendChart.builder("t", "d").build().render(ReportLanguage.SPANISH),
            TimelineChart.builder("t", "d").row(new TimelineRow("r", java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty())).build()
                .render(ReportLanguage.SPANISH),
            ScatterChart.builder("t", "d").build().render(ReportLanguage.SPANISH),
            BarChart.builder("t", "d").build().render(ReportLanguage.SPANISH),
            HeatMap.builder("t", "d").build().render(ReportLanguage.SPANISH));
        for (Svg svg : empty) {
            Document doc = assertAccessibleAndFinite(svg.standalone());
            assertThat(marks(doc, "otp-no-data")).hasSize(1);
            assertThat(marks(doc, "otp-no-data").get(0).getTextContent()).isEqualTo("No hay datos que mostrar");
        }
    }

    @Test
    void chartsAreDeterministicAndWriteStandaloneFiles(@TempDir Path dir) throws Exception {
        HeatMap map = HeatMap.builder("t", "d").columns("c").row("r", HeatMap.Cell.of(StatusTone.GREEN, "ok")).build();
        Svg svg = map.render(ReportLanguage.ENGLISH);
        assertThat(svg).isEqualTo(map.render(ReportLanguage.ENGLISH));
        Path file = svg.writeTo(dir.resolve("charts/map.svg"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"" + Svg.NAMESPACE + "\"");
        assertAccessibleAndFinite(text);
        assertThat(svg.inline()).startsWith("<svg class=").doesNotContain("xmlns");
    }

    @Test
    void coordinatesAreWrittenWithTwoDecimalsWhateverTheDefaultLocale() {
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            String svg = BarChart.builder("t", "d").category("A", d("1.5")).build().render(ReportLanguage.ENGLISH)
                .inline();
            assertThat(svg).doesNotContainPattern("=\"-?\\d+,\\d+\"");
            assertThat(svg).containsPattern("width=\"\\d+\\.\\d\\d\"");
        } finally {
            java.util.Locale.setDefault(locale);
        }
    }
}
