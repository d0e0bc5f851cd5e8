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

/**
 * Rank acceptability (SMAA-style; DOMAIN.md section 5): a seeded Monte Carlo over the weights, each
 * sampled uniformly within plus or minus X % of its declared value and the vector rescaled to the
 * declared total, counting how often each bid takes each rank.
 *
 * <p>Analysis in {@code double} on primitive arrays (no boxing in the inner loop). The generator is
 * {@code java.util.SplittableRandom(seed)}, drawing one {@code nextDouble()} per criterion per sample
 * in criteria order, so the same matrix, perturbation, samples and seed give identical counts on every
 * run and JVM. A bid's total in a sample is {@code sum of points_j * w_j / declared_j}, so with a 0 %
 * perturbation every factor is exactly 1 and the totals are the declared ones. Ranks break ties by bid id, as {@link PointsMatrix#ranking()} does. Each sample's order
 * is sorted by insertion starting from the previous sample's order, which is nearly sorted when the
 * perturbation is small.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankAcceptability {

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
        double[] factor = new double[n];
        double[] declared = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            declared[j] = matrix.weights().get(matrix.criteria().get(j)).doubleValue();
            total += declared[j];
        }
        double x = perturbationPercent.doubleValue() / 100.0;
        int[] order = new int[m];
        List<BidId> ranking = matrix.ranking();
        for (int r = 0; r < m; r++) {
            order[r] = bids.indexOf(ranking.get(r));
        }
        int[] counts = new int[m * m];
        double[] w = new double[n];
        double[] score = new double[m];
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < samples; s++) {
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
        Map<BidId, int[]> byBid = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            byBid.put(bids.get(i), java.util.Arrays.copyOfRange(counts, i * m, (i + 1) * m));
        }
        return new RankAcceptabilityResult(seed, samples, perturbationPercent.doubleValue(), bids,
            Collections.unmodifiableMap(byBid));
    }
}
