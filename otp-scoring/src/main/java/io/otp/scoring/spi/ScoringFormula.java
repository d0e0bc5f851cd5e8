package io.otp.scoring.spi;

import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import java.util.List;
import java.util.SortedMap;

/**
 * A formula that turns the values offered for one criterion evaluated by formula (LCSP art. 146.1)
 * into points: price formulas such as {@code inverse-proportional} or {@code linear-discount}, and
 * formulas for other quantities such as {@code linear-bounds}.
 *
 * <p>A formula scores all competing values of the criterion at once, because formulas relative to
 * the lowest offer or to the highest discount need the whole set. It returns unrounded points; the
 * lot's {@code io.otp.scoring.formula.RoundingPolicy} rounds them once, where the pliego says.
 *
 * <p>Implementations must respect the doctrine of the appeals tribunals: the formula is applied
 * without discretion, the best value never scores fewer points than a worse one, no value is
 * rewarded for being close to the mean, and points are never negative nor above the criterion's
 * maximum. They must not divide by zero: degenerate inputs (one bid, all values equal, nobody
 * discounts) are handled explicitly and documented. Bad input is reported as a
 * {@link ValidationException} listing every problem, never as an {@link ArithmeticException}.
 *
 * <p>Implementations are registered with {@link java.util.ServiceLoader} (in {@code module-info.java}
 * with {@code provides} and in {@code META-INF/services}) or explicitly with
 * {@code io.otp.scoring.formula.Formulas#register}. They must be immutable and thread-safe.
 */
public interface ScoringFormula {

    /**
     * The stable id a pliego's {@link io.otp.core.tender.FormulaReference} names, e.g.
     * {@code inverse-proportional}: lowercase words joined by hyphens.
     *
     * @return the id, not null
     */
    String id();

    /**
     * A name for people and logs.
     *
     * @return the name; by default the simple class name; not null
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * The typed parameters the formula takes, in the order they are explained.
     *
     * @return an unmodifiable list, empty when the formula takes none; not null
     */
    List<FormulaParameter> parameters();

    /**
     * Scores every value of the input.
     *
     * @param input the criterion's maximum, direction, parameters, budget and values; not null
     * @return each bid's unrounded points with their explanation, sorted by bid; one entry per value
     *     given; not null
     * @throws ValidationException listing every problem (unknown or out-of-range parameter, missing
     *     or invalid value, missing budget...), each with its path such as {@code parameters.exponent}
     *     or {@code values[B3]}
     */
    SortedMap<BidId, FormulaScore> score(FormulaInput input);
}
