package io.otp.scoring.committee;

/**
 * How the individual scores of the committee members become one score per bid and criterion.
 */
public enum AggregationStrategy {
    /** The arithmetic mean (the default). */
    MEAN,
    /** The middle score; with an even number of scores, the mean of the two middle ones. */
    MEDIAN,
    /** The mean after dropping one highest and one lowest score; needs at least 3 scores. */
    TRIMMED_MEAN,
    /** All members must give the same points; otherwise the committee has to reach agreement. */
    CONSENSUS
}
