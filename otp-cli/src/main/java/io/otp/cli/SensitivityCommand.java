package io.otp.cli;

import io.otp.cli.input.EvaluationInput;
import io.otp.cli.input.InvalidInputException;
import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.sensitivity.CriterionSensitivity;
import io.otp.scoring.sensitivity.PointsMatrix;
import io.otp.scoring.sensitivity.RankAcceptability;
import io.otp.scoring.sensitivity.RankAcceptabilityResult;
import io.otp.scoring.sensitivity.RankReversal;
import io.otp.scoring.sensitivity.RankReversalOutcome;
import io.otp.scoring.sensitivity.WeightChange;
import io.otp.scoring.sensitivity.WeightSensitivity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code otp sensitivity FILE}: evaluates the lot of an evaluation document, then analyses how stable
 * its ranking is: the smallest change of each weight that changes the leader, the rank acceptability
 * of each bid with the weights perturbed (Monte Carlo, in {@code double}: an analysis, not a legal
 * result) and the rank-reversal check.
 *
 * <p>Samples are drawn in blocks of {@value #BLOCK}; block {@code k} uses seed {@code S + k}, so up to
 * {@value #BLOCK} samples the figures are those of one run with seed {@code S}, and any run is the same
 * for the same input. Between blocks the progress goes to stderr.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = "Rank acceptability (Monte Carlo over the weights), weight sensitivity and rank reversal of the"
        + " evaluated lot of an evaluation document; progress on stderr for large --samples.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:analysed", "1:invalid input", "2:usage error", "3:internal error"})
final class SensitivityCommand extends OtpCommand {

    /** Default {@code --samples}. */
    static final int DEFAULT_SAMPLES = 10_000;
    /** Default {@code --spread}, percent of each declared weight. */
    static final BigDecimal DEFAULT_SPREAD = BigDecimal.valueOf(20);
    /** Default {@code --seed}. */
    static final long DEFAULT_SEED = 42L;
    /** Samples per block of the Monte Carlo; progress is reported between blocks. */
    static final int BLOCK = 100_000;

    @Parameters(index = "0", paramLabel = "FILE", description = "The evaluation document (JSON).")
    String file;

    @Option(names = "--samples", paramLabel = "N", description = "Monte Carlo samples (default: ${DEFAULT-VALUE}).")
    int samples = DEFAULT_SAMPLES;

    @Option(names = "--spread", paramLabel = "X",
        description = "Half-width of each weight's interval, percent of the weight, 0 to 100"
            + " (default: ${DEFAULT-VALUE}).")
    BigDecimal spread = DEFAULT_SPREAD;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULT_SEED;

    @Override
    int run() {
        Messages m = messages();
        if (samples < 1 || spread.signum() < 0 || spread.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ParameterException(spec.commandLine(), m.text("sensitivity.range"));
        }
        EvaluationInput input = readJson(file, EvaluationInput.class);
        EvaluationResult result = LotEvaluation.run(input, file, m).result();
        long admitted = LotEvaluation.admitted(result);
        if (admitted < 2) {
            throw new InvalidInputException(file, m.text("sensitivity.tooFew", Map.of("bids", admitted)));
        }
        PointsMatrix matrix = result.pointsMatrix();
        PrintWriter out = out();
        out.println(m.text("table.title", Map.of(
            "tender", result.tender(), "lot", result.lot(), "title", result.lotTitle())));
        out.println();
        printWeights(out, m, matrix, WeightSensitivity.analyse(matrix));
        out.println();
        printAcceptability(out, m, matrix, acceptability(matrix, m));
        out.println();
        List<RankReversalOutcome> reversals = RankReversal.check(matrix);
        out.println(m.text("sensitivity.reversal", Map.of("checks", reversals.stream()
            .map(o -> o.reversed() ? m.text("sensitivity.reversed", Map.of("bid", o.removed()))
                : m.text("sensitivity.same", Map.of("bid", o.removed())))
            .collect(Collectors.joining("; ")))));
        out.flush();
        return Otp.EXIT_OK;
    }

    private void printWeights(PrintWriter out, Messages m, PointsMatrix matrix, List<CriterionSensitivity> rows) {
        out.println(m.text("sensitivity.weights", Map.of("leader", matrix.ranking().get(0))));
        out.println(String.format(Locale.ROOT, "%-12s %8s  %-34s %s", m.text("sensitivity.criterion"),
            m.text("sensitivity.weight"), m.text("sensitivity.increase"), m.text("sensitivity.decrease")));
        for (CriterionSensitivity s : rows) {
            out.println(String.format(Locale.ROOT, "%-12s %8s  %-34s %s", s.criterion(), plain(s.declaredWeight()),
                change(m, s.increase()), change(m, s.decrease())));
        }
    }

    /** Counts per bid and rank, summed over the blocks. */
    private Map<BidId, long[]> acceptability(PointsMatrix matrix, Messages m) {
        int n = matrix.bids().size();
        Map<BidId, long[]> counts = new LinkedHashMap<>();
        int done = 0;
        int block = 0;
        while (done < samples) {
            int size = Math.min(BLOCK, samples - done);
            RankAcceptabilityResult r;
            try {
                r = RankAcceptability.analyse(matrix, spread, size, seed + block);
            } catch (ValidationException e) {
                throw new InvalidInputException(file, e.violations(), e);
            }
            for (BidId b : r.bids()) {
                long[] c = counts.computeIfAbsent(b, k -> new long[n]);
                int[] add = r.counts(b);
                for (int k = 0; k < n && k < add.length; k++) {
                    c[k] += add[k];
                }
            }
            done += size;
            block++;
            if (samples > BLOCK) {
                err().println(m.text("sensitivity.progress", Map.of(
                    "done", done, "samples", samples, "percent", 100L * done / samples)));
                err().flush();
            }
        }
        return counts;
    }

    private void printAcceptability(PrintWriter out, Messages m, PointsMatrix matrix, Map<BidId, long[]> counts) {
        out.println(m.text("sensitivity.acceptability", Map.of(
            "spread", spread.toPlainString(), "samples", samples, "seed", seed,
            "generator", RankAcceptabilityResult.GENERATOR)));
        int n = matrix.bids().size();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-6s", m.text("table.bid")));
        for (int k = 1; k <= n; k++) {
            head.append(String.format(Locale.ROOT, " %9s", m.text("sensitivity.rank", Map.of("rank", k))));
        }
        out.println(head);
        for (Map.Entry<BidId, long[]> e : counts.entrySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-6s", e.getKey()));
            for (int k = 0; k < n; k++) {
                row.append(String.format(Locale.ROOT, " %8.2f%%", 100.0 * e.getValue()[k] / samples));
            }
            out.println(row);
        }
    }

    private static String change(Messages m, Optional<WeightChange> c) {
        return c.map(w -> m.text("sensitivity.change", Map.of("points", signed(w.points()),
            "percent", w.percentOfWeight().map(p -> " (" + signed(p) + " %)").orElse(""), "winner", w.newWinner())))
            .orElse(m.text("sensitivity.none"));
    }

    private static String signed(BigDecimal v) {
        BigDecimal s = v.setScale(2, RoundingMode.HALF_UP);
        return (s.signum() > 0 ? "+" : "") + s.toPlainString();
    }

    private static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
