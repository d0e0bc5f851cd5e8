package io.otp.scoring.abnormal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The contracting authority's decision on the justification of an offer presumed abnormally low: either
 * accepted, with the text of the decision (LCSP art. 149.4), or rejected, with the reason, which excludes
 * the bid from the ranking (LCSP art. 149.6). Apply it with
 * {@link AbnormalityAssessment#withDecision(AbnormalOfferDecision)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAbnormalOfferDecision.class)
@JsonDeserialize(as = ImmutableAbnormalOfferDecision.class)
public abstract class AbnormalOfferDecision {

    AbnormalOfferDecision() {
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
     * A decision accepting the justification (LCSP art. 149.4).
     *
     * @param bidId the bid; not null
     * @param decisionText the text of the decision; not null, not blank
     * @return the decision; not null
     * @throws ValidationException if the text is blank
     */
    public static AbnormalOfferDecision accepted(BidId bidId, String decisionText) {
        return builder().bidId(Objects.requireNonNull(bidId, "bidId")).status(JustificationStatus.ACCEPTED)
            .text(Objects.requireNonNull(decisionText, "decisionText")).build();
    }

    /**
     * A decision rejecting the justification, which excludes the bid (LCSP art. 149.6).
     *
     * @param bidId the bid; not null
     * @param reason the reason; not null, not blank
     * @return the decision; not null
     * @throws ValidationException if the reason is blank
     */
    public static AbnormalOfferDecision rejected(BidId bidId, String reason) {
        return builder().bidId(Objects.requireNonNull(bidId, "bidId")).status(JustificationStatus.REJECTED)
            .text(Objects.requireNonNull(reason, "reason")).build();
    }

    /**
     * The bid decided on.
     *
     * @return the bid id; not null
     */
    public abstract BidId bidId();

    /**
     * The outcome: {@link JustificationStatus#ACCEPTED} or {@link JustificationStatus#REJECTED}.
     *
     * @return the outcome; not null
     */
    public abstract JustificationStatus status();

    /**
     * The text of the decision when accepted, the reason when rejected.
     *
     * @return the text; not null, not blank
     */
    public abstract String text();

    /**
     * The legal basis of the decision: {@code LCSP-149.4} when accepted, {@code LCSP-149.6} when rejected.
     *
     * @return the rule id; not null
     */
    public String legalBasis() {
        return status() == JustificationStatus.ACCEPTED ? "LCSP-149.4" : "LCSP-149.6";
    }

    @Value.Check
    void check() {
        java.util.List<Violation> violations = new java.util.ArrayList<>();
        if (status() != JustificationStatus.ACCEPTED && status() != JustificationStatus.REJECTED) {
            violations.add(Violation.of("status", "LCSP-149.4", "io.otp.scoring.abnormal.decisionStatus",
                "value", status()));
        }
        if (text().isBlank()) {
            violations.add(Violation.of("text", "LCSP-149.4", "io.otp.scoring.abnormal.decisionText",
                "bid", bidId()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link AbnormalOfferDecision}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAbnormalOfferDecision.Builder {
        Builder() {
        }
    }
}
