package io.otp.scoring.sensitivity;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Rank acceptability (SMAA-style; DOMAIN.md section 5): a seeded Monte Carlo over the weights, each
 * sampled uniformly within plus or minus X % of its declared value and the vector rescaled to the
 * declared total, counting how often each bid takes each rank.
 *
 * <p>Analysis in {@code double} on primitive arrays (no boxing in the inner loop). The generator is
 * {@code java.util.SplittableRandom(seed)}, drawing one {@code nextDouble()} per criterion per sample
 * in criteria order, so the same matrix, perturbation, samples and seed give identical counts on every
 * run and JVM. A bid's total in a sample is {@code sum of points_j * w_j / declared_j}, so with a 0 %
 * perturbation every factor is exactly 1 and the totals are the declared ones. Ranks break ties by bid
 * id, as {@link PointsMatrix#ranking()} does. Each sample's order is sorted by insertion starting from
 * the previous sample's order, which is nearly sorted when the perturbation is small.
 *
 * <p>From 20,000 samples the samples are split into consecutive chunks counted in parallel on the
 * common fork-join pool (at most one chunk per processor); each chunk advances the generator past the
 * draws of the samples before it, so the counts are exactly those of one sequential run.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankAcceptability {

    /** The least samples worth a chunk of their own: below it, splitting costs more than it saves. */
    private static final int MIN_SAMPLES_PER_CHUNK = 10_000;

    private RankAcceptability() {
    }

    /**
     * Runs the Monte Carlo.
     *
     * @param matrix the points; not null
     * @param perturbationPercent X, the half-width of each weight's sampling interval in percent of the
     *     declared weight; not null, 0 to 100
     * @param samples the number of samples, 1 or more
     * @param seed the seed of the generator, recorded in the result
     * @return the counts and shares, not null
     * @throws ValidationException if the perturbation is outside 0 to 100 or samples is below 1 (rule
     *     OTP-SENSITIVITY-MONTE-CARLO)
     */
    public static RankAcceptabilityResult analyse(PointsMatrix matrix, BigDecimal perturbationPercent, int samples,
            long seed) {
        return analyse(matrix, perturbationPercent, samples, seed, 0);
    }

    /** The analysis in the given number of chunks; 0 chooses by the samples and the processors. */
    static RankAcceptabilityResult analyse(PointsMatrix matrix, BigDecimal perturbationPercent, int samples,
            long seed, int chunks) {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(perturbationPercent, "perturbationPercent");
        List<Violation> violations = new ArrayList<>();
        if (perturbationPercent.signum() < 0 || perturbationPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            violations.add(Violation.of("perturbationPercent", "OTP-SENSITIVITY-MONTE-CARLO",
                "io.otp.scoring.sensitivity.perturbation.outOfRange", "value", perturbationPercent.toPlainString()));
        }
        if (samples < 1) {
            violations.add(Violation.of("samples", "OTP-SENSITIVITY-MONTE-CARLO",
                "io.otp.scoring.sensitivity.samples.notPositive", "value", samples));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        List<BidId> bids = matrix.bids();
        int m = bids.size();
        int n = matrix.criteria().size();
        double[][] points = matrix.pointsArray();
        double[] declared = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            declared[j] = matrix.weights().get(matrix.criteria().get(j)).doubleValue();
            total += declared[j];
        }
        double x = perturbationPercent.doubleValue() / 100.0;
        int[] start = new int[m];
        List<BidId> ranking = matrix.ranking();
        for (int r = 0; r < m; r++) {
            start[r] = bids.indexOf(ranking.get(r));
        }
        double sumOfDeclared = total;
        int parts = chunks >= 1 ? Math.min(chunks, samples) : (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
            samples / MIN_SAMPLES_PER_CHUNK));
        int[] counts = IntStream.range(0, parts).parallel()
            .mapToObj(c -> count(points, declared, sumOfDeclared, x, start, seed,
                (int) ((long) samples * c / parts), (int) ((long) samples * (c + 1) / parts)))
            .reduce(new int[m * m], (a, b) -> {
                int[] sum = new int[a.length];
                for (int i = 0; i < a.length; i++) {
                    sum[i] = a[i] + b[i];
                }
                return sum;
            });
        Map<BidId, int[]> byBid = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            byBid.put(bids.get(i), java.util.Arrays.copyOfRange(counts, i * m, (i + 1) * m));
        }
        return new RankAcceptabilityResult(seed, samples, perturbationPercent.doubleValue(), bids,
            Collections.unmodifiableMap(byBid));
    }

    /**
     * Counts the ranks of the samples {@code from} (inclusive) to {@code to}: the generator is advanced
     * past the draws of the samples before {@code from}, so every sample has the draws it has in one
     * sequential run, and the sums of the chunks' counts are the sequential counts.
     */
    private static int[] count(double[][] points, double[] declared, double total, double x, int[] start,
            long seed, int from, int to) {
        int m = points.length;
        int n = declared.length;
        int[] order = start.clone();
        int[] counts = new int[m * m];
        double[] w = new double[n];
        double[] factor = new double[n];
        double[] score = new double[m];
        SplittableRandom random = new SplittableRandom(seed);
        for (long k = (long) from * n; k > 0; k--) {
            random.nextDouble();
        }
        for (int s = from; s < to; s++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                w[j] = declared[j] * (1.0 + x * (2.0 * random.nextDouble() - 1.0));
                sum += w[j];
            }
            // Rescaling to the declared total keeps totals in points; it does not change the ranks.
            double scale = sum > 0 ? total / sum : 1.0;
            for (int j = 0; j < n; j++) {
                factor[j] = declared[j] == 0 ? 0 : w[j] * scale / declared[j];
            }
            for (int i = 0; i < m; i++) {
                double t = 0;
                double[] row = points[i];
                for (int j = 0; j < n; j++) {
                    t += row[j] * factor[j];
                }
                score[i] = t;
            }
            // Insertion sort from the previous sample's order; the result is the one total order by score
            // then bid index, whatever the starting order, so chunks starting elsewhere agree.
            for (int a = 1; a < m; a++) {
                int key = order[a];
                double keyScore = score[key];
                int b = a - 1;
                while (b >= 0 && (keyScore > score[order[b]] || keyScore == score[order[b]] && key < order[b])) {
                    order[b + 1] = order[b];
                    b--;
                }
                order[b + 1] = key;
            }
            for (int r = 0; r < m; r++) {
                counts[order[r] * m + r]++;
            }
        }
        return counts;
    }
}
