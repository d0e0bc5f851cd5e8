package io.otp.report.project;

import io.otp.core.execution.Contract;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneStatus;
import io.otp.kpi.evm.Estimate;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.trend.MilestoneForecast;
import io.otp.kpi.trend.MilestoneTrend;
import io.otp.kpi.trend.MilestoneTrendAnalysis;
import io.otp.report.ReportLanguage;
import io.otp.report.internal.svg.AxisType;
import io.otp.report.internal.svg.ChartPoint;
import io.otp.report.internal.svg.LineChart;
import io.otp.report.internal.svg.MilestoneTrendChart;
import io.otp.report.internal.svg.Svg;
import io.otp.report.internal.svg.TimelineChart;
import io.otp.report.internal.svg.TimelineRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charts of the follow-up report: the milestone timeline, the milestone trend analysis and the earned
 * value S-curve.
 */
final class ProjectCharts {

    private final ProjectReport report;
    private final ReportLanguage language;
    private final Contract contract;
    private final EvmSeries series;

    ProjectCharts(ProjectReport report) {
        this.report = report;
        this.language = report.language();
        this.contract = report.contract();
        this.series = report.series();
    }

    private LocalDate statusDate() {
        return report.statusDate();
    }

    private Estimate estimate() {
        return report.estimate();
    }

    Svg timeline() {
        TimelineChart.Builder chart = TimelineChart.builder(language.text("project.milestones.chart"),
            language.text("project.milestones.chartDesc", Map.of(
                "milestones", contract.milestones().size()))).statusDate(statusDate());
        for (Milestone m : contract.milestones()) {
            Optional<LocalDate> forecast = m.status() == MilestoneStatus.MET ? Optional.empty()
                : Optional.of(m.currentForecast());
            chart.row(new TimelineRow(ProjectFormat.label(m.id().value(), m.title()), Optional.empty(), Optional.of(m.baselineDate()),
                forecast, m.actualDate()));
        }
        return chart.build().render(language);
    }

    Svg trendChart(MilestoneTrendAnalysis a) {
        MilestoneTrendChart.Builder chart = MilestoneTrendChart.builder(language.text("project.mta.chart"),
            language.text("project.mta.chartDesc", Map.of("reports", a.snapshots().size())));
        for (MilestoneTrend m : a.milestones()) {
            List<MilestoneTrendChart.Forecast> points = new ArrayList<>();
            for (MilestoneForecast f : m.series()) {
                points.add(new MilestoneTrendChart.Forecast(f.reportDate(), f.forecastDate()));
            }
            // The id alone keeps the legend short; the table beside the chart gives the titles.
            chart.milestone(m.milestone().value(), points);
        }
        return chart.build().render(language);
    }

    Svg sCurve() {
        List<ChartPoint> pv = new ArrayList<>();
        List<ChartPoint> ev = new ArrayList<>();
        List<ChartPoint> ac = new ArrayList<>();
        for (int i = 0; i < series.periodEnds().size(); i++) {
            LocalDate end = series.periodEnds().get(i);
            pv.add(ChartPoint.of(end, series.pv().get(i).amount()));
            if (i < series.ev().size()) {
                ev.add(ChartPoint.of(end, series.ev().get(i).amount()));
            }
            if (i < series.ac().size()) {
                ac.add(ChartPoint.of(end, series.ac().get(i).amount()));
            }
        }
        LocalDate finish = series.periodEnds().get(series.periodEnds().size() - 1);
        return LineChart.builder(language.text("project.evm.chart"), language.text("project.evm.chartDesc", Map.of(
            "periods", series.periodEnds().size(), "statusDate", language.date(statusDate()))))
            .xAxis(AxisType.DATE)
            .series(language.text("project.evm.pv"), pv)
            .series(language.text("project.evm.ev"), ev)
            .series(language.text("project.evm.ac"), ac)
            .verticalMarker(statusDate(), language.text("chart.statusDate"))
            .annotation(ChartPoint.of(finish, estimate().eac().amount()), language.text("project.evm.eac"))
            .build().render(language);
    }
}
