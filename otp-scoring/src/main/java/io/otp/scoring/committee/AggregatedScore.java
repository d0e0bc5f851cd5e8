package io.otp.scoring.committee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The committee's points for one bid on one criterion, unrounded, with the individual scores they
 * come from (sorted by evaluator) so the result can be explained.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAggregatedScore.class)
@JsonDeserialize(as = ImmutableAggregatedScore.class)
public abstract class AggregatedScore {

    AggregatedScore() {
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
     * Returns the bid.
     *
     * @return the bid, not null
     */
    public abstract BidId bid();

    /**
     * Returns the criterion.
     *
     * @return the criterion, not null
     */
    public abstract CriterionId criterion();

    /**
     * Returns the aggregated points, unrounded, within 0 and the criterion's maximum.
     *
     * @return the points, not null
     */
    public abstract BigDecimal points();

    /**
     * Returns the individual scores used, sorted by evaluator.
     *
     * @return the scores, not null
     */
    public abstract List<EvaluatorScore> scores();

    /** Builds {@link AggregatedScore}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAggregatedScore.Builder {
        Builder() {
        }
    }
}
