package io.otp.core.tender;

import io.otp.core.lifecycle.Status;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a tender (expediente de contratación):
 * {@code DRAFT -> PUBLISHED -> SUBMISSION_CLOSED -> UNDER_EVALUATION -> AWARD_PROPOSED -> AWARDED},
 * with {@code VOID} (desierto: no acceptable bid, LCSP art. 150.3) once bids are in, and
 * {@code CANCELLED} (decision not to award or withdrawal of the procedure, LCSP art. 152) at any
 * point before the award. {@code AWARDED}, {@code VOID} and {@code CANCELLED} are final.
 */
public enum TenderStatus implements Status<TenderStatus> {
    /** Being prepared: pliegos and criteria can still change. */
    DRAFT,
    /** Announced; bidders may submit (LCSP art. 135). */
    PUBLISHED,
    /** The submission deadline has passed; envelopes are not yet opened. */
    SUBMISSION_CLOSED,
    /** Envelopes are being opened and scored (LCSP arts. 146 and 157). */
    UNDER_EVALUATION,
    /** The mesa has proposed the best-ranked bidder, who is asked for documents (LCSP art. 150.2). */
    AWARD_PROPOSED,
    /** Awarded by the contracting authority (LCSP art. 150.3). Final. */
    AWARDED,
    /** Declared void (desierto): no admissible bid (LCSP art. 150.3). Final. */
    VOID,
    /** The procedure was abandoned before the award (LCSP art. 152). Final. */
    CANCELLED;

    @Override
    public Set<TenderStatus> successors() {
        switch (this) {
            case DRAFT:
                return EnumSet.of(PUBLISHED, CANCELLED);
            case PUBLISHED:
                return EnumSet.of(SUBMISSION_CLOSED, CANCELLED);
            case SUBMISSION_CLOSED:
                return EnumSet.of(UNDER_EVALUATION, VOID, CANCELLED);
            case UNDER_EVALUATION:
                return EnumSet.of(AWARD_PROPOSED, VOID, CANCELLED);
            case AWARD_PROPOSED:
                // A proposal can fail (the bidder does not file its documents, LCSP art. 150.2) and the
                // evaluation resume with the next bidder, or end void.
                return EnumSet.of(AWARDED, UNDER_EVALUATION, VOID, CANCELLED);
            default:
                return EnumSet.noneOf(TenderStatus.class);
        }
    }
}
