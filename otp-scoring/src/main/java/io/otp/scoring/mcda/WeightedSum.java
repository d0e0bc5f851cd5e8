package io.otp.scoring.mcda;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The weighted sum {@code S_i = sum over j of w_j * r_ij} (DOMAIN.md section 5), exact in
 * {@code BigDecimal}, explaining each criterion's contribution.
 *
 * <p>Order of the steps, per criterion: (1) a cost criterion's raw values are inverted with the
 * {@link Inversion} chosen; benefit criteria are left as they are; (2) the column is scaled to [0, 1]
 * with the {@link Normalisation} chosen; (3) the normalised value is multiplied by the weight
 * normalised to a total of exactly 1. Inverting first is deliberate: inverting after normalising is a
 * known bug (DOMAIN.md section 5). Divisions and products are rounded with {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT};
 * the total is the exact sum of the contributions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeightedSum {

    private final Normalisation normalisation;
    private final Inversion inversion;

    private WeightedSum(Normalisation normalisation, Inversion inversion) {
        this.normalisation = normalisation;
        this.inversion = inversion;
    }

    /**
     * Obtains a weighted sum.
     *
     * @param normalisation how each column is scaled to [0, 1]; not null
     * @param inversion how cost criteria are inverted before scaling; not null
     * @return the weighted sum, not null
     * @throws NullPointerException if an argument is null
     */
    public static WeightedSum of(Normalisation normalisation, Inversion inversion) {
        return new WeightedSum(Objects.requireNonNull(normalisation, "normalisation"),
            Objects.requireNonNull(inversion, "inversion"));
    }

    /**
     * Evaluates a decision matrix.
     *
     * @param <A> the type of the alternative ids
     * @param <C> the type of the criterion ids
     * @param matrix the matrix; not null
     * @return each alternative's score, best first, not null
     * @throws ValidationException if a value does not suit the steps chosen: a cost value of 0 or less
     *     for {@link Inversion#RECIPROCAL}, a negative (oriented) value for {@link Normalisation#MAX} or
     *     {@link Normalisation#VECTOR} (rule OTP-MCDA-VALUE)
     */
    public <A extends Comparable<? super A>, C> WeightedSumResult<A, C> evaluate(DecisionMatrix<A, C> matrix) {
        Objects.requireNonNull(matrix, "matrix");
        List<A> alternatives = matrix.alternatives();
        List<Criterion<C>> criteria = matrix.criteria();
        Map<C, BigDecimal> weights = matrix.normalisedWeights();
        int m = alternatives.size();
        int n = criteria.size();
        BigDecimal[][] raw = new BigDecimal[n][];
        BigDecimal[][] oriented = new BigDecimal[n][];
        BigDecimal[][] normalised = new BigDecimal[n][];
        List<Violation> violations = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            Criterion<C> c = criteria.get(j);
            raw[j] = matrix.column(j);
            boolean cost = c.orientation() == Orientation.COST;
            boolean invertible = true;
            for (int i = 0; i < m; i++) {
                if (cost && inversion == Inversion.RECIPROCAL && raw[j][i].signum() <= 0) {
                    invertible = false;
                    violations.add(Violation.of(path(alternatives.get(i), c.id()), "OTP-MCDA-VALUE",
                        "io.otp.scoring.mcda.value.notPositive", "alternative", alternatives.get(i),
                        "criterion", c.id(), "value", raw[j][i].toPlainString()));
                }
            }
            if (!invertible) {
                continue;
            }
            oriented[j] = cost ? inversion.apply(raw[j]) : raw[j];
            for (int i = 0; i < m; i++) {
                if (normalisation.needsNonNegative() && oriented[j][i].signum() < 0) {
                    violations.add(Violation.of(path(alternatives.get(i), c.id()), "OTP-MCDA-VALUE",
                        "io.otp.scoring.mcda.value.negative", "alternative", alternatives.get(i),
                        "criterion", c.id(), "value", raw[j][i].toPlainString(), "normalisation", normalisation));
                }
            }
            normalised[j] = normalisation.apply(oriented[j]);
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        List<AlternativeScore<A, C>> unranked = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            Map<C, Contribution> contributions = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int j = 0; j < n; j++) {
                C id = criteria.get(j).id();
                BigDecimal w = weights.get(id);
                BigDecimal value = w.multiply(normalised[j][i], DecimalPolicy.MATH_CONTEXT);
                contributions.put(id, new Contribution(raw[j][i], oriented[j][i], normalised[j][i], w, value));
                total = total.add(value);
            }
            unranked.add(new AlternativeScore<>(alternatives.get(i), 0, total,
                Collections.unmodifiableMap(contributions)));
        }
        unranked.sort(Comparator.comparing((AlternativeScore<A, C> s) -> s.total()).reversed()
            .thenComparing(AlternativeScore::alternative));
        List<AlternativeScore<A, C>> ranking = new ArrayList<>();
        Map<A, AlternativeScore<A, C>> byAlternative = new LinkedHashMap<>();
        int rank = 0;
        for (int i = 0; i < unranked.size(); i++) {
            AlternativeScore<A, C> s = unranked.get(i);
            if (i == 0 || s.total().compareTo(unranked.get(i - 1).total()) != 0) {
                rank = i + 1;
            }
            AlternativeScore<A, C> ranked = new AlternativeScore<>(s.alternative(), rank, s.total(), s.contributions());
            ranking.add(ranked);
            byAlternative.put(s.alternative(), ranked);
        }
        return new WeightedSumResult<>(normalisation, inversion, List.copyOf(ranking),
            Collections.unmodifiableMap(byAlternative));
    }

    private static String path(Object alternative, Object criterion) {
        return "values[" + alternative + "][" + criterion + "]";
    }

    @Override
    public String toString() {
        return "WeightedSum[" + normalisation + ", " + inversion + "]";
    }
}
