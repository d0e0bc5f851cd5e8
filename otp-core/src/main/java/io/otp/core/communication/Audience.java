package io.otp.core.communication;

/**
 * Whom a communication action or publication addresses.
 */
public enum Audience {
    /** The general public. */
    CITIZENS,
    /** Companies, potential bidders and suppliers. */
    COMPANIES,
    /** Other public administrations. */
    ADMINISTRATIONS
}
