package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.scoring.ranking.ExcludedBid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One bid's evaluation: its points on each leaf criterion scored so far with their explanations,
 * its total, and either its position in the ranking or why it was excluded.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBidEvaluation.class)
@JsonDeserialize(as = ImmutableBidEvaluation.class)
public abstract class BidEvaluation {

    BidEvaluation() {
    }

    static ImmutableBidEvaluation.Builder builder() {
        return ImmutableBidEvaluation.builder();
    }

    /**
     * The bid.
     *
     * @return the bid id, not null
     */
    public abstract BidId bid();

    /**
     * The bidder.
     *
     * @return the bidder, not null
     */
    public abstract OrganisationId bidder();

    /**
     * The economic offer, VAT excluded, once the formula envelope is open.
     *
     * @return the offer; empty before the envelope is opened or if the bid was excluded before
     */
    public abstract Optional<Money> economicOffer();

    /**
     * The points on each leaf criterion scored so far, in the lot's order of criteria.
     *
     * @return an unmodifiable list; not null
     */
    public abstract List<CriterionScore> criteria();

    /**
     * The sum of the unrounded points of {@link #criteria()}.
     *
     * @return the sum, not null
     */
    public abstract BigDecimal unroundedTotal();

    /**
     * The total points: the exact sum of the rounded criterion points, or the rounded sum of the
     * unrounded ones when the lot rounds only totals.
     *
     * @return the total, not null
     */
    public abstract Points total();

    /**
     * The position in the ranking, from 1.
     *
     * @return the position; empty if the bid is excluded or not ranked yet
     */
    public abstract Optional<Integer> position();

    /**
     * Why the bid was excluded.
     *
     * @return the exclusion; empty if the bid is admitted
     */
    public abstract Optional<ExcludedBid> exclusion();

    /**
     * The points on one criterion.
     *
     * @param criterion the criterion; not null
     * @return the score; empty if the criterion was not scored for this bid
     */
    public Optional<CriterionScore> score(CriterionId criterion) {
        return criteria().stream().filter(c -> c.criterion().equals(criterion)).findFirst();
    }
}
