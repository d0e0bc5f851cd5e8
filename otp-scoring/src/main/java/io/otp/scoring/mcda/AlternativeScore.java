package io.otp.scoring.mcda;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An alternative's weighted sum, its rank and each criterion's contribution.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <A> the type of the alternative ids
 * @param <C> the type of the criterion ids
 */
public final class AlternativeScore<A, C> {

    private final A alternative;
    private final int rank;
    private final BigDecimal total;
    private final Map<C, Contribution> contributions;

    AlternativeScore(A alternative, int rank, BigDecimal total, Map<C, Contribution> contributions) {
        this.alternative = alternative;
        this.rank = rank;
        this.total = total;
        this.contributions = contributions;
    }

    /**
     * Returns the alternative.
     *
     * @return the alternative, not null
     */
    public A alternative() {
        return alternative;
    }

    /**
     * Returns the rank: 1 for the highest total; equal totals share a rank (competition ranking
     * "1, 1, 3").
     *
     * @return the rank, 1 or more
     */
    public int rank() {
        return rank;
    }

    /**
     * Returns the weighted sum: the exact sum of the contributions, in [0, 1].
     *
     * @return the total, not null
     */
    public BigDecimal total() {
        return total;
    }

    /**
     * Returns each criterion's contribution, in criteria order.
     *
     * @return the contributions, unmodifiable, not null
     */
    public Map<C, Contribution> contributions() {
        return contributions;
    }

    @Override
    public String toString() {
        return rank + ". " + alternative + " " + total.toPlainString() + " " + contributions;
    }
}
