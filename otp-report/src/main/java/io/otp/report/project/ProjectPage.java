package io.otp.report.project;

import static io.otp.report.project.ProjectFormat.DASH;

import io.otp.core.execution.Contract;
import io.otp.core.execution.Milestone;
import io.otp.core.id.ProjectId;
import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.evm.Estimate;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.trend.MilestoneForecast;
import io.otp.kpi.trend.MilestoneTrend;
import io.otp.kpi.trend.MilestoneTrendAnalysis;
import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import io.otp.report.internal.html.HtmlFragment;
import io.otp.report.internal.html.HtmlTable;
import io.otp.report.internal.html.HtmlTable.Cell;
import io.otp.report.internal.html.HtmlWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The body of the follow-up report's page, section by section: the summary, the milestones, the milestone
 * trend analysis, the earned value and the KPIs here; the deliverables, the open action items and the top
 * risks in {@link ProjectRegisters}.
 */
final class ProjectPage {

    private final ProjectReport report;
    private final ReportLanguage language;
    private final ProjectFormat format;
    private final ProjectCharts charts;
    private final ProjectId projectId;
    private final String projectName;
    private final Optional<String> supplierName;
    private final Contract contract;
    private final EvmSeries series;
    private final EvmFigures figures;
    private final Optional<MilestoneTrendAnalysis> milestoneTrend;
    private final List<KpiAssessment> kpis;

    ProjectPage(ProjectReport report) {
        this.report = report;
        this.language = report.language();
        this.format = report.format();
        this.charts = new ProjectCharts(report);
        this.projectId = report.projectId();
        this.projectName = report.projectName();
        this.supplierName = report.supplierName();
        this.contract = report.contract();
        this.series = report.series();
        this.figures = report.evmFigures();
        this.milestoneTrend = report.milestoneTrend();
        this.kpis = report.kpis();
    }

    /**
     * Writes the sections in the order the page shows them.
     *
     * @return the body of the page; not null
     */
    HtmlFragment body() {
        HtmlWriter w = new HtmlWriter();
        summary(w);
        milestones(w);
        trend(w);
        earnedValue(w);
        kpiSection(w);
        ProjectRegisters registers = new ProjectRegisters(report);
        registers.deliverables(w);
        registers.actionSection(w);
        registers.riskSection(w);
        return w.toFragment();
    }

    private LocalDate statusDate() {
        return report.statusDate();
    }

    private void summary(HtmlWriter w) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(language.text("project.project"), projectId.value() + " " + DASH + " " + projectName);
        entries.put(language.text("project.contract"), contract.id().value());
        entries.put(language.text("project.supplier"), supplierName.map(n -> n + " (" + contract.supplier().value() + ")")
            .orElse(contract.supplier().value()));
        entries.put(language.text("project.statusDate"), language.date(statusDate()));
        entries.put(language.text("project.period"), language.text("project.periodRange", Map.of(
            "start", language.date(contract.period().start()), "end", language.date(contract.period().end()))));
        entries.put(language.text("project.amount"), language.money(contract.amount()));
        entries.put(language.text("project.statusPeriod"), language.text("project.statusPeriodValue", Map.of(
            "period", series.statusPeriod(), "periods", series.plannedDuration())));
        w.startSection("summary", language.text("project.summary")).definitionList(entries).endSection();
    }


    private void milestones(HtmlWriter w) {
        w.startSection("milestones", language.text("project.milestones"));
        w.figure(charts.timeline(), language.text("project.milestones.chart"));
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.milestones.caption"))
            .rowHeader(language.text("project.milestone")).column(language.text("project.milestone.title"))
            .column(language.text("project.milestone.type")).column(language.text("project.milestone.status"))
            .numericColumn(language.text("chart.baseline")).numericColumn(language.text("chart.forecast"))
            .numericColumn(language.text("chart.actual")).numericColumn(language.text("project.milestone.slip"));
        for (Milestone m : contract.milestones()) {
            LocalDate end = m.actualDate().orElse(m.currentForecast());
            t.cells(m.id().value(), Cell.text(m.title()), Cell.text(language.text("milestone.type." + m.type().code())),
                Cell.badge(milestoneTone(m), language.text("milestone.status." + m.status().code())),
                Cell.text(language.date(m.baselineDate())), Cell.text(language.date(m.currentForecast())),
                Cell.text(m.actualDate().map(language::date).orElse(DASH)),
                Cell.text(format.signed(ChronoUnit.DAYS.between(m.baselineDate(), end))));
        }
        w.table(t.build()).endSection();
    }


    /**
     * Green on time, amber late or partially met, red not met or not met with its baseline date passed.
     */
    private StatusTone milestoneTone(Milestone m) {
        switch (m.status()) {
            case MET:
                return m.actualDate().filter(a -> a.isAfter(m.baselineDate())).isPresent() ? StatusTone.AMBER
                    : StatusTone.GREEN;
            case PARTIALLY_MET:
                return StatusTone.AMBER;
            case NOT_MET:
                return StatusTone.RED;
            default:
                if (m.baselineDate().isBefore(statusDate())) {
                    return StatusTone.RED;
                }
                return m.currentForecast().isAfter(m.baselineDate()) ? StatusTone.AMBER : StatusTone.GREEN;
        }
    }


    private void trend(HtmlWriter w) {
        w.startSection("milestone-trend", language.text("project.mta"));
        if (milestoneTrend.isEmpty()) {
            w.paragraph(language.text("project.mta.none")).endSection();
            return;
        }
        MilestoneTrendAnalysis a = milestoneTrend.get();
        w.figure(charts.trendChart(a), language.text("project.mta.chart"));
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.mta.caption"))
            .rowHeader(language.text("project.milestone")).column(language.text("project.milestone.title"))
            .numericColumn(language.text("chart.baseline")).numericColumn(language.text("project.mta.latest"))
            .numericColumn(language.text("project.mta.calendarSlip"))
            .numericColumn(language.text("project.mta.workingSlip")).column(language.text("project.mta.trend"));
        for (MilestoneTrend m : a.milestones()) {
            Optional<MilestoneForecast> last = m.latest();
            StatusTone tone;
            switch (m.trend()) {
                case SLIPPING:
                    tone = StatusTone.RED;
                    break;
                case RECOVERING:
                    tone = StatusTone.AMBER;
                    break;
                default:
                    tone = StatusTone.GREEN;
            }
            t.cells(m.milestone().value(), Cell.text(m.title()), Cell.text(language.date(m.baselineDate())),
                Cell.text(last.map(f -> language.date(f.forecastDate())).orElse(DASH)),
                Cell.text(last.map(f -> format.signed(f.calendarSlip())).orElse(DASH)),
                Cell.text(last.map(f -> format.signed(f.workingSlip())).orElse(DASH)),
                Cell.badge(tone, language.text("mta.trend." + m.trend().name().toLowerCase(Locale.ROOT))));
        }
        w.table(t.build()).endSection();
    }


    private void earnedValue(HtmlWriter w) {
        w.startSection("earned-value", language.text("project.evm"));
        w.figure(charts.sCurve(), language.text("project.evm.chart"));
        Estimate e = report.estimate();
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.evm.caption"))
            .rowHeader(language.text("project.evm.figure")).numericColumn(language.text("project.evm.value"));
        t.row(language.text("project.evm.bac"), language.money(figures.bac()));
        t.row(language.text("project.evm.pv"), language.money(figures.pv()));
        t.row(language.text("project.evm.ev"), language.money(figures.ev()));
        t.row(language.text("project.evm.ac"), language.money(figures.ac()));
        t.row(language.text("project.evm.sv"), language.money(figures.sv()));
        t.row(language.text("project.evm.cv"), language.money(figures.cv()));
        t.row(language.text("project.evm.spi"), format.ratio(figures.spi()));
        t.row(language.text("project.evm.cpi"), format.ratio(figures.cpi()));
        t.row(language.text("project.evm.eacFigure"), language.money(e.eac()));
        t.row(language.text("project.evm.etc"), language.money(e.etc()));
        t.row(language.text("project.evm.vac"), language.money(e.vac()));
        t.row(language.text("project.evm.tcpi"), format.ratio(figures.tcpiToBac()));
        w.table(t.build());
        w.paragraph(language.text("project.evm.method", Map.of("method", format.methodLabel(e.method()))));
        HtmlTable.Builder est = HtmlTable.builder(language.text("project.evm.estimates"))
            .rowHeader(language.text("project.evm.figure")).numericColumn("ETC").numericColumn("EAC")
            .numericColumn("VAC").numericColumn("TCPI");
        for (EacMethod m : EacMethod.values()) {
            Optional<Estimate> x = figures.estimate(m);
            if (x.isPresent()) {
                est.row(format.methodLabel(m), language.money(x.get().etc()), language.money(x.get().eac()),
                    language.money(x.get().vac()), format.ratio(x.get().tcpi()));
            }
        }
        w.table(est.build());
        HtmlTable.Builder s = HtmlTable.builder(language.text("project.evm.series"))
            .rowHeader(language.text("project.evm.period")).numericColumn(language.text("project.evm.periodEnd"))
            .numericColumn("PV").numericColumn("EV").numericColumn("AC");
        for (int i = 0; i < series.periodEnds().size(); i++) {
            s.row(language.number(i + 1L), language.date(series.periodEnds().get(i)), language.money(series.pv().get(i)),
                i < series.ev().size() ? language.money(series.ev().get(i)) : DASH,
                i < series.ac().size() ? language.money(series.ac().get(i)) : DASH);
        }
        w.table(s.build()).endSection();
    }


    private void kpiSection(HtmlWriter w) {
        w.startSection("kpis", language.text("project.kpis"));
        if (kpis.isEmpty()) {
            w.paragraph(language.text("project.kpi.none")).endSection();
            return;
        }
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.kpis.caption"))
            .rowHeader(language.text("project.kpi")).column(language.text("project.kpi.period"))
            .numericColumn(language.text("project.kpi.value")).numericColumn(language.text("project.kpi.target"))
            .column(language.text("project.kpi.status")).column(language.text("project.kpi.trend"));
        for (KpiAssessment a : kpis) {
            t.cells(format.kpiName(a), Cell.text(a.period()), Cell.text(format.kpiValue(a, a.value())),
                Cell.text(a.target().map(v -> format.kpiValue(a, v)).orElse(DASH)),
                Cell.badge(StatusTone.of(a.status()), StatusTone.levelLabel(a.status(), language)),
                Cell.text(format.trendLabel(a)));
        }
        w.table(t.build()).endSection();
    }

}
