package io.otp.report.internal.svg;

import static io.otp.report.testing.SvgXml.assertAccessibleAndFinite;
import static io.otp.report.testing.SvgXml.marks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import io.otp.report.testing.ReportGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Random data never makes a chart ill-formed, NaN or Infinity, and marks always match the data. */
class ChartPropertiesTest {

    private static LocalDate date(int offset) {
        return LocalDate.of(2026, 1, 1).plusDays(offset);
    }

    @Test
    void stackedBarsAreWellFormedForAnyValues() {
        qt().forAll(lists().of(ReportGenerators.nonNegativeDecimals()).ofSizeBetween(0, 12), ReportGenerators.hostileNames())
            .checkAssert((values, name) -> {
                StackedBarChart.Builder b = StackedBarChart.builder(name, name).segments("a", "b", "c");
                for (int i = 0; i + 2 < values.size(); i += 3) {
                    b.bar(name + i, values.get(i), values.get(i + 1), values.get(i + 2));
                }
                StackedBarChart chart = b.build();
                Document doc = assertAccessibleAndFinite(chart.render(ReportLanguage.SPANISH).standalone());
                assertThat(marks(doc, "otp-segment")).hasSize(chart.bars().size() * 3);
            });
    }

    @Test
    void lineChartsAreWellFormedForAnyValues() {
        qt().forAll(lists().of(ReportGenerators.decimals()).ofSizeBetween(0, 20), integers().between(0, 3000),
            ReportGenerators.hostileNames()).checkAssert((values, span, name) -> {
                List<ChartPoint> dated = new ArrayList<>();
                List<ChartPoint> numeric = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    dated.add(ChartPoint.of(date(span * i / Math.max(values.size(), 1)), values.get(i)));
                    numeric.add(ChartPoint.of(values.get(i), values.get(values.size() - 1 - i)));
                }
                LineChart.Builder b = LineChart.builder(name, name).xAxis(AxisType.DATE).series(name, dated)
                    .verticalMarker(date(span / 2), name);
                if (!values.isEmpty()) {
                    b.annotation(ChartPoint.of(date(span), values.get(0)), name);
                }
                Document doc = assertAccessibleAndFinite(b.build().render(ReportLanguage.ENGLISH).inline());
                assertThat(marks(doc, "otp-point")).hasSize(values.size());
                Document doc2 = assertAccessibleAndFinite(LineChart.builder(name, name).series("n", numeric)
                    .diagonal(name).build().render(ReportLanguage.SPANISH).inline());
                assertThat(marks(doc2, "otp-point")).hasSize(values.size());
            });
    }

    @Test
    void timelinesAndTrendsAreWellFormedForAnyDates() {
        qt().forAll(lists().of(integers().between(-400, 4000)).ofSizeBetween(0, 15), ReportGenerators.hostileNames())
            .checkAssert((offsets, name) -> {
                TimelineChart.Builder t = TimelineChart.builder(name, name);
                MilestoneTrendChart.Builder m = MilestoneTrendChart.builder(name, name);
                int dates = 0;
                for (int i = 0; i + 1 < offsets.size(); i += 2) {
                    TimelineRow row = TimelineRow.milestone(name + i, date(offsets.get(i)), date(offsets.get(i + 1)));
                    t.row(i % 4 == 0 ? row.withActual(date(offsets.get(i))).withStart(date(0)) : row);
                    dates += i % 4 == 0 ? 3 : 2;
                    m.milestone(name + i, List.of(new MilestoneTrendChart.Forecast(date(offsets.get(i)),
                        date(offsets.get(i + 1)))));
                }
                Document timeline = assertAccessibleAndFinite(t.build().render(ReportLanguage.ENGLISH).inline());
                assertThat(marks(timeline, "otp-marker")).hasSize(dates);
                Document trend = assertAccessibleAndFinite(m.build().render(ReportLanguage.SPANISH).inline());
                assertThat(marks(trend, "otp-point")).hasSize(offsets.size() / 2);
            });
    }

    @Test
    void scatterBarAndHeatMapAreWellFormedForAnyValues() {
        qt().forAll(lists().of(ReportGenerators.decimals()).ofSizeBetween(0, 16), ReportGenerators.hostileNames())
            .checkAssert((values, name) -> {
                ScatterChart.Builder s = ScatterChart.builder(name, name).axisTitles(name, name);
                BarChart.Builder bars = BarChart.builder(name, name).series("x", "y");
                HeatMap.Builder heat = HeatMap.builder(name, name).columns(name, "b");
                StatusTone[] tones = StatusTone.values();
                for (int i = 0; i + 1 < values.size(); i += 2) {
                    s.point(name + i, values.get(i), values.get(i + 1));
                    bars.category(name + i, values.get(i), values.get(i + 1));
                    heat.row(name + i, HeatMap.Cell.of(tones[i % 4], name), HeatMap.Cell.of(tones[(i + 1) % 4], "x"));
                }
                int pairs = values.size() / 2;
                assertThat(marks(assertAccessibleAndFinite(s.build().render(ReportLanguage.ENGLISH).inline()),
                    "otp-point")).hasSize(pairs);
                assertThat(marks(assertAccessibleAndFinite(bars.build().render(ReportLanguage.SPANISH).inline()),
                    "otp-bar")).hasSize(pairs * 2);
                assertThat(marks(assertAccessibleAndFinite(heat.build().render(ReportLanguage.ENGLISH).inline()),
                    "otp-cell")).hasSize(pairs * 2);
            });
    }

    @Test
    void emptyOptionalRowsAreAllowed() {
        TimelineRow row = new TimelineRow("r", Optional.empty(), Optional.of(date(1)), Optional.empty(), Optional.empty());
        assertThat(row.end()).contains(date(1));
    }
}
