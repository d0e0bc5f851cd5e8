package io.otp.scoring.mcda;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of {@link Ahp#analyse}: weights (principal eigenvector), lambda max, consistency index
 * and ratio. Analysis values in {@code double}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <C> the type of the criterion ids
 */
public final class AhpResult<C> {

    private final Map<C, Double> weights;
    private final double lambdaMax;
    private final double consistencyIndex;
    private final double consistencyRatio;
    private final int iterations;

    AhpResult(Map<C, Double> weights, double lambdaMax, double consistencyIndex, double consistencyRatio,
            int iterations) {
        this.weights = weights;
        this.lambdaMax = lambdaMax;
        this.consistencyIndex = consistencyIndex;
        this.consistencyRatio = consistencyRatio;
        this.iterations = iterations;
    }

    /**
     * Returns the weights (the principal eigenvector scaled to total 1), in criteria order.
     *
     * @return the weights, unmodifiable, not null
     */
    public Map<C, Double> weights() {
        return weights;
    }

    /**
     * Returns the weights as {@code BigDecimal} normalised to exactly 1 (see {@link Weights#normalise}),
     * ready for a {@link DecisionMatrix}.
     *
     * @return the weights in criteria order, unmodifiable, not null
     */
    public Map<C, BigDecimal> exactWeights() {
        Map<C, BigDecimal> w = new LinkedHashMap<>();
        weights.forEach((c, v) -> w.put(c, BigDecimal.valueOf(v)));
        return Weights.normalise(w);
    }

    /**
     * Returns lambda max, from {@code A w = lambda max w} (the mean of {@code (A w)_i / w_i}).
     *
     * @return lambda max, n or more up to rounding
     */
    public double lambdaMax() {
        return lambdaMax;
    }

    /**
     * Returns {@code CI = (lambda max - n) / (n - 1)}; 0 for n of 2 or less.
     *
     * @return the consistency index
     */
    public double consistencyIndex() {
        return consistencyIndex;
    }

    /**
     * Returns {@code CR = CI / RI(n)} with Saaty's random index; 0 for n of 2 or less (always
     * consistent, RI = 0 is never divided by).
     *
     * @return the consistency ratio
     */
    public double consistencyRatio() {
        return consistencyRatio;
    }

    /**
     * Says whether the judgments are acceptably consistent: {@code CR <= 0.10} (Saaty).
     *
     * @return true if consistent enough
     */
    public boolean isConsistent() {
        return consistencyRatio <= Ahp.ACCEPTABLE_CONSISTENCY_RATIO;
    }

    /**
     * Returns the number of power iterations made.
     *
     * @return the iterations, 1 or more
     */
    public int iterations() {
        return iterations;
    }

    @Override
    public String toString() {
        return "AhpResult[weights=" + weights + ", lambdaMax=" + lambdaMax + ", CI=" + consistencyIndex
            + ", CR=" + consistencyRatio + "]";
    }
}
