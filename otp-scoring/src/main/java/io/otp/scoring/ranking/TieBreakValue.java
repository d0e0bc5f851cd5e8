package io.otp.scoring.ranking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value one bid had on the step that broke a tie, as compared: a decimal, a count of workers or,
 * for the draw, the hexadecimal SHA-256 draw key (lower key draws first).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTieBreakValue.class)
@JsonDeserialize(as = ImmutableTieBreakValue.class)
public abstract class TieBreakValue {

    TieBreakValue() {
    }

    /**
     * A value.
     *
     * @param bid the bid; not null
     * @param value the value compared; empty if the bidder did not provide it
     * @return the value, not null
     */
    public static TieBreakValue of(BidId bid, Optional<String> value) {
        return ImmutableTieBreakValue.builder().bid(bid).value(value).build();
    }

    /**
     * The bid.
     *
     * @return the bid id, not null
     */
    public abstract BidId bid();

    /**
     * The value compared, written as plain text (decimals without exponent).
     *
     * @return the value; empty if the bidder did not provide it
     */
    public abstract Optional<String> value();
}
