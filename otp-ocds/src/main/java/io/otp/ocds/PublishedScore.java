package io.otp.ocds;

import io.otp.core.id.CriterionId;
import io.otp.core.money.Points;
import io.otp.core.tender.EvaluationMethod;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The points a bid received on one award criterion, as published in the SDK extension's {@code bids.details[].evaluation.scores[]}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedScore {

    PublishedScore() {
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
     * The criterion scored ({@code relatedCriterion}, the id of a {@code tender.lots[].awardCriteria.criteria[]}).
     *
     * @return the value, not null
     */
    public abstract CriterionId criterion();

    /**
     * How the criterion is scored ({@code evaluationMethod}).
     *
     * @return the value, not null
     */
    public abstract EvaluationMethod method();

    /**
     * The id of the scoring formula, for a criterion scored by formula ({@code formula}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<String> formula();

    /**
     * The points received, as rounded by the pliego's rounding policy ({@code score}).
     *
     * @return the value, not null
     */
    public abstract BigDecimal score();

    /**
     * The criterion's maximum points ({@code maximumScore}).
     *
     * @return the value, not null
     */
    public abstract Points maximumScore();

    /** Builds {@link PublishedScore}. */
    public static final class Builder extends ImmutablePublishedScore.Builder {
        Builder() {
        }
    }
}
