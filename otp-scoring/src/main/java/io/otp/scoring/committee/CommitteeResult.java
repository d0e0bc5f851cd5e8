package io.otp.scoring.committee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The committee's aggregated scores: one per bid and criterion, in the order of the bids and then of
 * the criteria given to {@link CommitteeScoring#aggregate}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitteeResult.class)
@JsonDeserialize(as = ImmutableCommitteeResult.class)
public abstract class CommitteeResult {

    CommitteeResult() {
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
     * Returns the strategy used.
     *
     * @return the strategy, not null
     */
    public abstract AggregationStrategy strategy();

    /**
     * Returns the aggregated scores.
     *
     * @return the scores, not null
     */
    public abstract List<AggregatedScore> scores();

    /**
     * Finds the aggregated score of a bid on a criterion.
     *
     * @param bid the bid; not null
     * @param criterion the criterion; not null
     * @return the score, empty if not part of this result
     */
    public Optional<AggregatedScore> find(BidId bid, CriterionId criterion) {
        return scores().stream().filter(s -> s.bid().equals(bid) && s.criterion().equals(criterion)).findFirst();
    }

    /** Builds {@link CommitteeResult}s; each attribute may be set once. */
    public static final class Builder extends ImmutableCommitteeResult.Builder {
        Builder() {
        }
    }
}
