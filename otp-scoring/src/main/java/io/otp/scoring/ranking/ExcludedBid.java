package io.otp.scoring.ranking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bid left out of the ranking, with the reason and the rule it rests on; it is listed apart and
 * never ranked.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExcludedBid.class)
@JsonDeserialize(as = ImmutableExcludedBid.class)
public abstract class ExcludedBid {

    ExcludedBid() {
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
     * An excluded bid without a note.
     *
     * @param bid the bid; not null
     * @param bidder the bidder; not null
     * @param reason the reason; not null
     * @return the excluded bid, not null
     */
    public static ExcludedBid of(BidId bid, OrganisationId bidder, ExclusionReason reason) {
        return builder().bid(bid).bidder(bidder).reason(reason).build();
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
     * Why the bid is excluded.
     *
     * @return the reason, not null
     */
    public abstract ExclusionReason reason();

    /**
     * The mesa's note (e.g. "technical score 24.00, threshold 30.00").
     *
     * @return the note; empty if none
     */
    public abstract Optional<String> note();

    /**
     * The rule the exclusion rests on.
     *
     * @return the reason's rule id, not null
     */
    public String ruleId() {
        return reason().ruleId();
    }

    /** Builds {@link ExcludedBid}; each attribute may be set once. */
    public static final class Builder extends ImmutableExcludedBid.Builder {
        Builder() {
        }
    }
}
