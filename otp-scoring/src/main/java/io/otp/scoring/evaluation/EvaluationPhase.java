package io.otp.scoring.evaluation;

import io.otp.core.lifecycle.Status;
import java.util.EnumSet;
import java.util.Set;

/**
 * The phases of the evaluation of a lot, in the order LCSP arts. 146-150 prescribe. Each step of
 * {@link Evaluation} moves to the next phase; a step asked for out of order fails with an
 * {@link io.otp.core.lifecycle.IllegalTransitionException} and changes nothing.
 */
public enum EvaluationPhase implements Status<EvaluationPhase> {

    /** Bids are being registered; their formula envelopes are sealed. */
    REGISTRATION,

    /** The committee is scoring the value-judgment envelope (LCSP art. 146.2); scores may still be revised. */
    VALUE_JUDGMENT,

    /** The value-judgment scores are sealed and can no longer change (LCSP art. 146.2.b, 157). */
    VALUE_JUDGMENT_SEALED,

    /** Bids below the technical threshold are excluded and do not reach the price phase (LCSP art. 146.3). */
    THRESHOLD_APPLIED,

    /** The formula envelopes of the admitted bids are open (LCSP art. 157.4). */
    FORMULA_ENVELOPE_OPENED,

    /** The criteria evaluated by formula are scored (LCSP art. 146.1). */
    FORMULA_SCORED,

    /** Abnormally low offers are flagged and wait for the committee's decision on their justification (LCSP art. 149.4). */
    ABNORMAL_OFFERS_PENDING,

    /** Every flagged offer is decided, or none was flagged (LCSP art. 149.6). */
    ABNORMAL_OFFERS_RESOLVED,

    /** The admitted bids are ordered by total points (LCSP art. 150.1); ties are still open. */
    RANKED,

    /** Ties are broken by the pliego's criteria or LCSP art. 147.2. */
    TIES_BROKEN,

    /** The award is proposed to the first bid (LCSP art. 150.2); withdrawals move it to the next. */
    AWARD_PROPOSED;

    @Override
    public Set<EvaluationPhase> successors() {
        switch (this) {
            case REGISTRATION:
                return EnumSet.of(REGISTRATION, VALUE_JUDGMENT, VALUE_JUDGMENT_SEALED);
            case VALUE_JUDGMENT:
                return EnumSet.of(VALUE_JUDGMENT, VALUE_JUDGMENT_SEALED);
            case VALUE_JUDGMENT_SEALED:
                return EnumSet.of(THRESHOLD_APPLIED);
            case THRESHOLD_APPLIED:
                return EnumSet.of(FORMULA_ENVELOPE_OPENED);
            case FORMULA_ENVELOPE_OPENED:
                return EnumSet.of(FORMULA_SCORED);
            case FORMULA_SCORED:
                return EnumSet.of(ABNORMAL_OFFERS_PENDING, ABNORMAL_OFFERS_RESOLVED);
            case ABNORMAL_OFFERS_PENDING:
                return EnumSet.of(ABNORMAL_OFFERS_PENDING, ABNORMAL_OFFERS_RESOLVED);
            case ABNORMAL_OFFERS_RESOLVED:
                return EnumSet.of(RANKED);
            case RANKED:
                return EnumSet.of(TIES_BROKEN);
            case TIES_BROKEN:
                return EnumSet.of(AWARD_PROPOSED);
            case AWARD_PROPOSED:
                return EnumSet.of(AWARD_PROPOSED);
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * Whether this phase comes at or after another.
     *
     * @param other the phase to compare with; not null
     * @return true if this phase is {@code other} or a later one
     */
    public boolean isAtLeast(EvaluationPhase other) {
        return compareTo(other) >= 0;
    }
}
