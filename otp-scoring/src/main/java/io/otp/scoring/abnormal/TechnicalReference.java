package io.otp.scoring.abnormal;

/** What a technical condition of a pliego's abnormality rule compares the offer's technical points with. */
public enum TechnicalReference {

    /** A number of points Z set by the pliego. */
    POINTS,

    /** A share Y % of the technical maximum. */
    SHARE_OF_MAXIMUM,

    /** The arithmetic mean of the technical points of all valid offers. */
    MEAN
}
