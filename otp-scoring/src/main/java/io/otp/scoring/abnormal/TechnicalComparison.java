package io.otp.scoring.abnormal;

/** The direction of a technical condition of a pliego's abnormality rule; both are strict. */
public enum TechnicalComparison {

    /** The technical points are strictly below the reference (a cheap offer of low quality). */
    BELOW,

    /** The technical points are strictly above the reference (a cheap offer promising high quality). */
    ABOVE
}
