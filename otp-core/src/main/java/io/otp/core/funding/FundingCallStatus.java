package io.otp.core.funding;

/**
 * Where a funding call stands on a given day, derived from its opening and closing dates
 * (BDNS "abierto").
 */
public enum FundingCallStatus {

    /** Announced; applications are not accepted yet. */
    FORECAST,

    /** Applications are accepted. */
    OPEN,

    /** The application period has ended. */
    CLOSED
}
