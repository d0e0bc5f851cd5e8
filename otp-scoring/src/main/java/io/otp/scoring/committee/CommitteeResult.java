package io.otp.scoring.committee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<CriterionId, AggregatedScore> byCriterion = index().get(bid);
        return Optional.ofNullable(byCriterion == null ? null : byCriterion.get(criterion));
    }

    /**
     * The scores by bid and criterion, built once: the evaluation looks up every bid's score on every
     * criterion.
     *
     * @return an unmodifiable map; not null
     */
    @Value.Lazy
    Map<BidId, Map<CriterionId, AggregatedScore>> index() {
        Map<BidId, Map<CriterionId, AggregatedScore>> index = new HashMap<>();
        for (AggregatedScore s : scores()) {
            index.computeIfAbsent(s.bid(), b -> new HashMap<>()).putIfAbsent(s.criterion(), s);
        }
        return Collections.unmodifiableMap(index);
    }

    /** Builds {@link CommitteeResult}s; each attribute may be set once. */
    public static final class Builder extends ImmutableCommitteeResult.Builder {
        Builder() {
        }
    }
}
