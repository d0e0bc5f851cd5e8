package io.otp.scoring.formula;

/**
 * Where a pliego rounds points: each criterion's points, or only each bid's total.
 */
public enum RoundingStage {
    /** Each criterion's points are rounded, and totals are the exact sums of rounded points. */
    PER_CRITERION,
    /** Criterion points are kept unrounded and only each bid's total is rounded. */
    TOTAL_ONLY
}
