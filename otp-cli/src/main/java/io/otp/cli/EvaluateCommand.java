package io.otp.cli;

import io.otp.cli.input.EvaluationInput;
import io.otp.core.Language;
import io.otp.core.classification.CpvCode;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.tender.ContractType;
import io.otp.report.ReportLanguage;
import io.otp.report.evaluation.EvaluationReport;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.evaluation.CriterionScore;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationFinding;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.sensitivity.PointsMatrix;
import io.otp.scoring.sensitivity.RankAcceptability;
import io.otp.scoring.sensitivity.WeightSensitivity;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code otp evaluate}: evaluates one lot from an evaluation document ({@link EvaluationInput}) or from
 * a pair of CSV files, through every step of the SDK's evaluation pipeline, and prints the ranking
 * table, the result JSON or the score CSV, or writes the HTML report.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluates a lot (LCSP arts. 145-150) from an evaluation document (JSON), or from criteria.csv"
        + " and bids.csv exported from a spreadsheet; prints the ranking (table), the result (json) or the score"
        + " table (csv), or writes the HTML report (html) into --out.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:evaluated", "1:invalid input (missing file, malformed JSON or CSV, inconsistent data)",
        "2:usage error", "3:internal error"})
final class EvaluateCommand extends OtpCommand {

    /** What {@code --format} selects. */
    enum Format {
        TABLE, JSON, CSV, HTML
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The evaluation document (JSON).")
    String file;

    @ArgGroup(exclusive = false, heading = "%nFrom CSV files (formula criteria only):%n")
    CsvOptions csv;

    @Option(names = "--format", paramLabel = "table|json|csv|html", converter = FormatConverter.class,
        description = "Output: table (default), json, csv or html.")
    Format format = Format.TABLE;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Directory to write into: the HTML report (default: the current directory), or the json and"
            + " csv output instead of printing it. File names never leave it.")
    Optional<Path> out = Optional.empty();

    /** The CSV input and the tender data CSV files do not hold. */
    static final class CsvOptions {
        @Option(names = "--criteria", required = true, paramLabel = "FILE",
            description = "criteria.csv: id,name,type,points,formula[,direction]")
        String criteria;

        @Option(names = "--bids", required = true, paramLabel = "FILE",
            description = "bids.csv: bid,bidder,offer[,submitted_at][,<criterion id>...]")
        String bids;

        @Option(names = "--budget", paramLabel = "EUROS", description = "Budget of the lot, VAT excluded (required).")
        BigDecimal budget;

        @Option(names = "--tender", paramLabel = "ID", defaultValue = "CSV-0001",
            description = "Tender id (default: ${DEFAULT-VALUE}).")
        String tender;

        @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Evaluation from CSV",
            description = "Tender and lot title (default: ${DEFAULT-VALUE}).")
        String title;

        @Option(names = "--lot-id", paramLabel = "ID", defaultValue = "L1",
            description = "Lot id (default: ${DEFAULT-VALUE}).")
        String lot;

        @Option(names = "--authority", paramLabel = "ID", defaultValue = "L01470011",
            description = "Contracting authority (NIF or DIR3; default: ${DEFAULT-VALUE}).")
        String authority;

        @Option(names = "--cpv", paramLabel = "CODE", defaultValue = "72000000-5",
            description = "CPV code (default: ${DEFAULT-VALUE}).")
        String cpv;

        @Option(names = "--contract-type", paramLabel = "TYPE", defaultValue = "SERVICES",
            description = "Contract type: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        ContractType contractType;
    }

    /** Reads {@code --format} in any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    @Override
    int run() {
        Messages m = messages();
        String source;
        EvaluationInput input;
        if (csv != null && file != null) {
            throw new ParameterException(spec.commandLine(), m.text("evaluate.bothInputs"));
        }
        if (csv != null) {
            if (csv.budget == null) {
                throw new ParameterException(spec.commandLine(), m.text("evaluate.csvBudget"));
            }
            source = csv.criteria;
            input = new CsvEvaluation(m).read(csv.criteria, csv.bids, header(csv));
        } else if (file != null) {
            source = file;
            input = readJson(file, EvaluationInput.class);
        } else {
            throw new ParameterException(spec.commandLine(), m.text("evaluate.noInput"));
        }
        Evaluation evaluation = LotEvaluation.run(input, source, m);
        EvaluationResult result = evaluation.result();
        switch (format) {
            case TABLE -> RankingTable.print(out(), input, result, language());
            case JSON -> emit(OtpJson.standard().write(result) + "\n", "evaluation-" + result.lot() + ".json");
            case CSV -> emit(report(input, evaluation).scoreTableCsv(),
                "evaluation-" + result.lot() + "-scores." + language().tag() + ".csv");
            case HTML -> {
                EvaluationReport report = report(input, evaluation);
                Path written = OutputDirectory.of(out.orElse(Path.of(".")), m)
                    .write(report.fileStem() + "." + language().tag() + ".html", report.html());
                out().println(m.text("evaluate.written", Map.of("file", written)));
            }
            default -> throw new IllegalStateException("format " + format);
        }
        out().flush();
        return Otp.EXIT_OK;
    }

    private void emit(String text, String fileName) {
        if (out.isPresent()) {
            Path written = OutputDirectory.of(out.get(), messages()).write(fileName, text);
            out().println(messages().text("evaluate.written", Map.of("file", written)));
        } else {
            out().print(text);
        }
    }

    private EvaluationReport report(EvaluationInput input, Evaluation evaluation) {
        EvaluationResult result = evaluation.result();
        ReportLanguage lang = reportLanguage();
        // The report's date is the day the evaluation was signed, so the same input gives the same bytes.
        LocalDate day = LocalDate.ofInstant(input.signedAt(), ZoneOffset.UTC);
        EvaluationReport.Builder b = EvaluationReport.builder(input.tender(), result, lang, day)
            .history(evaluation.history());
        // The points matrix holds the admitted bids; without two of them there is no ranking to analyse.
        if (LotEvaluation.admitted(result) > 1) {
            PointsMatrix matrix = result.pointsMatrix();
            b.weightSensitivity(WeightSensitivity.analyse(matrix))
                .rankAcceptability(RankAcceptability.analyse(matrix, SensitivityCommand.DEFAULT_SPREAD,
                    SensitivityCommand.DEFAULT_SAMPLES, SensitivityCommand.DEFAULT_SEED));
        }
        return b.build();
    }

    private CsvEvaluation.Header header(CsvOptions o) {
        return new CsvEvaluation.Header(TenderId.of(o.tender), o.title, LotId.of(o.lot), OrganisationId.of(o.authority),
            Money.euros(o.budget), CpvCode.of(o.cpv), o.contractType);
    }

    /** The ranking table: one line per bid, its points per criterion, its total and its status. */
    static final class RankingTable {

        private RankingTable() {
        }

        static void print(PrintWriter out, EvaluationInput input, EvaluationResult r, Language language) {
            Messages m = Messages.of(language);
            ReportLanguage lang = ReportLanguage.of(language);
            out.println(m.text("table.title", Map.of("tender", r.tender(), "lot", r.lot(), "title", r.lotTitle())));
            List<CriterionId> leaves = r.bids().isEmpty() ? List.of()
                : r.bids().get(0).criteria().stream().map(CriterionScore::criterion).toList();
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-4s %-6s %-12s %16s",
                m.text("table.position"), m.text("table.bid"), m.text("table.bidder"), m.text("table.offer")));
            for (CriterionId c : leaves) {
                head.append(String.format(Locale.ROOT, " %10s", c));
            }
            head.append(String.format(Locale.ROOT, " %8s  %s", m.text("table.total"), m.text("table.status")));
            out.println(head);
            out.println("-".repeat(head.length()));
            for (BidEvaluation b : r.bids()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-4s %-6s %-12s %16s",
                    b.position().map(Object::toString).orElse("-"), b.bid(), b.bidder(),
                    b.economicOffer().map(lang::money).orElse("-")));
                for (CriterionId c : leaves) {
                    row.append(String.format(Locale.ROOT, " %10s",
                        b.score(c).map(s -> lang.number(s.points(), 2)).orElse("-")));
                }
                row.append(String.format(Locale.ROOT, " %8s  %s", lang.points(b.total()), b.exclusion()
                    .map(x -> m.text("table.excluded", Map.of("reason", x.reason(), "rule", x.ruleId())))
                    .orElse(b.position().map(p -> m.text("table.ranked", Map.of(
                        "rank", p))).orElse(m.text("table.admitted")))));
                out.println(row);
            }
            r.proposal().ifPresent(p -> out.println(p.proposed()
                .map(w -> m.text("table.proposed", Map.of(
                    "bid", w.bid(), "bidder", w.bidder(), "points", lang.points(w.total()))))
                .orElse(m.text("table.void"))));
            // what the evaluation could not do as the law expects (e.g. LCSP-149.2.b: no offer checked)
            for (EvaluationFinding f : r.findings()) {
                out.println(m.text("table.finding", Map.of(
                    "rule", f.ruleId(), "message", f.message(language.locale()))));
            }
        }
    }
}
