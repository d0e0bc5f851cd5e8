package io.otp.core.prtr;

/**
 * What a {@link PlanTag} points at: a qualitative milestone ("hito") or a quantitative target
 * ("objetivo") of the plan (Reg. (EU) 2021/241 art. 2.4; Orden HFP/1030/2021 art. 2.2.a, the management by milestones and targets).
 */
public enum PlanTagKind {

    /** A qualitative achievement, e.g. a law in force. */
    MILESTONE,

    /** A quantitative achievement, e.g. a number of entities served. */
    TARGET
}
