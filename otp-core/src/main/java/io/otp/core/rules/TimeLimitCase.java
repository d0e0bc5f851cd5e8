package io.otp.core.rules;

/**
 * The case in which a minimum time limit applies: the general limit of the article, or one of the
 * reductions the article allows when its conditions are met. The SDK reports each case as data; it
 * does not know whether a condition holds (whether a prior information notice was sent in time,
 * whether urgency was declared), which the contracting authority must justify.
 */
public enum TimeLimitCase {
    /** The general limit of the article. */
    GENERAL,
    /**
     * A prior information notice was sent between 35 days and 12 months before the contract notice,
     * with all the information available (LCSP art. 156.3.a).
     */
    PRIOR_INFORMATION_NOTICE,
    /** Urgency under LCSP art. 119 makes the general limit impracticable (LCSP art. 156.3.b). */
    URGENCY,
    /** Offers are submitted by electronic means (LCSP art. 156.3.c: five days fewer). */
    ELECTRONIC_SUBMISSION,
    /**
     * Current purchases of goods available on the market in the super-simplified open procedure
     * (LCSP art. 159.6.a, second sentence).
     */
    CURRENT_PURCHASES_OF_GOODS
}
