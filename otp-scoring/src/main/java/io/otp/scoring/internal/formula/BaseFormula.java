package io.otp.scoring.internal.formula;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaParameter;
import io.otp.scoring.spi.FormulaScore;
import io.otp.scoring.spi.ScoringFormula;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Common frame of the built-in formulas: checks the parameters and the values, reports every problem
 * at once, then computes; every result is kept within [0, M] as the last step, so that a rounding of
 * the {@link java.math.MathContext} can never push a value outside.
 */
abstract class BaseFormula implements ScoringFormula {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String id;
    private final List<FormulaParameter> parameters;

    BaseFormula(String id, FormulaParameter... parameters) {
        this.id = id;
        this.parameters = List.of(parameters);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<FormulaParameter> parameters() {
        return parameters;
    }

    @Override
    public final SortedMap<BidId, FormulaScore> score(FormulaInput input) {
        Objects.requireNonNull(input, "input");
        List<Violation> violations = new ArrayList<>(
            FormulaParameter.violations(id, parameters, input.parameters()));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (violations.isEmpty()) {
            for (FormulaParameter p : parameters) {
                values.put(p.name(), p.valueIn(input.parameters()));
            }
            checkParameters(input, values, violations);
        }
        checkValues(input, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        SortedMap<BidId, FormulaScore> scores = new TreeMap<>();
        if (!input.values().isEmpty()) {
            compute(input, values, scores);
        }
        return Collections.unmodifiableSortedMap(scores);
    }

    /** Adds the problems of the parameters' values taken together or against the input; all in range. */
    void checkParameters(FormulaInput input, Map<String, BigDecimal> parameters, List<Violation> violations) {
    }

    /** Adds the problems of the input's values, budget and direction. */
    abstract void checkValues(FormulaInput input, List<Violation> violations);

    /** Scores every value of a valid, non-empty input. */
    abstract void compute(FormulaInput input, Map<String, BigDecimal> parameters,
        SortedMap<BidId, FormulaScore> scores);

    /** Builds a score kept within [0, M]. */
    static FormulaScore score(FormulaInput input, BigDecimal points, Map<String, BigDecimal> inputs, String text) {
        BigDecimal max = input.maxPoints().value();
        BigDecimal kept = points.signum() < 0 ? BigDecimal.ZERO : points.min(max);
        return FormulaScore.builder().points(kept).putAllInputs(inputs).formula(text).build();
    }

    static String n(BigDecimal value) {
        return value.toPlainString();
    }

    static Map<String, BigDecimal> inputs(Object... namesAndValues) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], (BigDecimal) namesAndValues[i + 1]);
        }
        return map;
    }

    static FormulaParameter percentParameter(String name, String meaning) {
        return FormulaParameter.builder().name(name).meaning(meaning)
            .minimum(BigDecimal.ZERO).minimumInclusive(false)
            .maximum(HUNDRED).maximumInclusive(false).build();
    }

    static Violation violation(String path, String rule, String key, Object... args) {
        return Violation.of(path, rule, key, args);
    }
}
