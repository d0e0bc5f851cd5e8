package io.otp.report.project;

import io.otp.core.execution.Contract;
import io.otp.core.id.ProjectId;
import io.otp.core.json.OtpJson;
import io.otp.core.meeting.Meeting;
import io.otp.core.money.Money;
import io.otp.core.risk.Risk;
import io.otp.core.risk.RiskRegister;
import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.Estimate;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.trend.MilestoneTrendAnalysis;
import io.otp.report.Chart;
import io.otp.report.CsvTable;
import io.otp.report.Report;
import io.otp.report.ReportException;
import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import io.otp.report.internal.csv.CsvWriter;
import io.otp.report.internal.html.HtmlPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
public final class ProjectReport implements Report {

    /** How many risks the report lists unless told otherwise. */
    public static final int DEFAULT_TOP_RISKS = 5;

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
    private final ProjectFormat format;

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
        this.format = new ProjectFormat(language, definitions);
        this.actions = OpenAction.at(b.meetings, series.statusDate());
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
    @Override
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
    @Override
    public String title() {
        return language.text("project.title", Map.of("project", projectName));
    }

    /**
     * Returns the report as one self-contained HTML page.
     *
     * @return the HTML document; not null
     */
    @Override
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
    @Override
    public Path writeHtml(Path file) {
        return page().writeTo(Objects.requireNonNull(file, "file"));
    }

    /**
     * Returns the charts of the report by name: {@code milestones} (the timeline),
     * {@code milestone-trend} (when an analysis was given) and {@code evm-s-curve}.
     *
     * @return the charts in page order; not null, unmodifiable
     */
    @Override
    public Map<String, Chart> charts() {
        ProjectCharts drawn = new ProjectCharts(this);
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("milestones", drawn.timeline());
        milestoneTrend.ifPresent(a -> charts.put("milestone-trend", drawn.trendChart(a)));
        charts.put("evm-s-curve", drawn.sCurve());
        return Collections.unmodifiableMap(charts);
    }

    /**
     * Returns the KPI table as locale-neutral CSV (RFC 4180): a header row in the report language, then
     * one record per assessment with the KPI id and name, the measured period, value, target, compared
     * value, status code and label, and trend. Ask for a byte order mark for spreadsheet programs
     * ({@link CsvTable#withByteOrderMark(boolean)}).
     *
     * @return the table; not null
     */
    public CsvTable kpiCsv() {
        CsvWriter csv = CsvWriter.plain();
        csv.row("id", language.text("project.kpi"), language.text("project.kpi.period"),
            language.text("project.kpi.value"), language.text("project.kpi.target"), "unit", "status",
            language.text("project.kpi.status"), language.text("project.kpi.trend"));
        for (KpiAssessment a : kpis) {
            csv.row(a.kpi().value(), format.kpiName(a), a.period(), a.value(), a.target(),
                Optional.ofNullable(definitions.get(a.kpi().value())).map(KpiDefinition::unit),
                a.status().code(), StatusTone.levelLabel(a.status(), language), format.trendLabel(a));
        }
        return csv.toTable();
    }

    /**
     * Returns the earned value series as locale-neutral CSV (RFC 4180): a header row in the report
     * language, then one record per period with its number, end date and cumulative PV, EV and AC (EV and
     * AC empty after the status date).
     *
     * @return the table; not null
     */
    public CsvTable evmCsv() {
        CsvWriter csv = CsvWriter.plain();
        csv.row(language.text("project.evm.period"), language.text("project.evm.periodEnd"), "PV", "EV", "AC");
        for (int t = 0; t < series.periodEnds().size(); t++) {
            csv.row(t + 1, series.periodEnds().get(t), series.pv().get(t),
                t < series.ev().size() ? series.ev().get(t) : null, t < series.ac().size() ? series.ac().get(t) : null);
        }
        return csv.toTable();
    }

    /**
     * Returns the tables by name: {@code kpis} ({@link #kpiCsv()}) and {@code evm-series}
     * ({@link #evmCsv()}).
     *
     * @return the tables; not null, unmodifiable
     */
    @Override
    public Map<String, CsvTable> tables() {
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        tables.put("kpis", kpiCsv());
        tables.put("evm-series", evmCsv());
        return Collections.unmodifiableMap(tables);
    }

    /**
     * Returns the data the report shows as JSON written by {@link OtpJson#standard()}: the project id
     * and name, the supplier name if given, the status date, the contract, the earned value series and
     * figures, the EAC method shown, the milestone trend analysis, the KPI assessments, the action items
     * open at the status date (with their meeting and whether overdue) and the top risks.
     *
     * @return the JSON document; not null
     */
    @Override
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
        return HtmlPage.builder(language, title(), generatedOn).body(new ProjectPage(this).body()).build();
    }

    ProjectId projectId() {
        return projectId;
    }

    String projectName() {
        return projectName;
    }

    Optional<String> supplierName() {
        return supplierName;
    }

    Contract contract() {
        return contract;
    }

    EvmSeries series() {
        return series;
    }

    Optional<MilestoneTrendAnalysis> milestoneTrend() {
        return milestoneTrend;
    }

    List<KpiAssessment> kpis() {
        return kpis;
    }

    List<OpenAction> openActions() {
        return actions;
    }

    List<Risk> topRisks() {
        return topRisks;
    }

    int riskCount() {
        return riskCount;
    }

    ProjectFormat format() {
        return format;
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
