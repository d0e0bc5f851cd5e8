package io.otp.scoring.priority;

import io.otp.core.need.Need;
import io.otp.scoring.mcda.Contribution;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One place of a prioritised list of needs: the need, its score, its rank and the contribution of each
 * criterion to the score, which explains the place.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrioritisedNeed {

    private final Need need;
    private final int rank;
    private final BigDecimal score;
    private final Map<PriorityCriterion, Contribution> contributions;

    PrioritisedNeed(Need need, int rank, BigDecimal score, Map<PriorityCriterion, Contribution> contributions) {
        this.need = need;
        this.rank = rank;
        this.score = score;
        this.contributions = contributions;
    }

    /**
     * The need, with its assessment.
     *
     * @return the need, not null
     */
    public Need need() {
        return need;
    }

    /**
     * The rank, 1 for the most urgent to meet; needs with equal scores share a rank (1, 1, 3).
     *
     * @return the rank, at least 1
     */
    public int rank() {
        return rank;
    }

    /**
     * The weighted sum of the normalised criterion values, 0 to 1.
     *
     * @return the score, not null
     */
    public BigDecimal score() {
        return score;
    }

    /**
     * Each criterion's contribution to {@link #score()}: raw value, value after inversion of the cost,
     * normalised value, weight and weighted value; the weighted values add up to the score.
     *
     * @return an unmodifiable map in the order of the criteria of the weights; not null
     */
    public Map<PriorityCriterion, Contribution> contributions() {
        return contributions;
    }

    /**
     * A one-line explanation of the score, criterion by criterion:
     * {@code URGENCY 0.2604 = 0.5208 x 0.5000 (raw 3); ...}, values rounded to 4 decimals.
     *
     * @return the explanation, not null
     */
    public String explanation() {
        return contributions.entrySet().stream().map(e -> e.getKey() + " " + round(e.getValue().value()) + " = "
            + round(e.getValue().weight()) + " x " + round(e.getValue().normalised()) + " (raw "
            + e.getValue().raw().toPlainString() + ")").collect(Collectors.joining("; "));
    }

    private static String round(BigDecimal value) {
        return value.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String toString() {
        return rank + ". " + need.id() + " " + round(score) + ": " + explanation();
    }
}
