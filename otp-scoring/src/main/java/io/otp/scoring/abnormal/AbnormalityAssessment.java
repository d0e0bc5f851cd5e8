package io.otp.scoring.abnormal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of an abnormality rule over the valid offers of one lot: one {@link OfferAssessment} per
 * bid, sorted by bid id, and the settings it was computed with. Flagged bids then wait for a
 * justification decision ({@link #withDecision(AbnormalOfferDecision)}); a rejected bid leaves the ranking
 * (LCSP art. 149.6), and {@link #recomputeAfterExclusion()} tells the pipeline whether the remaining price
 * points are recomputed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAbnormalityAssessment.class)
@JsonDeserialize(as = ImmutableAbnormalityAssessment.class)
public abstract class AbnormalityAssessment {

    AbnormalityAssessment() {
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
     * The id of the rule that produced this result, e.g. {@code rglcap-85}.
     *
     * @return the rule id; not null
     */
    public abstract String ruleId();

    /**
     * The base budget, VAT excluded.
     *
     * @return the budget; not null
     */
    public abstract Money baseBudget();

    /**
     * Whether RGLCAP art. 85's limits measured against the budget were applied (see
     * {@link BudgetReferencedLimits}).
     *
     * @return the setting used, {@link BudgetReferencedLimits#APPLY} unless set; not null
     */
    @Value.Default
    public BudgetReferencedLimits budgetReferencedLimits() {
        return BudgetReferencedLimits.APPLY;
    }

    /**
     * The reading of "unidades porcentuales" used.
     *
     * @return the reading; not null
     */
    public abstract PercentageUnits units();

    /**
     * Whether price points are recomputed after a rejected offer leaves the ranking (LCSP art. 149.6).
     *
     * @return the setting; not null
     */
    public abstract RecomputeAfterExclusion recomputeAfterExclusion();

    /**
     * One assessment per bid, sorted by bid id.
     *
     * @return the assessments; not null
     */
    public abstract List<OfferAssessment> offers();

    /**
     * The offers whose amounts make the common reference, sorted by bid id: those in the mean (RGLCAP
     * art. 85.3 and 85.4, after any recomputation), both offers when there are two (art. 85.2, each
     * offer's reference being the other), or every representative offer under a pliego rule whose
     * reference is the mean of the other offers (each offer leaving out its own, see
     * {@link OfferAssessment#leftOutOfReference()}).
     *
     * @return the bids; empty when no offer's reference is made of offers
     */
    public abstract List<BidId> referenceOffers();

    /**
     * The offers whose amounts entered a bid's reference (the mean, or the other offer), sorted by bid
     * id: the {@link #referenceOffers() reference offers} without the one the bid
     * {@link OfferAssessment#leftOutOfReference() leaves out}.
     *
     * @param bidId the bid; not null
     * @return the bids; empty when the bid was not assessed or its reference is the budget or none
     */
    public List<BidId> offersInReference(BidId bidId) {
        Objects.requireNonNull(bidId, "bidId");
        Optional<OfferAssessment> offer = offer(bidId);
        if (offer.isEmpty() || offer.get().reference() == ReferenceKind.BUDGET
                || offer.get().reference() == ReferenceKind.NONE) {
            return List.of();
        }
        ReferenceKind kind = offer.get().reference();
        if (kind == ReferenceKind.LOWEST_OTHER_OFFER) {
            return offer.get().conditions().stream().filter(c -> c.reference() == kind)
                .flatMap(c -> c.referenceOffer().stream()).limit(1).collect(Collectors.toUnmodifiableList());
        }
        if (kind == ReferenceKind.TECHNICAL_THRESHOLD || kind == ReferenceKind.TECHNICAL_MEAN) {
            return List.of();
        }
        Optional<BidId> leftOut = offer.get().leftOutOfReference();
        return referenceOffers().stream().filter(b -> leftOut.isEmpty() || !leftOut.get().equals(b))
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Finds a bid's assessment.
     *
     * @param bidId the bid; not null
     * @return the assessment; empty if the bid was not assessed
     */
    public Optional<OfferAssessment> offer(BidId bidId) {
        Objects.requireNonNull(bidId, "bidId");
        return Optional.ofNullable(byBid().get(bidId));
    }

    /**
     * The assessments by bid, built once: the evaluation looks up every flagged bid.
     *
     * @return an unmodifiable map; not null
     */
    @Value.Lazy
    Map<BidId, OfferAssessment> byBid() {
        Map<BidId, OfferAssessment> out = new HashMap<>();
        offers().forEach(o -> out.putIfAbsent(o.bidId(), o));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The bids presumed abnormally low, sorted by bid id.
     *
     * @return the bids; not null
     */
    public List<BidId> flagged() {
        return offers().stream().filter(OfferAssessment::flagged).map(OfferAssessment::bidId)
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The flagged bids still waiting for a justification decision.
     *
     * @return the bids; not null
     */
    public List<BidId> pendingDecisions() {
        return withStatus(JustificationStatus.PENDING_JUSTIFICATION);
    }

    /**
     * The bids excluded because their justification was rejected (LCSP art. 149.6).
     *
     * @return the bids; not null
     */
    public List<BidId> excluded() {
        return withStatus(JustificationStatus.REJECTED);
    }

    private List<BidId> withStatus(JustificationStatus status) {
        return offers().stream().filter(o -> o.status() == status).map(OfferAssessment::bidId)
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Records the justification decision on a flagged bid.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param decision the decision; not null
     * @return a copy with the decision recorded; not null
     * @throws ValidationException if the bid was not assessed, is not flagged or was already decided
     */
    public AbnormalityAssessment withDecision(AbnormalOfferDecision decision) {
        Objects.requireNonNull(decision, "decision");
        List<OfferAssessment> updated = new ArrayList<>();
        boolean found = false;
        for (int i = 0; i < offers().size(); i++) {
            OfferAssessment offer = offers().get(i);
            if (!offer.bidId().equals(decision.bidId())) {
                updated.add(offer);
                continue;
            }
            found = true;
            if (offer.status() != JustificationStatus.PENDING_JUSTIFICATION) {
                throw new ValidationException(Violation.of("offers[" + i + "].decision", "LCSP-149.4",
                    "io.otp.scoring.abnormal.notPending", "bid", offer.bidId(), "status", offer.status()));
            }
            updated.add(((ImmutableOfferAssessment) ImmutableOfferAssessment.copyOf(offer)).withDecision(decision));
        }
        if (!found) {
            throw new ValidationException(Violation.of("decision.bidId", "LCSP-149.4",
                "io.otp.scoring.abnormal.unknownBid", "bid", decision.bidId()));
        }
        return ((ImmutableAbnormalityAssessment) ImmutableAbnormalityAssessment.copyOf(this)).withOffers(updated);
    }

    /** Builds {@link AbnormalityAssessment}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAbnormalityAssessment.Builder {
        Builder() {
        }
    }
}
