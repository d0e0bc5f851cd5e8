package io.otp.scoring.abnormal;

/**
 * Where a bid stands in the procedure for abnormally low offers (LCSP art. 149.4 to 149.6).
 */
public enum JustificationStatus {

    /** Not presumed abnormal: the bid goes on to the ranking. */
    NOT_ABNORMAL,

    /** Presumed abnormal: the bidder is asked to justify its offer and the bid waits for the decision (149.4). */
    PENDING_JUSTIFICATION,

    /** The justification was accepted: the bid goes on to the ranking (149.4). */
    ACCEPTED,

    /** The justification was rejected (or none was filed): the bid leaves the ranking (149.6). */
    REJECTED
}
