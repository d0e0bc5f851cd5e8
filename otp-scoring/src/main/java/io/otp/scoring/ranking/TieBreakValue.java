package io.otp.scoring.ranking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value one bid had on the step that broke a tie, as compared: a decimal, a count of workers or,
 * for the draw, the hexadecimal SHA-256 draw key (lower key draws first); and, where the value is
 * computed from several data, how (for the second measure of LCSP art. 147.2.a, also both counts filed).
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
     * A value with the data it was obtained from.
     *
     * @param bid the bid; not null
     * @param value the value compared; empty if the bidder did not provide it
     * @param detail how the value was obtained; empty when it is a datum as filed
     * @return the value, not null
     */
    public static TieBreakValue of(BidId bid, Optional<String> value, Optional<String> detail) {
        return ImmutableTieBreakValue.builder().bid(bid).value(value).detail(detail).build();
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

    /**
     * How the value was obtained from the data filed, where it is not a datum as filed: for the second
     * measure of LCSP art. 147.2.a, e.g. {@code 3 permanent workers with a disability + 2 workers in
     * inclusion}.
     *
     * @return the explanation; empty for a datum compared as filed
     */
    public abstract Optional<String> detail();

    /**
     * For the second measure of LCSP art. 147.2.a ({@link TieBreakStep#PERMANENT_DISABLED_WORKERS}), the
     * permanent workers with a disability the bidder filed; the measure adds the workers in inclusion.
     *
     * @return the count as filed; empty on other steps, or if the bidder did not file it
     */
    public abstract Optional<Integer> permanentDisabledWorkers();

    /**
     * For the second measure of LCSP art. 147.2.a ({@link TieBreakStep#PERMANENT_DISABLED_WORKERS}), the
     * workers in inclusion ("personas trabajadoras en inclusión") the bidder filed.
     *
     * @return the count as filed; empty on other steps, or if the bidder did not file it
     */
    public abstract Optional<Integer> inclusionWorkers();
}
