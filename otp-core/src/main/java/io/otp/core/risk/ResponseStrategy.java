package io.otp.core.risk;

/**
 * How the project responds to a threat (PM² Guide v3, "Risk Management": avoid, reduce, transfer,
 * accept). Strategies for opportunities (exploit, enhance, share) are not modelled: the register
 * holds threats.
 */
public enum ResponseStrategy {

    /** Change the plan so that the risk cannot happen. */
    AVOID,

    /** Reduce (mitigate) the probability or the impact. */
    REDUCE,

    /** Pass the impact to a third party (a contract clause, insurance). */
    TRANSFER,

    /** Take the risk knowingly, possibly with a contingency reserve. */
    ACCEPT
}
