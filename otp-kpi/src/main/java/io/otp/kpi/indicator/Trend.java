package io.otp.kpi.indicator;

/**
 * Where a KPI is heading over recent periods, judged by its direction (see {@link TrendAnalysis}).
 */
public enum Trend {

    /** Getting better by more than the KPI's tolerance per period. */
    IMPROVING,

    /** Changing by no more than the KPI's tolerance per period, either way. */
    STABLE,

    /** Getting worse by more than the KPI's tolerance per period. */
    WORSENING
}
