package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.core.id.LotId;
import io.otp.core.id.TenderId;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.committee.AggregationStrategy;
import io.otp.scoring.formula.RoundingPolicy;
import io.otp.scoring.ranking.AwardProposal;
import io.otp.scoring.ranking.RankingResult;
import io.otp.scoring.sensitivity.PointsMatrix;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of a lot as it stands, explained: for each bid its points per criterion with the
 * formula, parameters and inputs or the evaluators' scores, the points before and after rounding, its
 * total and its position or exclusion; the abnormality assessment, the ranking with the rule that
 * broke each tie and the seed of the draw, and the award proposal. It serialises to JSON with
 * {@link io.otp.core.json.OtpJson}; the same evaluation always gives the same bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluationResult.class)
@JsonDeserialize(as = ImmutableEvaluationResult.class)
public abstract class EvaluationResult {

    EvaluationResult() {
    }

    static ImmutableEvaluationResult.Builder builder() {
        return ImmutableEvaluationResult.builder();
    }

    /**
     * The tender.
     *
     * @return the tender id, not null
     */
    public abstract TenderId tender();

    /**
     * The lot.
     *
     * @return the lot id, not null
     */
    public abstract LotId lot();

    /**
     * The lot's title.
     *
     * @return the title, not null
     */
    public abstract String lotTitle();

    /**
     * The phase the evaluation had reached.
     *
     * @return the phase, not null
     */
    public abstract EvaluationPhase phase();

    /**
     * Where and how points were rounded.
     *
     * @return the policy, not null
     */
    public abstract RoundingPolicy rounding();

    /**
     * The context of every division, e.g. {@code precision=16 roundingMode=HALF_EVEN}.
     *
     * @return the context as {@link java.math.MathContext#toString()} writes it, not null
     */
    public abstract String mathContext();

    /**
     * How the evaluators' scores were aggregated.
     *
     * @return the strategy, not null
     */
    public abstract AggregationStrategy aggregation();

    /**
     * The SHA-256 digest of the sealed value-judgment scores.
     *
     * @return the digest; empty before sealing
     */
    public abstract Optional<String> sealDigest();

    /**
     * Every registered bid: the ranked ones in the order of the ranking (or of their totals before it),
     * then the excluded ones in the order of exclusion.
     *
     * @return an unmodifiable list; not null
     */
    public abstract List<BidEvaluation> bids();

    /**
     * The assessment of abnormally low offers.
     *
     * @return the assessment; empty before detection or if no rule applies
     */
    public abstract Optional<AbnormalityAssessment> abnormality();

    /**
     * What the evaluation could not do as the law expects, e.g. a multi-criteria lot whose pliego sets no
     * parameters for abnormally low offers (LCSP art. 149.2.b; {@link EvaluationSettings#violations}).
     *
     * @return the findings; empty when none
     */
    public abstract List<EvaluationFinding> findings();

    /**
     * Whether the formula points were recomputed without the offers excluded as abnormally low.
     *
     * @return true if recomputed
     */
    public abstract boolean recomputedAfterExclusion();

    /**
     * The ranking, with its tie-breaks and the seed of the draw.
     *
     * @return the ranking; empty before the ties are broken
     */
    public abstract Optional<RankingResult> ranking();

    /**
     * The award proposal.
     *
     * @return the proposal; empty before it is made
     */
    public abstract Optional<AwardProposal> proposal();

    /**
     * One bid's evaluation.
     *
     * @param bid the bid; not null
     * @return the evaluation; empty if the bid is not registered
     */
    public Optional<BidEvaluation> bid(BidId bid) {
        return bids().stream().filter(b -> b.bid().equals(bid)).findFirst();
    }

    /**
     * The points of the admitted bids on every leaf criterion, for the sensitivity analysis of
     * {@link io.otp.scoring.sensitivity}: weights are the criteria's maximum points and the points those
     * that count.
     *
     * @return the matrix, not null
     * @throws ValidationException if no bid is admitted or the formula criteria are not scored yet
     */
    public PointsMatrix pointsMatrix() {
        return Steps.pointsMatrix(this);
    }
}
