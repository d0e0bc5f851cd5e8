package io.otp.scoring.ranking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Points;
import org.immutables.value.Value;

/**
 * A bid at its place in the ranking.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRankedBid.class)
@JsonDeserialize(as = ImmutableRankedBid.class)
public abstract class RankedBid {

    RankedBid() {
    }

    static RankedBid of(int position, RankingCandidate c) {
        return ImmutableRankedBid.builder().position(position).bid(c.bid()).bidder(c.bidder()).total(c.total())
            .build();
    }

    /**
     * The place in the ranking, 1 for the best.
     *
     * @return the position, at least 1
     */
    public abstract int position();

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
     * The bid's total points.
     *
     * @return the total, not null
     */
    public abstract Points total();

    @Value.Check
    void check() {
        if (position() < 1) {
            throw new ValidationException(Violation.of("position", "OTP-POSITION", "io.otp.scoring.ranking.position",
                "value", position()));
        }
    }
}
