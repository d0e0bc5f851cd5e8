package io.otp.scoring.sensitivity;

import io.otp.core.id.BidId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The smallest change of one criterion's weight, in one direction, at which another bid draws level
 * with the winner; beyond it (or at it, when the tie-break by bid id already favours the other bid)
 * that bid wins.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeightChange {

    private final BigDecimal points;
    private final Optional<BigDecimal> percentOfWeight;
    private final BidId newWinner;

    WeightChange(BigDecimal points, Optional<BigDecimal> percentOfWeight, BidId newWinner) {
        this.points = points;
        this.percentOfWeight = percentOfWeight;
        this.newWinner = newWinner;
    }

    /**
     * Returns the signed change of the weight in points (positive: increase, negative: decrease).
     *
     * @return the change, not null
     */
    public BigDecimal points() {
        return points;
    }

    /**
     * Returns the change as a signed percentage of the declared weight.
     *
     * @return the percentage, or empty when the declared weight is 0; not null
     */
    public Optional<BigDecimal> percentOfWeight() {
        return percentOfWeight;
    }

    /**
     * Returns the bid that takes the lead.
     *
     * @return the new winner, not null
     */
    public BidId newWinner() {
        return newWinner;
    }

    @Override
    public String toString() {
        return (points.signum() >= 0 ? "+" : "") + points.toPlainString() + " points"
            + percentOfWeight.map(p -> " (" + p.toPlainString() + " %)").orElse("") + " -> " + newWinner;
    }
}
