package io.otp.core.rules;

/**
 * The event from which a time limit of the LCSP is counted.
 */
public enum TimeLimitStart {
    /**
     * The day the contract notice is sent to the Publications Office of the European Union (LCSP
     * art. 156.2 and 156.3).
     */
    NOTICE_SENT_TO_EU_PUBLICATIONS_OFFICE,
    /**
     * The day after the contract notice is published in the contracting authority's profile
     * (perfil de contratante; LCSP arts. 156.6, 159.3 and 159.6.a).
     */
    DAY_AFTER_PUBLICATION_IN_PROFILE,
    /** The day the award notification is sent to the bidders and candidates (LCSP art. 153.3). */
    AWARD_NOTIFICATION_SENT
}
