package io.otp.scoring.sensitivity;

import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * For one criterion: the smallest increase and the smallest decrease of its weight that change the
 * winner, each empty when no change within [0, total] changes it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CriterionSensitivity {

    private final CriterionId criterion;
    private final BigDecimal declaredWeight;
    private final BidId winner;
    private final Optional<WeightChange> increase;
    private final Optional<WeightChange> decrease;

    CriterionSensitivity(CriterionId criterion, BigDecimal declaredWeight, BidId winner,
            Optional<WeightChange> increase, Optional<WeightChange> decrease) {
        this.criterion = criterion;
        this.declaredWeight = declaredWeight;
        this.winner = winner;
        this.increase = increase;
        this.decrease = decrease;
    }

    /**
     * Returns the criterion.
     *
     * @return the criterion, not null
     */
    public CriterionId criterion() {
        return criterion;
    }

    /**
     * Returns the declared weight.
     *
     * @return the weight, not null
     */
    public BigDecimal declaredWeight() {
        return declaredWeight;
    }

    /**
     * Returns the winner under the declared weights.
     *
     * @return the winner, not null
     */
    public BidId winner() {
        return winner;
    }

    /**
     * Returns the smallest increase that changes the winner.
     *
     * @return the change, or empty: no increase up to the total changes the winner; not null
     */
    public Optional<WeightChange> increase() {
        return increase;
    }

    /**
     * Returns the smallest decrease that changes the winner.
     *
     * @return the change (negative points), or empty: no decrease down to 0 changes the winner; not null
     */
    public Optional<WeightChange> decrease() {
        return decrease;
    }

    @Override
    public String toString() {
        String none = "no change within [0, total]";
        return criterion + " (" + declaredWeight.toPlainString() + "): increase "
            + increase.map(Object::toString).orElse(none) + "; decrease "
            + decrease.map(Object::toString).orElse(none);
    }
}
