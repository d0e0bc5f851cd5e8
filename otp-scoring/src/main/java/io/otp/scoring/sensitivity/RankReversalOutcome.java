package io.otp.scoring.sensitivity;

import io.otp.core.id.BidId;
import java.util.List;

/**
 * What happened to the order of the other bids when one bid was removed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankReversalOutcome {

    private final BidId removed;
    private final List<BidId> orderBefore;
    private final List<BidId> orderAfter;

    RankReversalOutcome(BidId removed, List<BidId> orderBefore, List<BidId> orderAfter) {
        this.removed = removed;
        this.orderBefore = orderBefore;
        this.orderAfter = orderAfter;
    }

    /**
     * Returns the bid removed.
     *
     * @return the bid, not null
     */
    public BidId removed() {
        return removed;
    }

    /**
     * Returns the order of the other bids in the full ranking.
     *
     * @return the order, unmodifiable, not null
     */
    public List<BidId> orderBefore() {
        return orderBefore;
    }

    /**
     * Returns the order of the other bids ranked without the removed one.
     *
     * @return the order, unmodifiable, not null
     */
    public List<BidId> orderAfter() {
        return orderAfter;
    }

    /**
     * Says whether the relative order of the other bids changed.
     *
     * @return true if a rank reversal happened
     */
    public boolean reversed() {
        return !orderBefore.equals(orderAfter);
    }

    @Override
    public String toString() {
        return "without " + removed + ": " + orderBefore + (reversed() ? " -> " + orderAfter : " unchanged");
    }
}
