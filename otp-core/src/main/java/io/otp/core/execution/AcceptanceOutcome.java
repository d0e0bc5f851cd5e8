package io.otp.core.execution;

/**
 * The decision recorded in an {@link AcceptanceRecord}: the three outcomes of the EU PM²
 * deliverables acceptance note.
 */
public enum AcceptanceOutcome {

    /**
     * Accepted without reservations: the deliverables conform to the contract and are received to
     * the administration's satisfaction (LCSP arts. 210.1 and 311). Meets the milestones it certifies.
     */
    ACCEPTED,

    /**
     * Accepted with documented defects that the supplier must fix by a date. The certified part may
     * be paid as a partial payment (LCSP art. 198.2), but the contract is not yet fulfilled to the
     * administration's satisfaction (art. 210.1), so the milestones it certifies are only partially met.
     */
    CONDITIONALLY_ACCEPTED,

    /**
     * Rejected with reasons: the deliverables do not conform, the administration may demand that the
     * defects be remedied (LCSP art. 311); nothing is certified or paid.
     */
    REJECTED
}
