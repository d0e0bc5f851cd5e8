package io.otp.kpi.trend;

/**
 * The direction of a milestone's forecast over the last report dates, as read on a milestone trend
 * chart: a flat line is stable, a rising one slipping, a falling one recovering.
 */
public enum Trend {

    /** The forecast did not move by more than the tolerance. */
    STABLE,

    /** The forecast moved later. */
    SLIPPING,

    /** The forecast moved earlier. */
    RECOVERING
}
