package io.otp.scoring.abnormal;

/**
 * Whether the price points of the remaining offers are recomputed once an abnormally low offer whose
 * justification was rejected leaves the ranking (LCSP art. 149.6). The doctrine is divided; the SDK
 * records the choice in {@link AbnormalityAssessment#recomputeAfterExclusion()} and the evaluation
 * pipeline applies it. The default is {@link #NO}.
 */
public enum RecomputeAfterExclusion {

    /** The points stay as scored with every offer (TACRC resolution 716/2019). The default. */
    NO,

    /** The points of the remaining offers are recomputed without the excluded one (JCCA report 9/08). */
    YES
}
