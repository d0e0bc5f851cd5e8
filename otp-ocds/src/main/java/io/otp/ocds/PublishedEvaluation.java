package io.otp.ocds;

import io.otp.core.id.BidId;
import io.otp.core.id.LotId;
import io.otp.core.money.Points;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of one bid as published in the SDK extension's {@code bids.details[].evaluation}: its points per criterion, total, rank, abnormality flag and exclusion.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedEvaluation {

    PublishedEvaluation() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The bid evaluated ({@code bids.details[].id}).
     *
     * @return the value, not null
     */
    public abstract BidId bid();

    /**
     * The lot the bid is for ({@code relatedLots[0]}).
     *
     * @return the value, not null
     */
    public abstract LotId lot();

    /**
     * The bid's total points ({@code totalScore}).
     *
     * @return the value, not null
     */
    public abstract Points totalScore();

    /**
     * The bid's position in the ranking, 1 for the best ({@code rank}); empty for an excluded or unranked bid.
     *
     * @return empty if not published; not null
     */
    public abstract Optional<Integer> rank();

    /**
     * Whether the offer was flagged as abnormally low, LCSP art. 149 ({@code abnormallyLow}).
     *
     * @return the value
     */
    public abstract boolean abnormallyLow();

    /**
     * The rule the bid was excluded under, such as {@code LCSP-146.3} ({@code exclusion.ruleId}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<String> exclusionRule();

    /**
     * The points per criterion ({@code scores}).
     *
     * @return possibly empty; not null
     */
    public abstract List<PublishedScore> scores();

    /** Builds {@link PublishedEvaluation}. */
    public static final class Builder extends ImmutablePublishedEvaluation.Builder {
        Builder() {
        }
    }
}
