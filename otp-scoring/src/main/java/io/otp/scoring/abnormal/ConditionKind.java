package io.otp.scoring.abnormal;

/** What a condition of a pliego's abnormality rule looks at (LCSP art. 149.2.b). */
public enum ConditionKind {

    /** The price, compared with a reference: the budget, a mean of offers or the lowest other offer. */
    PRICE,

    /** The price, judged by RGLCAP art. 85 as if price were the only criterion. */
    RGLCAP_85,

    /** The offer's technical (quality) points, compared with a score, a share of the maximum or the mean. */
    TECHNICAL,

    /** Nested conditions with their own combination, e.g. (below the mean or below the budget) and technical. */
    GROUP
}
