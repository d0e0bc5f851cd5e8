package io.otp.scoring.mcda;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Raw values of alternatives on criteria, with the criteria's weights and orientation: the input of
 * {@link WeightedSum} and {@link Topsis}.
 *
 * <p>Alternatives are kept in their natural order (so the order in which they were given changes
 * nothing); criteria in the order declared.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <A> the type of the alternative ids (a department's need, a bid, ...)
 * @param <C> the type of the criterion ids
 */
public final class DecisionMatrix<A extends Comparable<? super A>, C> {

    private final List<A> alternatives;
    private final List<Criterion<C>> criteria;
    private final Map<C, Integer> criterionIndex;
    private final Map<A, BigDecimal[]> values;

    private DecisionMatrix(List<A> alternatives, List<Criterion<C>> criteria, Map<C, Integer> criterionIndex,
            Map<A, BigDecimal[]> values) {
        this.alternatives = alternatives;
        this.criteria = criteria;
        this.criterionIndex = criterionIndex;
        this.values = values;
    }

    /**
     * Starts a builder.
     *
     * @param <A> the type of the alternative ids
     * @param <C> the type of the criterion ids
     * @return a new builder, not null
     */
    public static <A extends Comparable<? super A>, C> Builder<A, C> builder() {
        return new Builder<>();
    }

    /**
     * Returns the alternatives in their natural order.
     *
     * @return the alternatives, unmodifiable, not null
     */
    public List<A> alternatives() {
        return alternatives;
    }

    /**
     * Returns the criteria in the order declared.
     *
     * @return the criteria, unmodifiable, not null
     */
    public List<Criterion<C>> criteria() {
        return criteria;
    }

    /**
     * Returns the raw value of an alternative on a criterion.
     *
     * @param alternative the alternative; not null
     * @param criterion the criterion id; not null
     * @return the raw value, not null
     * @throws IllegalArgumentException if the alternative or criterion is not in the matrix
     */
    public BigDecimal value(A alternative, C criterion) {
        BigDecimal[] row = values.get(alternative);
        Integer j = criterionIndex.get(criterion);
        if (row == null || j == null) {
            throw new IllegalArgumentException("not in the matrix: " + alternative + ", " + criterion);
        }
        return row[j];
    }

    /**
     * Returns the criteria's weights normalised to a total of exactly 1 (see {@link Weights#normalise}).
     *
     * @return the normalised weights in criteria order, unmodifiable, not null
     */
    public Map<C, BigDecimal> normalisedWeights() {
        Map<C, BigDecimal> declared = new LinkedHashMap<>();
        criteria.forEach(c -> declared.put(c.id(), c.weight()));
        return Weights.normalise(declared);
    }

    BigDecimal[] column(int j) {
        BigDecimal[] column = new BigDecimal[alternatives.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = values.get(alternatives.get(i))[j];
        }
        return column;
    }

    /**
     * Builds a {@link DecisionMatrix}. Not thread-safe.
     *
     * @param <A> the type of the alternative ids
     * @param <C> the type of the criterion ids
     */
    public static final class Builder<A extends Comparable<? super A>, C> {

        private final List<Criterion<C>> criteria = new ArrayList<>();
        private final Map<A, Map<C, BigDecimal>> values = new TreeMap<>();

        Builder() {
        }

        /**
         * Declares a criterion.
         *
         * @param criterion the criterion; not null
         * @return this builder, not null
         */
        public Builder<A, C> criterion(Criterion<C> criterion) {
            criteria.add(Objects.requireNonNull(criterion, "criterion"));
            return this;
        }

        /**
         * Sets the raw value of an alternative on a criterion; naming an alternative adds it.
         *
         * @param alternative the alternative; not null
         * @param criterion the criterion id; not null
         * @param value the raw value; not null
         * @return this builder, not null
         */
        public Builder<A, C> value(A alternative, C criterion, BigDecimal value) {
            Objects.requireNonNull(alternative, "alternative");
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(value, "value");
            values.computeIfAbsent(alternative, a -> new LinkedHashMap<>()).put(criterion, value);
            return this;
        }

        /**
         * Builds the matrix after checking it.
         *
         * @return the matrix, not null
         * @throws ValidationException listing every problem: no alternative or criterion, a criterion
         *     declared twice, a negative weight, weights not totalling above 0, a missing value, a value
         *     for an undeclared criterion
         */
        public DecisionMatrix<A, C> build() {
            List<Violation> violations = new ArrayList<>();
            if (values.isEmpty() || criteria.isEmpty()) {
                violations.add(Violation.of("", "OTP-MCDA-MATRIX", "io.otp.scoring.mcda.matrix.empty",
                    "alternatives", values.size(), "criteria", criteria.size()));
            }
            Map<C, Integer> index = new LinkedHashMap<>();
            Map<C, BigDecimal> weights = new LinkedHashMap<>();
            for (int j = 0; j < criteria.size(); j++) {
                Criterion<C> c = criteria.get(j);
                if (index.putIfAbsent(c.id(), j) != null) {
                    violations.add(Violation.of("criteria[" + j + "]", "OTP-MCDA-MATRIX",
                        "io.otp.scoring.mcda.criterion.duplicate", "criterion", c.id()));
                } else {
                    weights.put(c.id(), c.weight());
                }
            }
            if (!criteria.isEmpty()) {
                violations.addAll(Weights.check(weights, "weights"));
            }
            Map<A, BigDecimal[]> rows = new LinkedHashMap<>();
            for (Map.Entry<A, Map<C, BigDecimal>> e : values.entrySet()) {
                BigDecimal[] row = new BigDecimal[criteria.size()];
                for (Map.Entry<C, BigDecimal> cell : e.getValue().entrySet()) {
                    Integer j = index.get(cell.getKey());
                    if (j == null) {
                        violations.add(Violation.of("values[" + e.getKey() + "][" + cell.getKey() + "]",
                            "OTP-MCDA-MATRIX", "io.otp.scoring.mcda.value.unknownCriterion",
                            "alternative", e.getKey(), "criterion", cell.getKey()));
                    } else {
                        row[j] = cell.getValue();
                    }
                }
                for (Map.Entry<C, Integer> c : index.entrySet()) {
                    if (row[c.getValue()] == null) {
                        violations.add(Violation.of("values[" + e.getKey() + "][" + c.getKey() + "]",
                            "OTP-MCDA-MATRIX", "io.otp.scoring.mcda.value.missing",
                            "alternative", e.getKey(), "criterion", c.getKey()));
                    }
                }
                rows.put(e.getKey(), row);
            }
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            return new DecisionMatrix<>(List.copyOf(values.keySet()), List.copyOf(criteria),
                Collections.unmodifiableMap(index), Collections.unmodifiableMap(rows));
        }
    }
}
