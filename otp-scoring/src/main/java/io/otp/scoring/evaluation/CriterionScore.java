package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.CriterionId;
import io.otp.core.money.Points;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.scoring.committee.EvaluatorScore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The points of one bid on one leaf criterion with how they were obtained: for a formula criterion
 * the formula, its parameters, the inputs used (offer, lowest offer, budget…) and the formula with
 * the numbers substituted; for a value-judgment criterion each evaluator's points and written
 * justification and how they were aggregated. Both give the points before and after rounding.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterionScore.class)
@JsonDeserialize(as = ImmutableCriterionScore.class)
public abstract class CriterionScore {

    CriterionScore() {
    }

    static ImmutableCriterionScore.Builder builder() {
        return ImmutableCriterionScore.builder();
    }

    /**
     * The criterion.
     *
     * @return the criterion id, not null
     */
    public abstract CriterionId criterion();

    /**
     * The criterion's name as the pliego gives it.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * How the criterion is evaluated.
     *
     * @return the method, not null
     */
    public abstract EvaluationMethod method();

    /**
     * The criterion's maximum points.
     *
     * @return the maximum, not null
     */
    public abstract Points maxPoints();

    /**
     * The formula and its parameters, for a formula criterion.
     *
     * @return the formula; empty for a value-judgment criterion
     */
    public abstract Optional<FormulaReference> formula();

    /**
     * The inputs used by the formula, by name, e.g. {@code offer}, {@code lowestOffer}, {@code budget}.
     *
     * @return an unmodifiable map sorted by name; empty for a value-judgment criterion; not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, BigDecimal> inputs();

    /**
     * The evaluators' scores with their justifications, for a value-judgment criterion.
     *
     * @return an unmodifiable list sorted by evaluator; empty for a formula criterion; not null
     */
    public abstract List<EvaluatorScore> evaluatorScores();

    /**
     * How the points were obtained, on one line: the formula with the numbers substituted, e.g.
     * {@code 30 × 100000.00 / 120000.00}, or the aggregation, e.g. {@code MEAN of 8.00, 9.00, 10.00}.
     *
     * @return the explanation, not null
     */
    public abstract String explanation();

    /**
     * The points before rounding, computed with {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
     *
     * @return the points, from zero to the maximum; not null
     */
    public abstract BigDecimal unrounded();

    /**
     * The points that count: rounded by the lot's policy when it rounds each criterion, the unrounded
     * points when it rounds only totals.
     *
     * @return the points, from zero to the maximum; not null
     */
    public abstract BigDecimal points();
}
