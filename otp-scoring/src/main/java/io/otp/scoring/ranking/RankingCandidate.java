package io.otp.scoring.ranking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Points;
import io.otp.core.tender.TieBreakData;
import org.immutables.value.Value;

/**
 * An admitted bid to rank: its total points and the social data filed for a tie (LCSP art. 147.2).
 * The values of the pliego's own tie-break criteria are carried by each {@link TieBreakCriterion}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRankingCandidate.class)
@JsonDeserialize(as = ImmutableRankingCandidate.class)
public abstract class RankingCandidate {

    RankingCandidate() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A candidate with no tie-break data filed.
     *
     * @param bid the bid; not null
     * @param bidder the bidder; not null
     * @param total the bid's total points; not null
     * @return the candidate, not null
     */
    public static RankingCandidate of(BidId bid, OrganisationId bidder, Points total) {
        return builder().bid(bid).bidder(bidder).total(total).build();
    }

    /**
     * The bid.
     *
     * @return the bid id, not null
     */
    public abstract BidId bid();

    /**
     * The bidder who filed the bid.
     *
     * @return the bidder, not null
     */
    public abstract OrganisationId bidder();

    /**
     * The bid's total points (LCSP art. 150.1 ranks by it).
     *
     * @return the total, not null
     */
    public abstract Points total();

    /**
     * The social data the bidder filed for the statutory tie-break (LCSP art. 147.2).
     *
     * @return the data, not null; {@link TieBreakData#none()} when nothing was filed
     */
    @Value.Default
    public TieBreakData tieBreakData() {
        return TieBreakData.none();
    }

    /** Builds {@link RankingCandidate}; each attribute may be set once. */
    public static final class Builder extends ImmutableRankingCandidate.Builder {
        Builder() {
        }
    }
}
