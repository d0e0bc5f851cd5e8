package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.tender.TieBreakData;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A bid as the evaluation knows it before its formula envelope is opened: who bid, when, the data
 * for the statutory tie-break (LCSP art. 147.2) and the sealed formula envelope.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegisteredBid.class)
@JsonDeserialize(as = ImmutableRegisteredBid.class)
public abstract class RegisteredBid {

    RegisteredBid() {
    }

    static ImmutableRegisteredBid.Builder builder() {
        return ImmutableRegisteredBid.builder();
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
     * When the bid was submitted.
     *
     * @return the instant, not null
     */
    public abstract Instant submittedAt();

    /**
     * The bidder's data for the statutory tie-break.
     *
     * @return the data, not null
     */
    public abstract TieBreakData tieBreakData();

    /**
     * The formula envelope, sealed.
     *
     * @return the envelope, not null
     */
    public abstract SealedEnvelope envelope();
}
