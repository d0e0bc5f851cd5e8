package io.otp.scoring.mcda;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TOPSIS closeness {@code C_i = D-_i / (D+_i + D-_i)} to the ideal and anti-ideal alternatives after
 * vector normalisation and weighting (Hwang and Yoon; DOMAIN.md section 5).
 *
 * <p>Analysis in {@code double}, not a legal score. Cost criteria are handled by the choice of ideal
 * (the lowest weighted value) rather than by inverting the values, so no inversion step is involved.
 * Raw values are expected to be 0 or more; an all-zero column contributes nothing. When an alternative
 * is at distance 0 from both the ideal and the anti-ideal (every column constant), its closeness is 1:
 * it is the ideal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Topsis {

    private Topsis() {
    }

    /**
     * Computes each alternative's closeness.
     *
     * @param <A> the type of the alternative ids
     * @param <C> the type of the criterion ids
     * @param matrix the matrix; not null
     * @return the closeness in [0, 1] per alternative, highest first (equal values in the
     *     alternatives' natural order), unmodifiable, not null
     */
    public static <A extends Comparable<? super A>, C> Map<A, Double> closeness(DecisionMatrix<A, C> matrix) {
        Objects.requireNonNull(matrix, "matrix");
        List<A> alternatives = matrix.alternatives();
        List<Criterion<C>> criteria = matrix.criteria();
        Map<C, java.math.BigDecimal> weights = matrix.normalisedWeights();
        int m = alternatives.size();
        int n = criteria.size();
        double[][] v = new double[m][n];
        for (int j = 0; j < n; j++) {
            double[] column = new double[m];
            double squares = 0;
            for (int i = 0; i < m; i++) {
                column[i] = matrix.value(alternatives.get(i), criteria.get(j).id()).doubleValue();
                squares += column[i] * column[i];
            }
            double norm = Math.sqrt(squares);
            double w = weights.get(criteria.get(j).id()).doubleValue();
            for (int i = 0; i < m; i++) {
                v[i][j] = norm == 0 ? 0 : w * column[i] / norm;
            }
        }
        double[] ideal = new double[n];
        double[] anti = new double[n];
        for (int j = 0; j < n; j++) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                max = Math.max(max, v[i][j]);
                min = Math.min(min, v[i][j]);
            }
            boolean cost = criteria.get(j).orientation() == Orientation.COST;
            ideal[j] = cost ? min : max;
            anti[j] = cost ? max : min;
        }
        List<Map.Entry<A, Double>> entries = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            double plus = 0;
            double minus = 0;
            for (int j = 0; j < n; j++) {
                plus += (v[i][j] - ideal[j]) * (v[i][j] - ideal[j]);
                minus += (v[i][j] - anti[j]) * (v[i][j] - anti[j]);
            }
            plus = Math.sqrt(plus);
            minus = Math.sqrt(minus);
            double c = plus + minus == 0 ? 1.0 : minus / (plus + minus);
            entries.add(Map.entry(alternatives.get(i), c));
        }
        entries.sort(Comparator.comparing((Map.Entry<A, Double> e) -> e.getValue()).reversed()
            .thenComparing(Map.Entry::getKey));
        Map<A, Double> result = new LinkedHashMap<>();
        entries.forEach(e -> result.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(result);
    }
}
