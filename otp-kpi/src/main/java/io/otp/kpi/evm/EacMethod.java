package io.otp.kpi.evm;

/**
 * How an estimate at completion (EAC) forecasts the cost of the remaining work (BAC &minus; EV), after
 * the PMI <i>Practice Standard for Earned Value Management</i> (2nd ed., 2011, ch. 5) and ANSI/EIA-748.
 */
public enum EacMethod {
    /** Remaining work at the budgeted rate: EAC = AC + (BAC &minus; EV); always defined. */
    BUDGETED_RATE,
    /** Remaining work at the cost efficiency so far: EAC = BAC / CPI = AC + (BAC &minus; EV) / CPI. */
    CPI,
    /** Remaining work at cost and schedule efficiency: EAC = AC + (BAC &minus; EV) / (CPI &times; SPI). */
    CPI_SPI,
    /** A new bottom-up estimate of the remaining work (ETC) supplied by the project: EAC = AC + ETC. */
    BOTTOM_UP
}
