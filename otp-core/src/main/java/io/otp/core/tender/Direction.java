package io.otp.core.tender;

/**
 * Whether a larger value of a criterion is better (warranty years) or worse (price, delivery days).
 */
public enum Direction {
    /** More is better, e.g. warranty years. */
    HIGHER_IS_BETTER,
    /** Less is better, e.g. price or delivery time. */
    LOWER_IS_BETTER
}
