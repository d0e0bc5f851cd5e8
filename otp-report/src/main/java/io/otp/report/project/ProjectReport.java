package io.otp.report.project;

import io.otp.core.execution.AcceptanceOutcome;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.ChecklistItem;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Deliverable;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneStatus;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.ProjectId;
import io.otp.core.json.OtpJson;
import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.ActionStatus;
import io.otp.core.meeting.Meeting;
import io.otp.core.money.Money;
import io.otp.core.risk.Risk;
import io.otp.core.risk.RiskLevel;
import io.otp.core.risk.RiskRegister;
import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.Estimate;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.trend.MilestoneForecast;
import io.otp.kpi.trend.MilestoneTrend;
import io.otp.kpi.trend.MilestoneTrendAnalysis;
import io.otp.report.ReportException;
import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import io.otp.report.csv.CsvWriter;
import io.otp.report.html.HtmlFragment;
import io.otp.report.html.HtmlPage;
import io.otp.report.html.HtmlTable;
import io.otp.report.html.HtmlTable.Cell;
import io.otp.report.html.HtmlWriter;
import io.otp.report.svg.AxisType;
import io.otp.report.svg.ChartPoint;
import io.otp.report.svg.LineChart;
import io.otp.report.svg.MilestoneTrendChart;
import io.otp.report.svg.Svg;
import io.otp.report.svg.TimelineChart;
import io.otp.report.svg.TimelineRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The follow-up report of a project (informe de seguimiento) at a status date: the header (project,
 * contract, supplier, status date); the milestones as a timeline (baseline, forecast and actual dates);
 * the milestone trend analysis chart; the earned value S-curve (PV for every period, EV and AC up to the
 * status date, a marker at the status date and the estimate at completion at the planned finish) with
 * its figures (SV, CV, SPI, CPI, EAC, ETC, VAC, TCPI; PMI, Practice Standard for Earned Value
 * Management, 2nd ed.); the KPI table with status (colour and label) and trend; the deliverables and
 * acceptance records (LCSP art. 210); the action items open at the status date, overdue ones flagged;
 * and the top risks of the risk register.
 *
 * <pre>{@code
 * ProjectReport report = ProjectReport.builder(ReportLanguage.SPANISH, LocalDate.of(2027, 1, 8))
 *     .project(ProjectId.of("PRJ-2026-011"), "Centro de atención a usuarios")
 *     .contract(contract)
 *     .evm(series)
 *     .milestoneTrend(analysis)
 *     .kpis(assessments)
 *     .build();
 * report.writeHtml(Path.of("target/follow-up.es.html"));
 * }</pre>
 *
 * <p>The status date is the one of the earned value series. Every text from the model is escaped;
 * the output depends only on the input (the same input gives byte-identical HTML, SVG, CSV and JSON).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectReport {

    /** How many risks the report lists unless told otherwise. */
    public static final int DEFAULT_TOP_RISKS = 5;

    /** The decimals of performance indices (SPI, CPI, TCPI) shown to people. */
    static final int RATIO_DECIMALS = 2;

    private static final int LABEL_LENGTH = 40;
    private static final String DASH = "–";

    private final ReportLanguage language;
    private final LocalDate generatedOn;
    private final ProjectId projectId;
    private final String projectName;
    private final Optional<String> supplierName;
    private final Contract contract;
    private final EvmSeries series;
    private final EvmFigures figures;
    private final EacMethod eacMethod;
    private final Optional<MilestoneTrendAnalysis> milestoneTrend;
    private final List<KpiAssessment> kpis;
    private final Map<String, KpiDefinition> definitions;
    private final List<OpenAction> actions;
    private final List<Risk> topRisks;
    private final int riskCount;

    private ProjectReport(Builder b) {
        this.language = b.language;
        this.generatedOn = b.generatedOn;
        this.projectId = Objects.requireNonNull(b.projectId, "project");
        this.projectName = b.projectName;
        this.supplierName = Optional.ofNullable(b.supplierName);
        this.contract = Objects.requireNonNull(b.contract, "contract");
        this.series = Objects.requireNonNull(b.series, "evm");
        this.figures = b.bottomUpEtc == null ? EarnedValue.at(series) : EarnedValue.at(series, b.bottomUpEtc);
        this.eacMethod = b.eacMethod;
        this.milestoneTrend = Optional.ofNullable(b.milestoneTrend);
        this.kpis = List.copyOf(b.kpis);
        Map<String, KpiDefinition> defs = new LinkedHashMap<>();
        b.definitions.forEach(d -> defs.put(d.id().value(), d));
        this.definitions = Collections.unmodifiableMap(defs);
        this.actions = openActions(b.meetings, series.statusDate());
        this.riskCount = b.riskCount;
        this.topRisks = b.riskRegister == null ? List.of() : b.riskRegister.topRisks(b.riskCount, series.statusDate());
    }

    /**
     * Starts a report.
     *
     * @param language the language of the report; not null
     * @param generatedOn the date the report is generated, shown in the footer; not null
     * @return a new builder; not null
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ReportLanguage language, LocalDate generatedOn) {
        return new Builder(Objects.requireNonNull(language, "language"),
            Objects.requireNonNull(generatedOn, "generatedOn"));
    }

    /**
     * Returns the status date: the one of the earned value series.
     *
     * @return the date; not null
     */
    public LocalDate statusDate() {
        return series.statusDate();
    }

    /**
     * Returns the language.
     *
     * @return the language; not null
     */
    public ReportLanguage language() {
        return language;
    }

    /**
     * Returns the earned value figures at the status date that the report shows.
     *
     * @return the figures; not null
     */
    public EvmFigures evmFigures() {
        return figures;
    }

    /**
     * Returns the estimate at completion the report shows: the one of the chosen method, or at the
     * budgeted rate (always defined) when that method is undefined (a CPI of an empty actual cost, a
     * bottom-up estimate not given).
     *
     * @return the estimate; not null
     * @throws ReportException if the figures have no estimate at the budgeted rate, which
     *     {@link EarnedValue} always computes
     */
    public Estimate estimate() {
        return figures.estimate(eacMethod).or(() -> figures.estimate(EacMethod.BUDGETED_RATE))
            .orElseThrow(() -> new ReportException("the earned value figures at " + statusDate()
                + " have no estimate at the budgeted rate"));
    }

    /**
     * Returns the title of the page, naming the project.
     *
     * @return the title; not null
     */
    public String title() {
        return language.text("project.title", projectName);
    }

    /**
     * Returns the report as one self-contained HTML page.
     *
     * @return the HTML document; not null
     */
    public String html() {
        return page().render();
    }

    /**
     * Writes the HTML page to a file in UTF-8, replacing it; creates missing parent directories.
     *
     * @param file the file; not null
     * @return the file; not null
     * @throws NullPointerException if {@code file} is null
     * @throws ReportException if the file cannot be written
     */
    public Path writeHtml(Path file) {
        return page().writeTo(Objects.requireNonNull(file, "file"));
    }

    /**
     * Returns the charts of the report by name: {@code milestones} (the timeline),
     * {@code milestone-trend} (when an analysis was given) and {@code evm-s-curve}.
     *
     * @return the charts in page order; not null, unmodifiable
     */
    public Map<String, Svg> charts() {
        Map<String, Svg> charts = new LinkedHashMap<>();
        charts.put("milestones", timeline());
        milestoneTrend.ifPresent(a -> charts.put("milestone-trend", trendChart(a)));
        charts.put("evm-s-curve", sCurve());
        return Collections.unmodifiableMap(charts);
    }

    /**
     * Writes every chart as a standalone SVG file named {@code <name>.<language>.svg} (for instance
     * {@code evm-s-curve.es.svg}) into a directory, creating it if needed.
     *
     * @param dir the directory; not null
     * @return the files written, in page order; not null
     * @throws NullPointerException if {@code dir} is null
     * @throws ReportException if a file cannot be written
     */
    public List<Path> writeCharts(Path dir) {
        Objects.requireNonNull(dir, "dir");
        List<Path> files = new ArrayList<>();
        charts().forEach((name, svg) -> files.add(svg.writeTo(dir.resolve(name + "." + language.htmlLang() + ".svg"))));
        return List.copyOf(files);
    }

    /**
     * Returns the KPI table as locale-neutral CSV (RFC 4180): a header row in the report language, then
     * one record per assessment with the KPI id and name, the measured period, value, target, compared
     * value, status code and label, and trend. Set a byte order mark on the writer for spreadsheet
     * programs ({@link CsvWriter#withByteOrderMark(boolean)}).
     *
     * @return a new writer holding the table; not null
     */
    public CsvWriter kpiCsv() {
        CsvWriter csv = CsvWriter.plain();
        csv.row("id", language.text("project.kpi"), language.text("project.kpi.period"),
            language.text("project.kpi.value"), language.text("project.kpi.target"), "unit", "status",
            language.text("project.kpi.status"), language.text("project.kpi.trend"));
        for (KpiAssessment a : kpis) {
            csv.row(a.kpi().value(), kpiName(a), a.period(), a.value(), a.target(),
                Optional.ofNullable(definitions.get(a.kpi().value())).map(KpiDefinition::unit),
                a.status().code(), StatusTone.levelLabel(a.status(), language), trendLabel(a));
        }
        return csv;
    }

    /**
     * Returns the earned value series as locale-neutral CSV (RFC 4180): a header row in the report
     * language, then one record per period with its number, end date and cumulative PV, EV and AC (EV and
     * AC empty after the status date).
     *
     * @return a new writer holding the table; not null
     */
    public CsvWriter evmCsv() {
        CsvWriter csv = CsvWriter.plain();
        csv.row(language.text("project.evm.period"), language.text("project.evm.periodEnd"), "PV", "EV", "AC");
        for (int t = 0; t < series.periodEnds().size(); t++) {
            csv.row(t + 1, series.periodEnds().get(t), series.pv().get(t),
                t < series.ev().size() ? series.ev().get(t) : null, t < series.ac().size() ? series.ac().get(t) : null);
        }
        return csv;
    }

    /**
     * Writes the CSV tables into a directory as {@code kpis.<language>.csv} and
     * {@code evm-series.<language>.csv}, creating it if needed.
     *
     * @param dir the directory; not null
     * @param byteOrderMark true to start each file with the UTF-8 byte order mark
     * @return the files written; not null
     * @throws NullPointerException if {@code dir} is null
     * @throws ReportException if a file cannot be written
     */
    public List<Path> writeCsv(Path dir, boolean byteOrderMark) {
        Objects.requireNonNull(dir, "dir");
        String suffix = "." + language.htmlLang() + ".csv";
        return List.of(kpiCsv().withByteOrderMark(byteOrderMark).writeTo(dir.resolve("kpis" + suffix)),
            evmCsv().withByteOrderMark(byteOrderMark).writeTo(dir.resolve("evm-series" + suffix)));
    }

    /**
     * Returns the data the report shows as JSON written by {@link OtpJson#standard()}: the project id
     * and name, the supplier name if given, the status date, the contract, the earned value series and
     * figures, the EAC method shown, the milestone trend analysis, the KPI assessments, the action items
     * open at the status date (with their meeting and whether overdue) and the top risks.
     *
     * @return the JSON document; not null
     */
    public String json() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("projectId", projectId);
        data.put("projectName", projectName);
        supplierName.ifPresent(s -> data.put("supplierName", s));
        data.put("statusDate", statusDate().toString());
        data.put("contract", contract);
        data.put("evmSeries", series);
        data.put("evm", figures);
        data.put("eacMethod", estimate().method().name());
        milestoneTrend.ifPresent(a -> data.put("milestoneTrend", a));
        data.put("kpis", kpis);
        List<Map<String, Object>> open = new ArrayList<>();
        for (OpenAction a : actions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("meeting", a.meeting().id());
            m.put("meetingDate", a.meeting().date().toString());
            m.put("overdue", a.overdue());
            m.put("item", a.item());
            open.add(m);
        }
        data.put("openActions", open);
        data.put("topRisks", topRisks);
        return OtpJson.standard().write(data);
    }

    private HtmlPage page() {
        HtmlWriter w = new HtmlWriter();
        summary(w);
        milestones(w);
        trend(w);
        earnedValue(w);
        kpiSection(w);
        deliverables(w);
        actionSection(w);
        riskSection(w);
        HtmlFragment body = w.toFragment();
        return HtmlPage.builder(language, title(), generatedOn).body(body).build();
    }

    private void summary(HtmlWriter w) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(language.text("project.project"), projectId.value() + " " + DASH + " " + projectName);
        entries.put(language.text("project.contract"), contract.id().value());
        entries.put(language.text("project.supplier"), supplierName.map(n -> n + " (" + contract.supplier().value() + ")")
            .orElse(contract.supplier().value()));
        entries.put(language.text("project.statusDate"), language.date(statusDate()));
        entries.put(language.text("project.period"), language.text("project.periodRange",
            language.date(contract.period().start()), language.date(contract.period().end())));
        entries.put(language.text("project.amount"), language.money(contract.amount()));
        entries.put(language.text("project.statusPeriod"), language.text("project.statusPeriodValue",
            series.statusPeriod(), series.plannedDuration()));
        w.startSection("summary", language.text("project.summary")).definitionList(entries).endSection();
    }

    private void milestones(HtmlWriter w) {
        w.startSection("milestones", language.text("project.milestones"));
        w.figure(timeline(), language.text("project.milestones.chart"));
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
                Cell.text(signed(ChronoUnit.DAYS.between(m.baselineDate(), end))));
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
        w.figure(trendChart(a), language.text("project.mta.chart"));
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
                Cell.text(last.map(f -> signed(f.calendarSlip())).orElse(DASH)),
                Cell.text(last.map(f -> signed(f.workingSlip())).orElse(DASH)),
                Cell.badge(tone, language.text("mta.trend." + m.trend().name().toLowerCase(Locale.ROOT))));
        }
        w.table(t.build()).endSection();
    }

    private void earnedValue(HtmlWriter w) {
        w.startSection("earned-value", language.text("project.evm"));
        w.figure(sCurve(), language.text("project.evm.chart"));
        Estimate e = estimate();
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.evm.caption"))
            .rowHeader(language.text("project.evm.figure")).numericColumn(language.text("project.evm.value"));
        t.row(language.text("project.evm.bac"), language.money(figures.bac()));
        t.row(language.text("project.evm.pv"), language.money(figures.pv()));
        t.row(language.text("project.evm.ev"), language.money(figures.ev()));
        t.row(language.text("project.evm.ac"), language.money(figures.ac()));
        t.row(language.text("project.evm.sv"), language.money(figures.sv()));
        t.row(language.text("project.evm.cv"), language.money(figures.cv()));
        t.row(language.text("project.evm.spi"), ratio(figures.spi()));
        t.row(language.text("project.evm.cpi"), ratio(figures.cpi()));
        t.row(language.text("project.evm.eacFigure"), language.money(e.eac()));
        t.row(language.text("project.evm.etc"), language.money(e.etc()));
        t.row(language.text("project.evm.vac"), language.money(e.vac()));
        t.row(language.text("project.evm.tcpi"), ratio(figures.tcpiToBac()));
        w.table(t.build());
        w.paragraph(language.text("project.evm.method", methodLabel(e.method())));
        HtmlTable.Builder est = HtmlTable.builder(language.text("project.evm.estimates"))
            .rowHeader(language.text("project.evm.figure")).numericColumn("ETC").numericColumn("EAC")
            .numericColumn("VAC").numericColumn("TCPI");
        for (EacMethod m : EacMethod.values()) {
            Optional<Estimate> x = figures.estimate(m);
            if (x.isPresent()) {
                est.row(methodLabel(m), language.money(x.get().etc()), language.money(x.get().eac()),
                    language.money(x.get().vac()), ratio(x.get().tcpi()));
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
            t.cells(kpiName(a), Cell.text(a.period()), Cell.text(kpiValue(a, a.value())),
                Cell.text(a.target().map(v -> kpiValue(a, v)).orElse(DASH)),
                Cell.badge(StatusTone.of(a.status()), StatusTone.levelLabel(a.status(), language)),
                Cell.text(trendLabel(a)));
        }
        w.table(t.build()).endSection();
    }

    private void deliverables(HtmlWriter w) {
        w.startSection("deliverables", language.text("project.deliverables"));
        Map<DeliverableId, AcceptanceRecord> latest = new LinkedHashMap<>();
        List<Milestone> certified = new ArrayList<>();
        for (Milestone m : contract.milestones()) {
            if (m.certification().isPresent() && !m.certification().get().date().isAfter(statusDate())) {
                certified.add(m);
                AcceptanceRecord r = m.certification().get();
                for (DeliverableId d : r.deliverables()) {
                    AcceptanceRecord before = latest.get(d);
                    if (before == null || !before.date().isAfter(r.date())) {
                        latest.put(d, r);
                    }
                }
            }
        }
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.deliverables.caption"))
            .rowHeader(language.text("project.deliverable")).column(language.text("project.deliverable.title"))
            .numericColumn(language.text("project.deliverable.checklist"))
            .column(language.text("project.deliverable.accepted"));
        for (Deliverable d : contract.deliverables()) {
            long checked = d.checklist().stream().filter(ChecklistItem::checked).count();
            AcceptanceRecord r = latest.get(d.id());
            Cell acceptance = r == null ? Cell.badge(StatusTone.GREY, language.text("project.deliverable.notReviewed"))
                : outcomeBadge(r.outcome());
            t.cells(d.id().value(), Cell.text(d.title()),
                Cell.text(language.number(checked) + " / " + language.number(d.checklist().size())), acceptance);
        }
        w.table(t.build());
        if (certified.isEmpty()) {
            w.paragraph(language.text("project.acceptance.none"));
        } else {
            HtmlTable.Builder a = HtmlTable.builder(language.text("project.acceptances.caption"))
                .rowHeader(language.text("project.milestone")).column(language.text("project.acceptance.outcome"))
                .numericColumn(language.text("project.acceptance.date"))
                .column(language.text("project.acceptance.deliverables"))
                .numericColumn(language.text("project.acceptance.certified"))
                .numericColumn(language.text("project.acceptance.paymentDue"))
                .column(language.text("project.acceptance.defects"));
            for (Milestone m : certified) {
                AcceptanceRecord r = m.certification().get();
                a.cells(m.id().value(), outcomeBadge(r.outcome()), Cell.text(language.date(r.date())),
                    Cell.text(r.deliverables().stream().map(DeliverableId::value).collect(Collectors.joining(", "))),
                    Cell.text(language.money(r.certifiedAmount())),
                    Cell.text(r.paymentDueDate().map(language::date).orElse(DASH)),
                    Cell.text(r.defects().isEmpty() ? DASH : String.join("; ", r.defects())));
            }
            w.table(a.build());
        }
        w.endSection();
    }

    private Cell outcomeBadge(AcceptanceOutcome outcome) {
        StatusTone tone = outcome == AcceptanceOutcome.ACCEPTED ? StatusTone.GREEN
            : outcome == AcceptanceOutcome.REJECTED ? StatusTone.RED : StatusTone.AMBER;
        return Cell.badge(tone, language.text("acceptance.outcome." + outcome.name().toLowerCase(Locale.ROOT)));
    }

    private void actionSection(HtmlWriter w) {
        w.startSection("actions", language.text("project.actions"));
        if (actions.isEmpty()) {
            w.paragraph(language.text("project.action.none")).endSection();
            return;
        }
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.actions.caption"))
            .rowHeader(language.text("project.action")).column(language.text("project.action.description"))
            .column(language.text("project.action.owner")).numericColumn(language.text("project.action.due"))
            .column(language.text("project.action.state")).column(language.text("project.action.meeting"));
        for (OpenAction a : actions) {
            ActionItem i = a.item();
            Cell state = a.overdue() ? Cell.badge(StatusTone.RED, language.text("project.action.overdue"))
                : i.status() == ActionStatus.IN_PROGRESS ? Cell.badge(StatusTone.GREEN, language.text("project.action.inProgress"))
                : Cell.badge(StatusTone.GREY, language.text("project.action.open"));
            t.cells(i.id().value(), Cell.text(i.description()), Cell.text(i.owner().value()),
                Cell.text(language.date(i.dueDate())), state,
                Cell.text(a.meeting().id().value() + " (" + language.date(a.meeting().date()) + ")"));
        }
        w.table(t.build()).endSection();
    }

    private void riskSection(HtmlWriter w) {
        w.startSection("risks", language.text("project.risks"));
        if (topRisks.isEmpty()) {
            w.paragraph(language.text("project.risk.none")).endSection();
            return;
        }
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.risks.caption", riskCount))
            .rowHeader(language.text("project.risk")).column(language.text("project.risk.title"))
            .column(language.text("project.risk.probability")).column(language.text("project.risk.impact"))
            .numericColumn(language.text("project.risk.score")).column(language.text("project.risk.level"))
            .column(language.text("project.risk.owner")).column(language.text("project.risk.response"));
        for (Risk r : topRisks) {
            String response = r.response().map(s -> language.text("risk.response." + s.name().toLowerCase(Locale.ROOT))
                + r.responseActions().map(x -> ": " + x).orElse("")).orElse(DASH);
            t.cells(r.reference(), Cell.text(r.title()),
                Cell.text(language.text("risk.rating." + r.probability().name().toLowerCase(Locale.ROOT))),
                Cell.text(language.text("risk.rating." + r.impact().name().toLowerCase(Locale.ROOT))),
                Cell.text(language.number(r.score())),
                Cell.badge(riskTone(r.level()), language.text("risk.level." + r.level().name().toLowerCase(Locale.ROOT))),
                Cell.text(r.owner().value()), Cell.text(response));
        }
        w.table(t.build()).endSection();
    }

    static StatusTone riskTone(RiskLevel level) {
        switch (level) {
            case LOW:
                return StatusTone.GREEN;
            case MEDIUM:
                return StatusTone.AMBER;
            default:
                return StatusTone.RED;
        }
    }

    private Svg timeline() {
        TimelineChart.Builder chart = TimelineChart.builder(language.text("project.milestones.chart"),
            language.text("project.milestones.chartDesc", contract.milestones().size())).statusDate(statusDate());
        for (Milestone m : contract.milestones()) {
            Optional<LocalDate> forecast = m.status() == MilestoneStatus.MET ? Optional.empty()
                : Optional.of(m.currentForecast());
            chart.row(new TimelineRow(label(m.id().value(), m.title()), Optional.empty(), Optional.of(m.baselineDate()),
                forecast, m.actualDate()));
        }
        return chart.build().render(language);
    }

    private Svg trendChart(MilestoneTrendAnalysis a) {
        MilestoneTrendChart.Builder chart = MilestoneTrendChart.builder(language.text("project.mta.chart"),
            language.text("project.mta.chartDesc", a.snapshots().size()));
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

    private Svg sCurve() {
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
        return LineChart.builder(language.text("project.evm.chart"), language.text("project.evm.chartDesc",
                series.periodEnds().size(), language.date(statusDate())))
            .xAxis(AxisType.DATE)
            .series(language.text("project.evm.pv"), pv)
            .series(language.text("project.evm.ev"), ev)
            .series(language.text("project.evm.ac"), ac)
            .verticalMarker(statusDate(), language.text("chart.statusDate"))
            .annotation(ChartPoint.of(finish, estimate().eac().amount()), language.text("project.evm.eac"))
            .build().render(language);
    }

    private String kpiName(KpiAssessment a) {
        String key = "kpi.name." + a.kpi().value();
        if (language.hasText(key)) {
            return language.text(key);
        }
        KpiDefinition d = definitions.get(a.kpi().value());
        return d == null ? a.kpi().value() : d.name();
    }

    private String kpiValue(KpiAssessment a, BigDecimal value) {
        String unit = Optional.ofNullable(definitions.get(a.kpi().value())).map(KpiDefinition::unit).orElse("");
        switch (unit) {
            case "%":
                return language.percentage(value, 2);
            case "count":
                return language.number(value, 0);
            case "ratio":
            case "":
                return language.number(value, RATIO_DECIMALS);
            default:
                return language.number(value, RATIO_DECIMALS) + " " + unit;
        }
    }

    private String trendLabel(KpiAssessment a) {
        return a.trend().map(t -> language.text("project.kpi.trend." + t.trend().name().toLowerCase(Locale.ROOT)))
            .orElse(language.text("project.kpi.trend.none"));
    }

    private String methodLabel(EacMethod method) {
        return language.text("project.eac." + method.name().toLowerCase(Locale.ROOT));
    }

    private String ratio(Optional<BigDecimal> value) {
        return value.map(v -> language.number(v, RATIO_DECIMALS)).orElse(language.text("project.evm.undefined"));
    }

    private String signed(long days) {
        String n = language.number(days);
        return days > 0 ? "+" + n : n;
    }

    private static String label(String id, String title) {
        String text = id + " " + title;
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).stripTrailing() + "…";
    }

    /**
     * The action items open at a date: listed by a meeting held on or before it, and pending then (open
     * or in progress now, or closed after the date), by due date, then id.
     */
    private static List<OpenAction> openActions(List<Meeting> meetings, LocalDate date) {
        List<OpenAction> out = new ArrayList<>();
        for (Meeting m : meetings) {
            if (m.date().isAfter(date)) {
                continue;
            }
            for (ActionItem i : m.actionItems()) {
                boolean closedAfter = i.closedDate().map(c -> c.isAfter(date)).orElse(false);
                boolean open = i.status().isPending() || (i.status() == ActionStatus.DONE && closedAfter);
                if (open) {
                    out.add(new OpenAction(m, i, i.dueDate().isBefore(date)));
                }
            }
        }
        out.sort(Comparator.comparing((OpenAction a) -> a.item().dueDate()).thenComparing(a -> a.item().id().value())
            .thenComparing(a -> a.meeting().id().value()));
        return List.copyOf(out);
    }

    /** An action item open at the status date, the meeting that lists it, and whether it is overdue. */
    private record OpenAction(Meeting meeting, ActionItem item, boolean overdue) {
    }

    /**
     * Builds a {@link ProjectReport}. The project, the contract and the earned value series are
     * required. A builder is not thread-safe.
     */
    public static final class Builder {

        private final ReportLanguage language;
        private final LocalDate generatedOn;
        private ProjectId projectId;
        private String projectName;
        private String supplierName;
        private Contract contract;
        private EvmSeries series;
        private Money bottomUpEtc;
        private EacMethod eacMethod = EacMethod.CPI;
        private MilestoneTrendAnalysis milestoneTrend;
        private final List<KpiAssessment> kpis = new ArrayList<>();
        private final List<KpiDefinition> definitions = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private RiskRegister riskRegister;
        private int riskCount = DEFAULT_TOP_RISKS;

        private Builder(ReportLanguage language, LocalDate generatedOn) {
            this.language = language;
            this.generatedOn = generatedOn;
        }

        /**
         * Sets the project the report is about.
         *
         * @param id the project id; not null
         * @param name the project name; not null
         * @return this builder; not null
         * @throws NullPointerException if an argument is null
         */
        public Builder project(ProjectId id, String name) {
            this.projectId = Objects.requireNonNull(id, "id");
            this.projectName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the contract: its milestones, deliverables and acceptance records.
         *
         * @param value the contract at the status date; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code value} is null
         */
        public Builder contract(Contract value) {
            this.contract = Objects.requireNonNull(value, "contract");
            return this;
        }

        /**
         * Sets the name of the supplier, shown with its id (the contract holds the id only).
         *
         * @param name the supplier's name; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code name} is null
         */
        public Builder supplierName(String name) {
            this.supplierName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the earned value data; its status date is the status date of the report.
         *
         * @param value the series; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code value} is null
         */
        public Builder evm(EvmSeries value) {
            this.series = Objects.requireNonNull(value, "evm");
            return this;
        }

        /**
         * Sets the supplier's bottom-up estimate to complete, which adds the bottom-up estimate at
         * completion ({@link EacMethod#BOTTOM_UP}).
         *
         * @param etc the estimate of the cost of the remaining work; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code etc} is null
         */
        public Builder bottomUpEtc(Money etc) {
            this.bottomUpEtc = Objects.requireNonNull(etc, "etc");
            return this;
        }

        /**
         * Sets the method of the estimate at completion shown in the figures table and on the S-curve;
         * {@link EacMethod#CPI} unless told otherwise. Every defined estimate is listed in the estimates
         * table.
         *
         * @param method the method; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code method} is null
         */
        public Builder eacMethod(EacMethod method) {
            this.eacMethod = Objects.requireNonNull(method, "method");
            return this;
        }

        /**
         * Sets the milestone trend analysis; without it the report says none was given.
         *
         * @param analysis the analysis; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code analysis} is null
         */
        public Builder milestoneTrend(MilestoneTrendAnalysis analysis) {
            this.milestoneTrend = Objects.requireNonNull(analysis, "analysis");
            return this;
        }

        /**
         * Adds KPI assessments at the status date, shown in the order given.
         *
         * @param assessments the assessments; not null, no null element
         * @return this builder; not null
         * @throws NullPointerException if {@code assessments} or an element is null
         */
        public Builder kpis(List<KpiAssessment> assessments) {
            Objects.requireNonNull(assessments, "assessments").forEach(a -> kpis.add(Objects.requireNonNull(a, "kpi")));
            return this;
        }

        /**
         * Adds KPI definitions, which give the name (when the report bundles have none for the KPI id)
         * and the unit of the assessed KPIs.
         *
         * @param values the definitions; not null, no null element
         * @return this builder; not null
         * @throws NullPointerException if {@code values} or an element is null
         */
        public Builder kpiDefinitions(List<KpiDefinition> values) {
            Objects.requireNonNull(values, "values").forEach(d -> definitions.add(Objects.requireNonNull(d, "definition")));
            return this;
        }

        /**
         * Adds the project's meetings, whose action items open at the status date are listed.
         *
         * @param values the meetings; not null, no null element
         * @return this builder; not null
         * @throws NullPointerException if {@code values} or an element is null
         */
        public Builder meetings(List<Meeting> values) {
            Objects.requireNonNull(values, "values").forEach(m -> meetings.add(Objects.requireNonNull(m, "meeting")));
            return this;
        }

        /**
         * Sets the project's risk register, whose top risks at the status date are listed.
         *
         * @param register the register; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code register} is null
         */
        public Builder riskRegister(RiskRegister register) {
            this.riskRegister = Objects.requireNonNull(register, "register");
            return this;
        }

        /**
         * Sets how many top risks are listed; {@link #DEFAULT_TOP_RISKS} unless told otherwise.
         *
         * @param count the number, zero or more
         * @return this builder; not null
         * @throws IllegalArgumentException if {@code count} is negative
         */
        public Builder topRisks(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("top risk count " + count + " is negative, expected 0 or more");
            }
            this.riskCount = count;
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report; not null
         * @throws NullPointerException if the project, the contract or the earned value series is missing
         */
        public ProjectReport build() {
            return new ProjectReport(this);
        }
    }
}
