package io.otp.scoring.internal.formula;

import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaParameter;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code linear-bounds}: for quantities other than price (warranty years, delivery days),
 * points = M · (x − worst) / (best − worst), clamped to [0, M], with {@code worst} and {@code best}
 * parameters set in the pliego.
 *
 * <p>It works in both directions: {@code best} &gt; {@code worst} means more is better (warranty
 * years: worst 2, best 5), {@code best} &lt; {@code worst} less is better (delivery days: worst 30,
 * best 10). The direction comes from the bounds; the input's {@link io.otp.core.tender.Direction} is
 * not used, because a criterion's declared direction follows its type. A value at or beyond
 * {@code best} scores M, at or beyond {@code worst} 0: the pliego fixes both, so the points of one
 * bid never depend on the others (one bid, all equal: each scores by its own value). {@code best}
 * equal to {@code worst} is refused: the formula would divide by zero.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LinearBounds extends BaseFormula {

    /** Creates the formula; for {@link java.util.ServiceLoader}. */
    public LinearBounds() {
        super("linear-bounds",
            FormulaParameter.builder().name("worst").meaning("value that scores 0 (and any value worse than it)").build(),
            FormulaParameter.builder().name("best").meaning("value that scores the maximum (and any value better than it)").build());
    }

    @Override
    void checkParameters(FormulaInput input, Map<String, BigDecimal> parameters, List<Violation> violations) {
        if (parameters.get("best").compareTo(parameters.get("worst")) == 0) {
            violations.add(violation("parameters.best", "OTP-FORMULA-PARAMETER",
                "io.otp.scoring.formula.parameter.boundsEqual", "formula", id(),
                "value", n(parameters.get("best"))));
        }
    }

    @Override
    void checkValues(FormulaInput input, List<Violation> violations) {
        // Any quantity is accepted: values beyond the bounds are clamped.
    }

    @Override
    void compute(FormulaInput input, Map<String, BigDecimal> parameters, SortedMap<BidId, FormulaScore> scores) {
        BigDecimal max = input.maxPoints().value();
        BigDecimal worst = parameters.get("worst");
        BigDecimal best = parameters.get("best");
        input.values().forEach((bid, value) -> scores.put(bid, score(input,
            max.multiply(value.subtract(worst)).divide(best.subtract(worst), input.mathContext()),
            inputs("value", value, "worst", worst, "best", best),
            n(max) + " × (" + n(value) + " − " + n(worst) + ") / (" + n(best) + " − " + n(worst)
                + "), within [0, " + n(max) + "]")));
    }
}
