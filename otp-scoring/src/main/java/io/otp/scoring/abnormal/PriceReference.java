package io.otp.scoring.abnormal;

/**
 * The amount a price condition of a pliego compares an offer with. Where the reference is made of
 * offers, only the lowest offer of each business group enters it (LCSP art. 149.3, RGLCAP art. 86).
 */
public enum PriceReference {

    /** The base budget of the lot, VAT excluded. */
    BUDGET,

    /** The arithmetic mean of all valid offers, the offer judged included. */
    MEAN_OF_ALL,

    /** The arithmetic mean of the other valid offers (the offer's own group left out). */
    MEAN_OF_OTHERS,

    /** The lowest of the other valid offers (the offer's own group left out). */
    LOWEST_OTHER
}
