package io.otp.report.portfolio;

import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.portfolio.AttentionRow;
import io.otp.kpi.portfolio.BudgetBar;
import io.otp.kpi.portfolio.DashboardSnapshot;
import io.otp.kpi.portfolio.Dimension;
import io.otp.kpi.portfolio.EvmSummary;
import io.otp.kpi.portfolio.HeatCell;
import io.otp.kpi.portfolio.HeatMapRow;
import io.otp.kpi.portfolio.Rollup;
import io.otp.kpi.portfolio.ScatterPoint;
import io.otp.report.Chart;
import io.otp.report.CsvTable;
import io.otp.report.Report;
import io.otp.report.ReportException;
import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import io.otp.report.internal.csv.CsvWriter;
import io.otp.report.internal.html.HtmlPage;
import io.otp.report.internal.html.HtmlTable;
import io.otp.report.internal.html.HtmlTable.Cell;
import io.otp.report.internal.html.HtmlWriter;
import io.otp.report.internal.svg.BarChart;
import io.otp.report.internal.svg.HeatMap;
import io.otp.report.internal.svg.ScatterChart;
import io.otp.report.internal.svg.Svg;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The portfolio dashboard (cuadro de mando) of a {@link DashboardSnapshot}: the summary with the
 * portfolio's overall status; the roll-up figures of each programme and of the whole portfolio (earned
 * value summed, then divided); the status heat map (projects &times; dimensions and the overall status,
 * each cell by colour and label); the SPI/CPI scatter with its threshold bands; the budget execution
 * bars (BAC, EV and AC of each project); the top risks; and the action items overdue at the status
 * date.
 *
 * <pre>{@code
 * DashboardReport report = DashboardReport.builder(DashboardSnapshot.of(portfolio), ReportLanguage.ENGLISH,
 *         LocalDate.of(2027, 1, 8))
 *     .build();
 * report.writeHtml(Path.of("target/dashboard.en.html"));
 * }</pre>
 *
 * <p>The scatter bands are those of the performance indices of
 * {@link io.otp.kpi.indicator.PublicIctKpis} (red below 0.90, green from 0.95, amber between; DOMAIN.md
 * section 6) unless told otherwise. Every text from the snapshot is escaped; the same snapshot gives
 * byte-identical HTML, SVG, CSV and JSON.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DashboardReport implements Report {

    /** The default red threshold of the scatter: SPI or CPI below it is red. */
    public static final BigDecimal DEFAULT_RED_BELOW = new BigDecimal("0.90");

    /** The default green threshold of the scatter: SPI and CPI from it are green. */
    public static final BigDecimal DEFAULT_GREEN_FROM = new BigDecimal("0.95");

    private static final int RATIO_DECIMALS = 2;
    private static final int LABEL_LENGTH = 30;
    private static final String DASH = "–";

    private final DashboardSnapshot snapshot;
    private final ReportLanguage language;
    private final LocalDate generatedOn;
    private final BigDecimal redBelow;
    private final BigDecimal greenFrom;

    private DashboardReport(Builder b) {
        this.snapshot = b.snapshot;
        this.language = b.language;
        this.generatedOn = b.generatedOn;
        this.redBelow = b.redBelow;
        this.greenFrom = b.greenFrom;
    }

    /**
     * Starts a dashboard.
     *
     * @param snapshot the portfolio at its status date; not null
     * @param language the language of the report; not null
     * @param generatedOn the date the report is generated, shown in the footer; not null
     * @return a new builder; not null
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(DashboardSnapshot snapshot, ReportLanguage language, LocalDate generatedOn) {
        return new Builder(Objects.requireNonNull(snapshot, "snapshot"), Objects.requireNonNull(language, "language"),
            Objects.requireNonNull(generatedOn, "generatedOn"));
    }

    /**
     * Returns the snapshot the dashboard draws.
     *
     * @return the snapshot; not null
     */
    public DashboardSnapshot snapshot() {
        return snapshot;
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
     * Returns the title of the page, naming the portfolio.
     *
     * @return the title; not null
     */
    @Override
    public String title() {
        return language.text("dashboard.title", Map.of("portfolio", snapshot.name()));
    }

    /**
     * Returns the dashboard as one self-contained HTML page.
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
     * Returns the charts by name: {@code status-heat-map}, {@code spi-cpi-scatter} and
     * {@code budget-execution}.
     *
     * @return the charts in page order; not null, unmodifiable
     */
    @Override
    public Map<String, Chart> charts() {
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("status-heat-map", heatMap());
        charts.put("spi-cpi-scatter", scatter().render(language));
        charts.put("budget-execution", budget());
        return Collections.unmodifiableMap(charts);
    }

    /**
     * Returns the heat map as locale-neutral CSV (RFC 4180): a header row in the report language (project
     * id, name, one column per dimension, overall), then one record per project with the status code of
     * each cell ({@code GREEN}, {@code AMBER}...; empty when not assessed). Ask for a byte order mark for
     * spreadsheet programs ({@link CsvTable#withByteOrderMark(boolean)}).
     *
     * @return the table; not null
     */
    public CsvTable heatMapCsv() {
        CsvWriter csv = CsvWriter.plain();
        List<Object> header = new ArrayList<>();
        header.add("id");
        header.add(language.text("dashboard.project"));
        snapshot.dimensions().forEach(d -> header.add(dimension(d)));
        header.add(language.text("dashboard.overall"));
        csv.row(header);
        for (HeatMapRow row : snapshot.heatMap()) {
            List<Object> values = new ArrayList<>();
            values.add(row.projectId().value());
            values.add(row.name());
            row.cells().forEach(c -> values.add(c.status().map(StatusLevel::code)));
            values.add(row.overall().map(StatusLevel::code));
            csv.row(values);
        }
        return csv.toTable();
    }

    /**
     * Returns the budget execution as locale-neutral CSV (RFC 4180): a header row in the report language,
     * then one record per project with its id, name, BAC, PV, EV, AC and the budget executed in per cent
     * (AC / BAC).
     *
     * @return the table; not null
     */
    public CsvTable budgetCsv() {
        CsvWriter csv = CsvWriter.plain();
        csv.row("id", language.text("dashboard.project"), language.text("dashboard.budget.bac"),
            language.text("dashboard.budget.pv"), language.text("dashboard.budget.ev"),
            language.text("dashboard.budget.ac"), language.text("dashboard.budget.executed"));
        for (BudgetBar b : snapshot.budgetBars()) {
            csv.row(b.projectId().value(), b.name(), b.bac(), b.pv(), b.ev(), b.ac(), b.budgetExecuted());
        }
        return csv.toTable();
    }

    /**
     * Returns the tables by name: {@code heat-map} ({@link #heatMapCsv()}) and {@code budget}
     * ({@link #budgetCsv()}).
     *
     * @return the tables; not null, unmodifiable
     */
    @Override
    public Map<String, CsvTable> tables() {
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        tables.put("heat-map", heatMapCsv());
        tables.put("budget", budgetCsv());
        return Collections.unmodifiableMap(tables);
    }

    /**
     * Returns the snapshot as JSON written by {@link OtpJson#standard()}.
     *
     * @return the JSON document; not null
     */
    @Override
    public String json() {
        return OtpJson.standard().write(snapshot);
    }

    private HtmlPage page() {
        HtmlWriter w = new HtmlWriter();
        summary(w);
        rollups(w);
        w.startSection("heat-map", language.text("dashboard.heatMap"))
            .figure(heatMap(), language.text("dashboard.heatMap.chart")).table(heatMapTable()).endSection();
        scatterSection(w);
        budgetSection(w);
        risks(w);
        actions(w);
        return HtmlPage.builder(language, title(), generatedOn).body(w.toFragment()).build();
    }

    private void summary(HtmlWriter w) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(language.text("dashboard.portfolio"), snapshot.name());
        entries.put(language.text("dashboard.statusDate"), language.date(snapshot.statusDate()));
        entries.put(language.text("dashboard.projects"), language.number(snapshot.projects().size()));
        w.startSection("summary", language.text("dashboard.summary")).definitionList(entries);
        Optional<StatusLevel> overall = snapshot.portfolio().overall();
        String policyKey = "dashboard.policy." + snapshot.policy();
        String policy = language.hasText(policyKey) ? language.text(policyKey) : snapshot.policy();
        w.statusParagraph(overall.map(StatusTone::of).orElse(StatusTone.GREY), levelLabel(overall),
            language.text("dashboard.policyValue", Map.of(
                "label", language.text("dashboard.policy"), "policy", policy)));
        w.endSection();
    }

    private void rollups(HtmlWriter w) {
        HtmlTable.Builder t = HtmlTable.builder(language.text("dashboard.rollups.caption"))
            .rowHeader(language.text("dashboard.rollup")).numericColumn(language.text("dashboard.rollup.projects"))
            .numericColumn("SPI").numericColumn("CPI").numericColumn("BAC")
            .numericColumn("EAC").numericColumn(language.text("dashboard.rollup.executed"))
            .numericColumn(language.text("dashboard.rollup.late")).column(language.text("dashboard.rollup.overall"));
        List<Rollup> rows = new ArrayList<>(snapshot.programmes());
        rows.add(snapshot.portfolio());
        for (Rollup r : rows) {
            EvmSummary e = r.evm();
            String name = r.programme().isPresent() ? r.programme().get().value() + " " + DASH + " " + r.name()
                : language.text("dashboard.rollup.portfolio");
            t.cells(name, Cell.text(language.number(r.projects().size())), Cell.text(ratio(e.spi())),
                Cell.text(ratio(e.cpi())), Cell.text(language.money(e.bac())), Cell.text(language.money(e.eac())),
                Cell.text(language.percentage(e.budgetExecuted(), 2)),
                Cell.text(r.lateMilestones().map(n -> language.number(n.longValue())).orElse(DASH)),
                badge(r.overall()));
        }
        w.startSection("rollups", language.text("dashboard.rollups")).table(t.build()).endSection();
    }

    private HtmlTable heatMapTable() {
        HtmlTable.Builder t = HtmlTable.builder(language.text("dashboard.heatMap.caption"))
            .rowHeader(language.text("dashboard.project"));
        snapshot.dimensions().forEach(d -> t.column(dimension(d)));
        t.column(language.text("dashboard.overall"));
        for (HeatMapRow row : snapshot.heatMap()) {
            List<Cell> cells = new ArrayList<>();
            for (HeatCell c : row.cells()) {
                cells.add(badge(c.status()));
            }
            cells.add(badge(row.overall()));
            t.cells(row.projectId().value() + " " + DASH + " " + row.name(), cells.toArray(new Cell[0]));
        }
        return t.build();
    }

    private Svg heatMap() {
        HeatMap.Builder chart = HeatMap.builder(language.text("dashboard.heatMap.chart"),
            language.text("dashboard.heatMap.chartDesc", Map.of(
                "projects", snapshot.heatMap().size(), "dimensions", snapshot.dimensions().size())));
        List<String> columns = new ArrayList<>();
        snapshot.dimensions().forEach(d -> columns.add(dimension(d)));
        columns.add(language.text("dashboard.overall"));
        chart.columns(columns.toArray(new String[0]));
        for (HeatMapRow row : snapshot.heatMap()) {
            List<HeatMap.Cell> cells = new ArrayList<>();
            for (HeatCell c : row.cells()) {
                cells.add(heatCell(c.status()));
            }
            cells.add(heatCell(row.overall()));
            chart.row(label(row.projectId().value(), row.name()), cells.toArray(new HeatMap.Cell[0]));
        }
        return chart.build().render(language);
    }

    private HeatMap.Cell heatCell(Optional<StatusLevel> level) {
        // A cell of the chart is narrow: "not assessed" is abbreviated there, written out in the table.
        return HeatMap.Cell.of(level.map(StatusTone::of).orElse(StatusTone.GREY),
            level.isPresent() ? levelLabel(level) : language.text("dashboard.notAssessedShort"));
    }

    private ScatterChart scatter() {
        ScatterChart.Builder chart = ScatterChart.builder(language.text("dashboard.scatter.chart"),
                language.text("dashboard.scatter.chartDesc", Map.of("projects", snapshot.scatter().size(),
                    "redBelow", language.number(redBelow, RATIO_DECIMALS),
                    "greenFrom", language.number(greenFrom, RATIO_DECIMALS))))
            .axisTitles("SPI", "CPI").bands(redBelow, greenFrom);
        for (ScatterPoint p : snapshot.scatter()) {
            chart.point(p.projectId().value(), p.spi(), p.cpi());
        }
        return chart.build();
    }

    private void scatterSection(HtmlWriter w) {
        ScatterChart chart = scatter();
        w.startSection("scatter", language.text("dashboard.scatter"))
            .figure(chart.render(language), language.text("dashboard.scatter.chart"));
        if (snapshot.scatter().isEmpty()) {
            w.paragraph(language.text("dashboard.scatter.none")).endSection();
            return;
        }
        HtmlTable.Builder t = HtmlTable.builder(language.text("dashboard.scatter.caption"))
            .rowHeader(language.text("dashboard.project")).numericColumn("SPI").numericColumn("CPI")
            .column(language.text("dashboard.scatter.status")).column(language.text("dashboard.overall"));
        for (ScatterPoint p : snapshot.scatter()) {
            StatusTone band = chart.status(p.spi(), p.cpi());
            t.cells(p.projectId().value() + " " + DASH + " " + p.name(), Cell.text(language.number(p.spi(), RATIO_DECIMALS)),
                Cell.text(language.number(p.cpi(), RATIO_DECIMALS)), Cell.badge(band, band.label(language)),
                badge(p.overall()));
        }
        w.table(t.build()).endSection();
    }

    private Svg budget() {
        BarChart.Builder chart = BarChart.builder(language.text("dashboard.budget.chart"),
                language.text("dashboard.budget.chartDesc", Map.of("projects", snapshot.budgetBars().size())))
            .series(language.text("dashboard.budget.bac"), language.text("dashboard.budget.ev"),
                language.text("dashboard.budget.ac"));
        for (BudgetBar b : snapshot.budgetBars()) {
            chart.category(label(b.projectId().value(), b.name()), b.bac().amount(), b.ev().amount(), b.ac().amount());
        }
        return chart.build().render(language);
    }

    private void budgetSection(HtmlWriter w) {
        HtmlTable.Builder t = HtmlTable.builder(language.text("dashboard.budget.caption"))
            .rowHeader(language.text("dashboard.project")).numericColumn(language.text("dashboard.budget.bac"))
            .numericColumn(language.text("dashboard.budget.pv")).numericColumn(language.text("dashboard.budget.ev"))
            .numericColumn(language.text("dashboard.budget.ac"))
            .numericColumn(language.text("dashboard.budget.executed"));
        for (BudgetBar b : snapshot.budgetBars()) {
            t.row(b.projectId().value() + " " + DASH + " " + b.name(), money(b.bac()), money(b.pv()), money(b.ev()),
                money(b.ac()), language.percentage(b.budgetExecuted(), 2));
        }
        w.startSection("budget", language.text("dashboard.budget"))
            .figure(budget(), language.text("dashboard.budget.chart")).table(t.build()).endSection();
    }

    private void risks(HtmlWriter w) {
        w.startSection("risks", language.text("dashboard.risks"));
        if (snapshot.topRisks().isEmpty()) {
            w.paragraph(language.text("dashboard.risks.none")).endSection();
            return;
        }
        HtmlTable.Builder t = HtmlTable.builder(language.text("dashboard.risks.caption"))
            .rowHeader(language.text("dashboard.project")).column(language.text("dashboard.risk"))
            .column(language.text("dashboard.item.title")).column(language.text("dashboard.item.severity"));
        for (AttentionRow r : snapshot.topRisks()) {
            t.cells(r.projectId().value() + " " + DASH + " " + r.name(), Cell.text(r.item().reference()),
                Cell.text(r.item().title()), badge(Optional.of(r.item().severity())));
        }
        w.table(t.build()).endSection();
    }

    private void actions(HtmlWriter w) {
        w.startSection("overdue-actions", language.text("dashboard.actions"));
        if (snapshot.overdueActions().isEmpty()) {
            w.paragraph(language.text("dashboard.actions.none")).endSection();
            return;
        }
        HtmlTable.Builder t = HtmlTable.builder(language.text("dashboard.actions.caption"))
            .rowHeader(language.text("dashboard.project")).column(language.text("dashboard.action"))
            .column(language.text("dashboard.item.title")).numericColumn(language.text("dashboard.action.due"))
            .numericColumn(language.text("dashboard.action.daysOverdue"))
            .column(language.text("dashboard.item.severity"));
        for (AttentionRow r : snapshot.overdueActions()) {
            Optional<LocalDate> due = r.item().due();
            t.cells(r.projectId().value() + " " + DASH + " " + r.name(), Cell.text(r.item().reference()),
                Cell.text(r.item().title()), Cell.text(due.map(language::date).orElse(DASH)),
                Cell.text(due.map(d -> language.number(ChronoUnit.DAYS.between(d, snapshot.statusDate()))).orElse(DASH)),
                badge(Optional.of(r.item().severity())));
        }
        w.table(t.build()).endSection();
    }

    private Cell badge(Optional<StatusLevel> level) {
        return Cell.badge(level.map(StatusTone::of).orElse(StatusTone.GREY), levelLabel(level));
    }

    private String levelLabel(Optional<StatusLevel> level) {
        return level.map(l -> StatusTone.levelLabel(l, language)).orElse(language.text("dashboard.notAssessed"));
    }

    private String dimension(Dimension d) {
        return language.text("dashboard.dimension." + d.name().toLowerCase(Locale.ROOT));
    }

    private String ratio(Optional<BigDecimal> value) {
        return value.map(v -> language.number(v, RATIO_DECIMALS)).orElse(DASH);
    }

    private String money(Money m) {
        return language.money(m);
    }

    private static String label(String id, String name) {
        String text = id + " " + name;
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).stripTrailing() + "…";
    }

    /**
     * Builds a {@link DashboardReport}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final DashboardSnapshot snapshot;
        private final ReportLanguage language;
        private final LocalDate generatedOn;
        private BigDecimal redBelow = DEFAULT_RED_BELOW;
        private BigDecimal greenFrom = DEFAULT_GREEN_FROM;

        private Builder(DashboardSnapshot snapshot, ReportLanguage language, LocalDate generatedOn) {
            this.snapshot = snapshot;
            this.language = language;
            this.generatedOn = generatedOn;
        }

        /**
         * Sets the threshold bands of the SPI/CPI scatter; {@link #DEFAULT_RED_BELOW} and
         * {@link #DEFAULT_GREEN_FROM} unless told otherwise.
         *
         * @param red values below it are red; not null
         * @param green values from it are green (between the two: amber); not null
         * @return this builder; not null
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code red} is greater than {@code green}
         */
        public Builder bands(BigDecimal red, BigDecimal green) {
            Objects.requireNonNull(red, "red");
            Objects.requireNonNull(green, "green");
            if (red.compareTo(green) > 0) {
                throw new IllegalArgumentException("red threshold " + red.toPlainString()
                    + " is above the green threshold " + green.toPlainString());
            }
            this.redBelow = red;
            this.greenFrom = green;
            return this;
        }

        /**
         * Builds the dashboard.
         *
         * @return the dashboard; not null
         */
        public DashboardReport build() {
            return new DashboardReport(this);
        }
    }
}
