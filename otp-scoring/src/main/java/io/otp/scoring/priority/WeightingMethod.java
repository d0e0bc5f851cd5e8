package io.otp.scoring.priority;

/** How the weights of a prioritisation were obtained. */
public enum WeightingMethod {

    /** Analytic Hierarchy Process: principal eigenvector of a pairwise comparison matrix (Saaty). */
    AHP,

    /** Rank-order centroid weights from an order of the criteria (Barron and Barrett, 1996). */
    RANK_ORDER_CENTROID
}
