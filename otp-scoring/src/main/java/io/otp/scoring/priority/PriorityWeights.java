package io.otp.scoring.priority;

import io.otp.core.ValidationException;
import io.otp.scoring.mcda.Ahp;
import io.otp.scoring.mcda.AhpResult;
import io.otp.scoring.mcda.Weights;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The weights of the criteria a set of needs is prioritised by, and how they were obtained: from an
 * AHP pairwise comparison matrix ({@link #ahp(List, double[][])}) or from an order of the criteria
 * ({@link #rankOrder(List)}).
 *
 * <p>An AHP matrix whose consistency ratio is above {@value Ahp#ACCEPTABLE_CONSISTENCY_RATIO}
 * (Saaty) still gives weights, but {@link #judgementToRevise()} names the judgement that departs most
 * from the derived weights, the first one the decision makers should reconsider. With one or two
 * criteria Saaty's random index is 0 and the matrix is consistent by construction: the ratio is then
 * 0 and is never computed by dividing by the index.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriorityWeights {

    private final WeightingMethod method;
    private final List<PriorityCriterion> criteria;
    private final Map<PriorityCriterion, BigDecimal> weights;
    private final AhpResult<PriorityCriterion> ahp;
    private final Judgement judgementToRevise;

    private PriorityWeights(WeightingMethod method, List<PriorityCriterion> criteria,
            Map<PriorityCriterion, BigDecimal> weights, AhpResult<PriorityCriterion> ahp,
            Judgement judgementToRevise) {
        this.method = method;
        this.criteria = criteria;
        this.weights = weights;
        this.ahp = ahp;
        this.judgementToRevise = judgementToRevise;
    }

    /**
     * Rank-order centroid weights: the k-th of n criteria weighs {@code (1/n) * sum(1/i, i = k..n)}
     * (Barron and Barrett, 1996), for departments that can order the criteria but not weigh them.
     *
     * @param order the criteria, most important first; not null, not empty, no duplicates
     * @return the weights, adding up to exactly 1; not null
     * @throws ValidationException if the order is empty or lists a criterion twice
     * @throws NullPointerException if {@code order} or one of its elements is null
     */
    public static PriorityWeights rankOrder(List<PriorityCriterion> order) {
        Objects.requireNonNull(order, "order");
        Map<PriorityCriterion, BigDecimal> w = Weights.rankOrderCentroid(order);
        return new PriorityWeights(WeightingMethod.RANK_ORDER_CENTROID, List.copyOf(order), w, null, null);
    }

    /**
     * AHP weights: the principal eigenvector of the pairwise comparison matrix, with its consistency
     * ratio (Saaty), computed by {@link Ahp#analyse(List, double[][])}.
     *
     * @param criteria the criteria in the order of the matrix's rows; not null, 1 to 6, no duplicates
     * @param pairwise {@code pairwise[i][j]} says how much more important criterion i is than j
     *     (Saaty's scale 1/9 to 9); not null, square, reciprocal, 1 on the diagonal
     * @return the weights, adding up to exactly 1, with the consistency ratio; not null
     * @throws ValidationException listing every problem of the matrix (rule {@code OTP-MCDA-AHP})
     * @throws NullPointerException if an argument is null
     */
    public static PriorityWeights ahp(List<PriorityCriterion> criteria, double[][] pairwise) {
        AhpResult<PriorityCriterion> result = Ahp.analyse(criteria, pairwise);
        Judgement worst = null;
        if (!result.isConsistent()) {
            Map<PriorityCriterion, Double> w = result.weights();
            for (int i = 0; i < criteria.size(); i++) {
                for (int j = i + 1; j < criteria.size(); j++) {
                    Judgement candidate = new Judgement(criteria.get(i), criteria.get(j), pairwise[i][j],
                        w.get(criteria.get(i)) / w.get(criteria.get(j)));
                    if (worst == null || candidate.deviation() > worst.deviation()) {
                        worst = candidate;
                    }
                }
            }
        }
        return new PriorityWeights(WeightingMethod.AHP, List.copyOf(criteria), result.exactWeights(), result,
            worst);
    }

    /**
     * How the weights were obtained.
     *
     * @return the method, not null
     */
    public WeightingMethod method() {
        return method;
    }

    /**
     * The criteria, in the order given (the order of importance for rank-order weights).
     *
     * @return an unmodifiable list, not empty, not null
     */
    public List<PriorityCriterion> criteria() {
        return criteria;
    }

    /**
     * The weight of each criterion.
     *
     * @return an unmodifiable map in the order of {@link #criteria()}, weights at least 0 adding up to
     *     exactly 1; not null
     */
    public Map<PriorityCriterion, BigDecimal> weights() {
        return weights;
    }

    /**
     * The AHP analysis behind the weights: eigenvalue, consistency index and ratio.
     *
     * @return the analysis, present exactly when the method is {@link WeightingMethod#AHP}; not null
     */
    public Optional<AhpResult<PriorityCriterion>> ahpResult() {
        return Optional.ofNullable(ahp);
    }

    /**
     * The consistency ratio CR = CI / RI(n) of the AHP matrix; 0 for one or two criteria.
     *
     * @return the ratio, present exactly when the method is {@link WeightingMethod#AHP}; not null
     */
    public OptionalDouble consistencyRatio() {
        return ahp == null ? OptionalDouble.empty() : OptionalDouble.of(ahp.consistencyRatio());
    }

    /**
     * Whether the weights can be used without revising judgements: always for rank-order weights, and
     * for AHP when CR is at most {@value Ahp#ACCEPTABLE_CONSISTENCY_RATIO}.
     *
     * @return true when consistent
     */
    public boolean isConsistent() {
        return ahp == null || ahp.isConsistent();
    }

    /**
     * The judgement of an inconsistent AHP matrix that departs most from the derived weights, by
     * {@link Judgement#deviation()}: the one to revise first.
     *
     * @return the judgement, present exactly when {@link #isConsistent()} is false; not null
     */
    public Optional<Judgement> judgementToRevise() {
        return Optional.ofNullable(judgementToRevise);
    }

    @Override
    public String toString() {
        return method + " " + weights + (ahp == null ? "" : ", CR=" + ahp.consistencyRatio())
            + (judgementToRevise == null ? "" : ", revise " + judgementToRevise);
    }
}
