package io.otp.scoring.abnormal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.money.Money;
import io.otp.core.party.BusinessGroupId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The explanation of one bid's assessment: whether it is presumed abnormally low, by which clause, the
 * reference it was compared with, the limit amount, and which offers entered the mean.
 *
 * <p>The bid is flagged when its offer is strictly below {@link #limit()} ("more than" is strict,
 * RGLCAP art. 85); an offer exactly at the limit is not flagged. The verdict is decided exactly: a mean
 * is kept as a sum over a count and the offer is compared by cross-multiplying, so an offer exactly at a
 * limit derived from a mean that does not divide exactly (200 / 3 &#215; 0.90 = 60) is not flagged.
 * {@link #referenceAmount()} and {@link #limit()} explain the verdict: they are exact when the division
 * terminates and otherwise rounded once to {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} for display only; they
 * are not rounded to the currency.
 *
 * <p>Business groups (RGLCAP art. 86): only the lowest offer of a group enters the computation (it is
 * the group's {@link #groupRepresentative()}); every offer of the group is then judged against the same
 * reference and limit as that lowest offer.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOfferAssessment.class)
@JsonDeserialize(as = ImmutableOfferAssessment.class)
public abstract class OfferAssessment {

    OfferAssessment() {
    }

    /**
     * Starts a builder.
     *
     * @return a new builder; not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The bid.
     *
     * @return the bid id; not null
     */
    public abstract BidId bidId();

    /**
     * The economic offer judged, VAT excluded.
     *
     * @return the amount; not null
     */
    public abstract Money economicOffer();

    /**
     * Whether the offer is presumed abnormally low.
     *
     * @return true if flagged
     */
    public abstract boolean flagged();

    /**
     * The clause that decided: the one that flagged the offer, or the main clause applied when not flagged.
     *
     * @return the clause; not null
     */
    public abstract AbnormalityClause clause();

    /**
     * What the offer was compared with.
     *
     * @return the kind of reference; not null
     */
    public abstract ReferenceKind reference();

    /**
     * The reference amount (the budget, the other offer, a mean).
     *
     * @return the amount; empty only for {@link ReferenceKind#NONE}
     */
    public abstract Optional<BigDecimal> referenceAmount();

    /**
     * The units of the clause (25, 20, 10 or the pliego's X).
     *
     * @return the units; not null
     */
    public abstract BigDecimal units();

    /**
     * The limit: the offer is flagged when strictly below it.
     *
     * @return the limit amount; empty only for {@link ReferenceKind#NONE}
     */
    public abstract Optional<BigDecimal> limit();

    /**
     * The offer of the assessment's {@link AbnormalityAssessment#referenceOffers() reference offers} left
     * out of this offer's reference: under a rule whose reference is the mean of the other offers (a
     * pliego rule, LCSP art. 149.2.b) or the other offer (RGLCAP art. 85.2), the offer that represents
     * this one (itself, or its group's lowest offer, RGLCAP art. 86). The full list of the offers in this
     * offer's reference is {@link AbnormalityAssessment#offersInReference(BidId)}; keeping the common list
     * once and only the offer left out here keeps an assessment of n offers proportional to n.
     *
     * @return the offer left out; empty when the reference is the common mean, the budget or none
     */
    public abstract Optional<BidId> leftOutOfReference();

    /**
     * The bidder's business group, if any.
     *
     * @return the group; empty when none
     */
    public abstract Optional<BusinessGroupId> businessGroup();

    /**
     * The bid that entered the computation for this bid's group (its lowest offer; RGLCAP art. 86).
     *
     * @return the representative; empty when the bidder is in no group
     */
    public abstract Optional<BidId> groupRepresentative();

    /**
     * For a pliego rule with a technical condition: whether the technical score exceeded the share set.
     *
     * @return the outcome of the condition; empty when the rule has none
     */
    public abstract Optional<Boolean> technicalConditionMet();

    /**
     * Under a pliego's rule as data ({@link PliegoRule}), the outcome of every condition, nested ones
     * following their group, in the rule's order: the clause-by-clause explanation of {@link #flagged()}.
     *
     * @return the outcomes; empty under other rules
     */
    public abstract List<ConditionOutcome> conditions();

    /**
     * The justification decision, once taken.
     *
     * @return the decision; empty while none is taken or when the bid is not flagged
     */
    public abstract Optional<AbnormalOfferDecision> decision();

    /**
     * Where the bid stands: not abnormal, waiting for the justification decision, accepted or rejected.
     *
     * @return the status; not null
     */
    public JustificationStatus status() {
        if (!flagged()) {
            return JustificationStatus.NOT_ABNORMAL;
        }
        return decision().map(AbnormalOfferDecision::status).orElse(JustificationStatus.PENDING_JUSTIFICATION);
    }

    /** Builds {@link OfferAssessment}s; each attribute may be set once. */
    public static final class Builder extends ImmutableOfferAssessment.Builder {
        Builder() {
        }
    }
}
