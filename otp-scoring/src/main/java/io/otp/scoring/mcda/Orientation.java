package io.otp.scoring.mcda;

/**
 * Whether more of a criterion is better (benefit) or worse (cost).
 */
public enum Orientation {
    /** More is better: quality, warranty years. */
    BENEFIT,
    /** Less is better: price, delivery days. The weighted sum inverts it before normalising. */
    COST
}
