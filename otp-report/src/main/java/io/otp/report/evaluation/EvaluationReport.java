package io.otp.report.evaluation;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.tender.Lot;
import io.otp.core.tender.Tender;
import io.otp.report.Chart;
import io.otp.report.CsvTable;
import io.otp.report.Report;
import io.otp.report.ReportDirectory;
import io.otp.report.ReportException;
import io.otp.report.ReportLanguage;
import io.otp.report.internal.csv.CsvWriter;
import io.otp.report.internal.html.HtmlPage;
import io.otp.report.internal.svg.StackedBarChart;
import io.otp.report.internal.svg.Svg;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.evaluation.CriterionScore;
import io.otp.scoring.evaluation.EvaluationEvent;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.sensitivity.CriterionSensitivity;
import io.otp.scoring.sensitivity.RankAcceptabilityResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
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
 * The evaluation report of a lot (informe de valoración), the document the committee signs: the tender
 * and lot summary; the criteria with their weights and their formulas written as formulas; the score
 * table of every bid with the explanation of each number (formula with the numbers substituted, inputs,
 * points before and after rounding); each evaluator's value-judgment scores with the justification; the
 * abnormally low offers and the decision on each (LCSP art. 149, RGLCAP art. 85); the exclusions; the
 * ranking (LCSP art. 150.1); the tie-break trace with the seed of the draw (LCSP art. 147); the award
 * proposal (LCSP art. 150.2); when given, the sensitivity analysis (rank acceptability as stacked bars,
 * the smallest weight changes that change the winner) and the history of the evaluation's steps.
 *
 * <p>Outputs: {@link #html()} is one self-contained page (inline SVG, no script, prints on A4);
 * {@link #charts()} the charts as standalone SVG; {@link #scoreTableCsv()} and
 * {@link #evaluatorScoresCsv()} the tables as CSV with locale-neutral values (RFC 4180, an optional byte
 * order mark); {@link #json()} the evaluation result as {@link OtpJson#standard()} writes it. Every
 * label comes from the report bundles of the language; every text of the model is escaped. The same
 * input gives byte-identical output: the generation date is given, never read from the clock.
 *
 * <pre>{@code
 * EvaluationResult result = evaluation.result();
 * EvaluationReport report = EvaluationReport.builder(tender, result, ReportLanguage.SPANISH,
 *         LocalDate.of(2026, 5, 12))
 *     .history(evaluation.history())
 *     .rankAcceptability(RankAcceptability.analyse(result.pointsMatrix(), BigDecimal.valueOf(20), 10_000, 42L))
 *     .weightSensitivity(WeightSensitivity.analyse(result.pointsMatrix()))
 *     .bidderName(OrganisationId.of("A58818501"), "Levante Sistemas, S.A.")
 *     .build();
 * List<Path> files = report.writeAll(Path.of("target/otp-reports"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationReport implements Report {

    /** The name of the rank acceptability chart in {@link #charts()}. */
    public static final String RANK_ACCEPTABILITY_CHART = "rank-acceptability";

    /** The name of the chart of the points of each bid by criterion in {@link #charts()}. */
    public static final String SCORE_COMPOSITION_CHART = "score-composition";

    /** The name of the score table in {@link #tables()} ({@link #scoreTableCsv()}). */
    public static final String SCORE_TABLE = "scores";

    /** The name of the evaluators' scores in {@link #tables()} ({@link #evaluatorScoresCsv()}). */
    public static final String EVALUATOR_SCORES_TABLE = "evaluator-scores";

    private final Tender tender;
    private final Lot lot;
    private final EvaluationResult result;
    private final ReportLanguage language;
    private final LocalDate generatedOn;
    private final List<EvaluationEvent> history;
    private final Optional<RankAcceptabilityResult> acceptability;
    private final List<CriterionSensitivity> weightSensitivity;
    private final Map<OrganisationId, String> bidderNames;
    private final Map<PersonId, String> personNames;

    private EvaluationReport(Builder b) {
        this.tender = b.tender;
        this.lot = b.lot;
        this.result = b.result;
        this.language = b.language;
        this.generatedOn = b.generatedOn;
        this.history = List.copyOf(b.history);
        this.acceptability = Optional.ofNullable(b.acceptability);
        this.weightSensitivity = List.copyOf(b.weightSensitivity);
        this.bidderNames = Collections.unmodifiableMap(new LinkedHashMap<>(b.bidderNames));
        this.personNames = Collections.unmodifiableMap(new LinkedHashMap<>(b.personNames));
    }

    /**
     * Starts the report of the lot of an evaluation result.
     *
     * @param tender the tender the result belongs to; not null
     * @param result the evaluation result of one of its lots; not null
     * @param language the language of the report; not null
     * @param generatedOn the date the report is generated, shown in its footer; not null
     * @return a new builder; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the result is of another tender or of a lot the tender does not have
     */
    public static Builder builder(Tender tender, EvaluationResult result, ReportLanguage language,
            LocalDate generatedOn) {
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(generatedOn, "generatedOn");
        if (!tender.id().equals(result.tender())) {
            throw new IllegalArgumentException("the evaluation result is of tender " + result.tender()
                + ", not of tender " + tender.id());
        }
        Lot lot = tender.lot(result.lot()).orElseThrow(() -> new IllegalArgumentException(
            "tender " + tender.id() + " has no lot " + result.lot() + ", the lot of the evaluation result"));
        return new Builder(tender, lot, result, language, generatedOn);
    }

    /**
     * Returns the language of the report.
     *
     * @return the language; not null
     */
    @Override
    public ReportLanguage language() {
        return language;
    }

    /**
     * Returns the evaluation result the report is written from.
     *
     * @return the result; not null
     */
    public EvaluationResult result() {
        return result;
    }

    /**
     * Returns the title of the report, such as "Informe de valoración · lote L1".
     *
     * @return the title; not null
     */
    @Override
    public String title() {
        return language.text("evaluation.title", Map.of("lot", result.lot().toString()));
    }

    /**
     * Returns the stem of the report's file names: {@code evaluation-report-} and the lot id, such as
     * {@code evaluation-report-L1}.
     *
     * @return the stem; not null
     */
    public String fileStem() {
        return "evaluation-report-" + result.lot();
    }

    /**
     * The start of the names of the chart and table files: {@link #fileStem()} and a hyphen, such as
     * {@code evaluation-report-L1-}.
     *
     * @return the prefix; not null
     */
    @Override
    public String fileNamePrefix() {
        return fileStem() + "-";
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
     * @throws ReportException if the file is a symbolic link (never followed, see {@link ReportDirectory}) or cannot be written
     */
    @Override
    public Path writeHtml(Path file) {
        return page().writeTo(Objects.requireNonNull(file, "file"));
    }

    private HtmlPage page() {
        return HtmlPage.builder(language, title(), generatedOn)
            .body(new EvaluationPage(this).body())
            .build();
    }

    /**
     * Returns the charts of the report, by name: {@value #SCORE_COMPOSITION_CHART} (one bar per admitted
     * bid, one segment per criterion; bars are named by bid id, criteria by criterion id, which the tables
     * of the page resolve into bidders and names) and, when a rank acceptability analysis was given,
     * {@value #RANK_ACCEPTABILITY_CHART} (one bar per bid, one segment per rank, the percentage of the
     * simulations giving the bid that rank).
     *
     * @return the charts in the order the page shows them; not null, unmodifiable
     */
    @Override
    public Map<String, Chart> charts() {
        return Collections.unmodifiableMap(svgCharts());
    }

    /** The charts as the page embeds them. */
    Map<String, Svg> svgCharts() {
        Map<String, Svg> charts = new LinkedHashMap<>();
        charts.put(SCORE_COMPOSITION_CHART, scoreCompositionChart());
        acceptability.ifPresent(a -> charts.put(RANK_ACCEPTABILITY_CHART, rankAcceptabilityChart(a)));
        return charts;
    }

    /**
     * Returns the score table as CSV for programs: one record per bid with the bidder, the economic offer,
     * the points on each leaf criterion (headed by the criterion id), the total, the position in the
     * ranking and the exclusion rule, values locale-neutral (plain numbers, ISO dates), the headers in the
     * language of the report.
     *
     * @return the CSV text, without byte order mark; not null
     */
    public String scoreTableCsv() {
        return scoreTable().toString();
    }

    /**
     * Returns the score table as CSV bytes in UTF-8 (see {@link #scoreTableCsv()}).
     *
     * @param byteOrderMark true to start with the UTF-8 byte order mark, for spreadsheet programs
     * @return the bytes; not null
     */
    public byte[] scoreTableCsv(boolean byteOrderMark) {
        return scoreTable().withByteOrderMark(byteOrderMark).toBytes();
    }

    /**
     * Returns the evaluators' value-judgment scores as CSV for programs: one record per criterion, bid and
     * evaluator with the points and the written justification (LCSP art. 146.2), locale-neutral values,
     * the headers in the language of the report.
     *
     * @return the CSV text, without byte order mark; not null
     */
    public String evaluatorScoresCsv() {
        return evaluatorScores().toString();
    }

    /**
     * Returns the evaluators' scores as CSV bytes in UTF-8 (see {@link #evaluatorScoresCsv()}).
     *
     * @param byteOrderMark true to start with the UTF-8 byte order mark, for spreadsheet programs
     * @return the bytes; not null
     */
    public byte[] evaluatorScoresCsv(boolean byteOrderMark) {
        return evaluatorScores().withByteOrderMark(byteOrderMark).toBytes();
    }

    /**
     * Returns the tables by name: {@value #SCORE_TABLE} ({@link #scoreTableCsv()}) and
     * {@value #EVALUATOR_SCORES_TABLE} ({@link #evaluatorScoresCsv()}).
     *
     * @return the tables; not null, unmodifiable
     */
    @Override
    public Map<String, CsvTable> tables() {
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        tables.put(SCORE_TABLE, scoreTable().toTable());
        tables.put(EVALUATOR_SCORES_TABLE, evaluatorScores().toTable());
        return Collections.unmodifiableMap(tables);
    }

    /**
     * Returns the evaluation result as JSON, as {@link OtpJson#standard()} writes it; the same result
     * always gives the same bytes, whatever the language of the report.
     *
     * @return the JSON text; not null
     */
    @Override
    public String json() {
        return OtpJson.standard().write(result);
    }

    /**
     * Writes the JSON of {@link #json()} to {@code evaluation-report-L1.json} (one file for both languages).
     *
     * @param dir the directory, created if missing; not null
     * @return the file; not null
     * @throws NullPointerException if {@code dir} is null
     * @throws io.otp.report.ReportFileException if the file is a symbolic link or cannot be written
     */
    public Path writeJson(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return ReportDirectory.writeFile(dir.resolve(fileStem() + ".json"), json().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes everything: the page ({@code evaluation-report-L1.es.html}), the charts, both CSV tables with
     * the byte order mark (for spreadsheet programs) and the JSON.
     *
     * @param dir the directory, created if missing; not null
     * @return the files written, the page first; not null
     * @throws NullPointerException if {@code dir} is null
     * @throws ReportException if a file is a symbolic link (never followed, see {@link ReportDirectory}) or cannot be written
     */
    public List<Path> writeAll(Path dir) {
        Objects.requireNonNull(dir, "dir");
        List<Path> files = new ArrayList<>();
        files.add(writeHtml(dir.resolve(fileStem() + "." + language.htmlLang() + ".html")));
        files.addAll(writeCharts(dir));
        files.addAll(writeCsv(dir, true));
        files.add(writeJson(dir));
        return List.copyOf(files);
    }

    Tender tender() {
        return tender;
    }

    Lot lot() {
        return lot;
    }

    LocalDate generatedOn() {
        return generatedOn;
    }

    List<EvaluationEvent> history() {
        return history;
    }

    Optional<RankAcceptabilityResult> acceptability() {
        return acceptability;
    }

    List<CriterionSensitivity> weightSensitivity() {
        return weightSensitivity;
    }

    /** The bidder's name and tax id, or the tax id alone when no name was given. */
    String bidder(OrganisationId bidder) {
        String name = bidderNames.get(bidder);
        return name == null ? bidder.toString() : language.text("evaluation.bidderWithId", Map.of(
            "name", name, "id", bidder.toString()));
    }

    /** The bid id and its bidder, such as "B1 · Levante Sistemas, S.A. (A58818501)". */
    String bidLabel(BidId bid) {
        return result.bid(bid).map(b -> bid + " · " + bidder(b.bidder())).orElse(bid.toString());
    }

    /** The person's name, or the id when no name was given. */
    String person(PersonId person) {
        return personNames.getOrDefault(person, person.toString());
    }

    /** The leaf criteria the scores are on, in the lot's order. */
    List<CriterionScore> columns() {
        Map<String, CriterionScore> byId = new LinkedHashMap<>();
        for (BidEvaluation b : result.bids()) {
            for (CriterionScore s : b.criteria()) {
                byId.putIfAbsent(s.criterion().toString(), s);
            }
        }
        List<CriterionScore> ordered = new ArrayList<>();
        lot.leafCriteria().forEach(c -> Optional.ofNullable(byId.get(c.id().toString())).ifPresent(ordered::add));
        return ordered;
    }

    /** The percentage of the simulations giving a bid a rank, two decimals, computed without double. */
    static BigDecimal percent(RankAcceptabilityResult a, BidId bid, int rank) {
        int count = a.counts(bid)[rank - 1];
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(a.samples()), 2, RoundingMode.HALF_UP);
    }

    private Svg scoreCompositionChart() {
        List<CriterionScore> columns = columns();
        String[] segments = columns.stream().map(c -> c.criterion().toString()).toArray(String[]::new);
        StackedBarChart.Builder chart = StackedBarChart.builder(language.text("evaluation.chart.scores.title"),
            language.text("evaluation.chart.scores.description", Map.of(
                "lot", result.lot().toString()))).segments(segments);
        for (BidEvaluation b : result.bids()) {
            if (b.exclusion().isPresent()) {
                continue;
            }
            BigDecimal[] values = columns.stream()
                .map(c -> b.score(c.criterion()).map(CriterionScore::points).orElse(BigDecimal.ZERO))
                .map(v -> v.max(BigDecimal.ZERO)).toArray(BigDecimal[]::new);
            chart.bar(b.bid().toString(), values);
        }
        return chart.build().render(language);
    }

    private Svg rankAcceptabilityChart(RankAcceptabilityResult a) {
        int ranks = a.bids().size();
        String[] segments = new String[ranks];
        for (int k = 1; k <= ranks; k++) {
            segments[k - 1] = language.text("evaluation.rank", Map.of("rank", k));
        }
        StackedBarChart.Builder chart = StackedBarChart.builder(language.text("evaluation.chart.acceptability.title"),
            language.text("evaluation.chart.acceptability.description", Map.of("samples", language.number(a.samples()),
                "spread", language.percentage(BigDecimal.valueOf(a.perturbationPercent()), 0)))).segments(segments);
        for (BidId bid : a.bids()) {
            BigDecimal[] values = new BigDecimal[ranks];
            for (int k = 1; k <= ranks; k++) {
                values[k - 1] = percent(a, bid, k);
            }
            chart.bar(bid.toString(), values);
        }
        return chart.build().render(language);
    }

    private CsvWriter scoreTable() {
        List<CriterionScore> columns = columns();
        CsvWriter csv = CsvWriter.plain();
        List<Object> head = new ArrayList<>(List.of(language.text("evaluation.csv.bid"),
            language.text("evaluation.csv.bidderId"), language.text("evaluation.csv.bidderName"),
            language.text("evaluation.csv.offer")));
        columns.forEach(c -> head.add(c.criterion().toString()));
        head.addAll(List.of(language.text("evaluation.csv.total"), language.text("evaluation.csv.unroundedTotal"),
            language.text("evaluation.csv.position"), language.text("evaluation.csv.exclusionRule")));
        csv.row(head);
        for (BidEvaluation b : result.bids()) {
            List<Object> row = new ArrayList<>(List.of(b.bid().toString(), b.bidder().toString(),
                bidderNames.getOrDefault(b.bidder(), "")));
            row.add(b.economicOffer());
            columns.forEach(c -> row.add(b.score(c.criterion()).map(CriterionScore::points)));
            row.add(b.total());
            row.add(b.unroundedTotal());
            row.add(b.position().map(p -> (Object) p));
            row.add(b.exclusion().map(x -> x.ruleId()));
            csv.row(row);
        }
        return csv;
    }

    private CsvWriter evaluatorScores() {
        CsvWriter csv = CsvWriter.plain();
        csv.row(language.text("evaluation.csv.criterion"), language.text("evaluation.csv.bid"),
            language.text("evaluation.csv.bidderId"), language.text("evaluation.csv.evaluator"),
            language.text("evaluation.csv.evaluatorName"), language.text("evaluation.csv.points"),
            language.text("evaluation.csv.justification"));
        for (CriterionScore column : columns()) {
            for (BidEvaluation b : result.bids()) {
                Optional<CriterionScore> score = b.score(column.criterion());
                for (EvaluatorScore s : score.map(CriterionScore::evaluatorScores).orElse(List.of())) {
                    csv.row(s.criterion().toString(), s.bid().toString(), b.bidder().toString(),
                        s.evaluator().toString(), personNames.getOrDefault(s.evaluator(), ""), s.points(),
                        s.justification());
                }
            }
        }
        return csv;
    }

    /**
     * Builds an {@link EvaluationReport}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final Tender tender;
        private final Lot lot;
        private final EvaluationResult result;
        private final ReportLanguage language;
        private final LocalDate generatedOn;
        private final List<EvaluationEvent> history = new ArrayList<>();
        private RankAcceptabilityResult acceptability;
        private final List<CriterionSensitivity> weightSensitivity = new ArrayList<>();
        private final Map<OrganisationId, String> bidderNames = new LinkedHashMap<>();
        private final Map<PersonId, String> personNames = new LinkedHashMap<>();

        private Builder(Tender tender, Lot lot, EvaluationResult result, ReportLanguage language,
                LocalDate generatedOn) {
            this.tender = tender;
            this.lot = lot;
            this.result = result;
            this.language = language;
            this.generatedOn = generatedOn;
        }

        /**
         * Sets the history of the evaluation's steps ({@code Evaluation.history()}), shown as the last
         * section; without it the section is left out.
         *
         * @param events the events in their order; not null, no null element
         * @return this builder; not null
         * @throws NullPointerException if {@code events} or an event is null
         */
        public Builder history(List<EvaluationEvent> events) {
            Objects.requireNonNull(events, "events");
            history.clear();
            events.forEach(e -> history.add(Objects.requireNonNull(e, "event")));
            return this;
        }

        /**
         * Sets the rank acceptability analysis of the lot (SMAA-2), shown as stacked bars and a table;
         * without it the chart is left out.
         *
         * @param analysis the analysis of the result's points matrix; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code analysis} is null
         */
        public Builder rankAcceptability(RankAcceptabilityResult analysis) {
            this.acceptability = Objects.requireNonNull(analysis, "analysis");
            return this;
        }

        /**
         * Sets the weight sensitivity of the winner: for each criterion the smallest change of its weight
         * that changes the winner.
         *
         * @param sensitivity one entry per criterion; not null, no null element
         * @return this builder; not null
         * @throws NullPointerException if {@code sensitivity} or an element is null
         */
        public Builder weightSensitivity(List<CriterionSensitivity> sensitivity) {
            Objects.requireNonNull(sensitivity, "sensitivity");
            weightSensitivity.clear();
            sensitivity.forEach(s -> weightSensitivity.add(Objects.requireNonNull(s, "sensitivity element")));
            return this;
        }

        /**
         * Gives the name of a bidder, shown with its tax id; bidders without a name are shown by their id.
         *
         * @param bidder the bidder; not null
         * @param name the company name; not null
         * @return this builder; not null
         * @throws NullPointerException if an argument is null
         */
        public Builder bidderName(OrganisationId bidder, String name) {
            bidderNames.put(Objects.requireNonNull(bidder, "bidder"), Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Gives the name (and role) of a person: an evaluator or the member of the committee who took a
         * step; people without a name are shown by their id.
         *
         * @param person the person; not null
         * @param name the name; not null
         * @return this builder; not null
         * @throws NullPointerException if an argument is null
         */
        public Builder personName(PersonId person, String name) {
            personNames.put(Objects.requireNonNull(person, "person"), Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report; not null
         */
        public EvaluationReport build() {
            return new EvaluationReport(this);
        }
    }
}
