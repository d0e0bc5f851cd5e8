package io.otp.scoring.mcda;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Analytic Hierarchy Process weights from a reciprocal pairwise comparison matrix (Saaty; DOMAIN.md
 * section 5).
 *
 * <p>The weights are the principal eigenvector of the matrix, found by power iteration in
 * {@code double} (this is analysis, not a legal score): start from the uniform vector, multiply by the
 * matrix and rescale to total 1 until no component moves by more than {@link #TOLERANCE}, at most
 * {@link #MAX_ITERATIONS} times (a positive matrix has a simple dominant eigenvalue, so it converges).
 * Then {@code lambda max} is the mean of {@code (A w)_i / w_i}, {@code CI = (lambda max - n)/(n - 1)}
 * and {@code CR = CI / RI(n)} with Saaty's random index; for n of 2 or less the matrix is always
 * consistent and CI = CR = 0. Judgments are acceptable when {@code CR <= 0.10}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ahp {

    /** Saaty's threshold: CR at most 0.10 is acceptable. */
    public static final double ACCEPTABLE_CONSISTENCY_RATIO = 0.10;

    /** Power iteration stops when no weight moves by more than this. */
    public static final double TOLERANCE = 1e-12;

    /** Power iteration stops after this many steps at the latest. */
    public static final int MAX_ITERATIONS = 10_000;

    private static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

    /** Relative tolerance of the reciprocity check {@code a[j][i] * a[i][j] = 1}. */
    private static final double RECIPROCITY = 1e-6;

    private Ahp() {
    }

    /**
     * Returns Saaty's random index RI(n) (DOMAIN.md section 5).
     *
     * @param n the number of criteria, 1 to 10
     * @return RI(n); 0 for n of 1 and 2
     * @throws IllegalArgumentException if n is outside 1 to 10
     */
    public static double randomIndex(int n) {
        if (n < 1 || n >= RANDOM_INDEX.length) {
            throw new IllegalArgumentException("Saaty's random index is tabulated for 1 to 10 criteria, got " + n);
        }
        return RANDOM_INDEX[n];
    }

    /**
     * Computes AHP weights and consistency.
     *
     * @param <C> the type of the criterion ids
     * @param criteria the criteria in the order of the matrix's rows; not null, 1 to 10, no duplicates
     * @param matrix the pairwise comparisons: {@code matrix[i][j]} says how much more important
     *     criterion i is than j; not null, square of the criteria's size, entries finite and above 0,
     *     1 on the diagonal, {@code matrix[j][i] = 1 / matrix[i][j]} (relative tolerance 1e-6)
     * @return the weights and consistency, not null
     * @throws ValidationException listing every problem of size and entries (rule OTP-MCDA-AHP)
     */
    public static <C> AhpResult<C> analyse(List<C> criteria, double[][] matrix) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(matrix, "matrix");
        int n = criteria.size();
        List<Violation> violations = new ArrayList<>();
        boolean square = matrix.length == n;
        for (double[] row : matrix) {
            square &= row != null && row.length == n;
        }
        if (!square || n < 1 || n >= RANDOM_INDEX.length) {
            violations.add(Violation.of("matrix", "OTP-MCDA-AHP", "io.otp.scoring.mcda.ahp.size",
                "size", matrix.length, "criteria", n));
            throw new ValidationException(violations);
        }
        if (new HashSet<>(criteria).size() != n) {
            violations.add(Violation.of("criteria", "OTP-MCDA-AHP", "io.otp.scoring.mcda.ahp.duplicate"));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = matrix[i][j];
                boolean ok = Double.isFinite(a) && a > 0
                    && (i != j || a == 1.0)
                    && Double.isFinite(matrix[j][i]) && Math.abs(a * matrix[j][i] - 1.0) <= RECIPROCITY;
                if (!ok) {
                    violations.add(Violation.of("matrix[" + i + "][" + j + "]", "OTP-MCDA-AHP",
                        "io.otp.scoring.mcda.ahp.entry", "row", i, "column", j, "value", a));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double[] next = new double[n];
        int iterations = 0;
        boolean converged = false;
        while (!converged && iterations < MAX_ITERATIONS) {
            iterations++;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += matrix[i][j] * w[j];
                }
                next[i] = s;
                sum += s;
            }
            converged = true;
            for (int i = 0; i < n; i++) {
                double v = next[i] / sum;
                converged &= Math.abs(v - w[i]) <= TOLERANCE;
                w[i] = v;
            }
        }
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += matrix[i][j] * w[j];
            }
            lambda += s / w[i];
        }
        lambda /= n;
        double ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
        double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n];
        Map<C, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            weights.put(criteria.get(i), w[i]);
        }
        return new AhpResult<>(Collections.unmodifiableMap(weights), lambda, ci, cr, iterations);
    }
}
