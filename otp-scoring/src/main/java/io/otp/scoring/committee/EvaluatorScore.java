package io.otp.scoring.committee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.PersonId;
import io.otp.core.money.Points;
import org.immutables.value.Value;

/**
 * The points one committee member gives one bid on one value-judgment criterion, with the reasons.
 *
 * <p>The justification is mandatory and must not be blank: every value judgment has to be motivated
 * (LCSP art. 146 and the tribunals' doctrine on motivation). A blank justification is reported by
 * {@link CommitteeScoring#aggregate} together with every other problem of the committee's scores, so it
 * is accepted here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluatorScore.class)
@JsonDeserialize(as = ImmutableEvaluatorScore.class)
public abstract class EvaluatorScore {

    EvaluatorScore() {
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
     * Returns the committee member who scored.
     *
     * @return the member, not null
     */
    public abstract PersonId evaluator();

    /**
     * Returns the bid scored.
     *
     * @return the bid, not null
     */
    public abstract BidId bid();

    /**
     * Returns the criterion scored.
     *
     * @return the criterion, not null
     */
    public abstract CriterionId criterion();

    /**
     * Returns the points given.
     *
     * @return the points, not null, not negative
     */
    public abstract Points points();

    /**
     * Returns the reasons for the points (LCSP art. 146).
     *
     * @return the justification, not null
     */
    public abstract String justification();

    /** Builds {@link EvaluatorScore}s; each attribute may be set once. */
    public static final class Builder extends ImmutableEvaluatorScore.Builder {
        Builder() {
        }
    }
}
