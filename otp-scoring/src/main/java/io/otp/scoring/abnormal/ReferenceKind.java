package io.otp.scoring.abnormal;

/**
 * What a bid was compared with.
 */
public enum ReferenceKind {

    /** The base budget, VAT excluded (RGLCAP art. 85.1 and the 25-unit clause of 85.3). */
    BUDGET,

    /** The other offer (RGLCAP art. 85.2). */
    OTHER_OFFER,

    /** The arithmetic mean of the offers that entered the computation (RGLCAP arts. 85.3, 85.4). */
    MEAN,

    /** The mean recomputed without the offers more than 10 units above the first mean (RGLCAP arts. 85.3, 85.4). */
    RECOMPUTED_MEAN,

    /** The mean of the 3 lowest offers, when fewer than 3 remained after leaving out the high ones (RGLCAP art. 85.4). */
    MEAN_OF_THREE_LOWEST,

    /** The mean of the other offers (a pliego rule under LCSP art. 149.2.b). */
    MEAN_OF_OTHERS,

    /** The lowest of the other offers (a pliego rule under LCSP art. 149.2.b). */
    LOWEST_OTHER_OFFER,

    /** A technical score set by the pliego, in points or as a share of the maximum (LCSP art. 149.2.b). */
    TECHNICAL_THRESHOLD,

    /** The mean of the valid offers' technical points (LCSP art. 149.2.b). */
    TECHNICAL_MEAN,

    /** No reference exists (a pliego rule comparing with other offers when there are none); never flagged. */
    NONE
}
