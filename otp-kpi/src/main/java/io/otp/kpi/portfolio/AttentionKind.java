package io.otp.kpi.portfolio;

/** What an {@link AttentionItem} is: a risk of the risk log or an action item of the action log (EU PM²). */
public enum AttentionKind {
    /** A risk, ranked by its severity. */
    RISK,
    /** An action item, overdue when its due date is before the status date. */
    ACTION
}
