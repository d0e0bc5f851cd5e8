package io.otp.kpi.indicator;

/**
 * Which values of a KPI are better.
 */
public enum KpiDirection {

    /** A higher value is better (SPI, CPI, percentage of milestones met on time). */
    HIGHER_IS_BETTER,

    /** A lower value is better (overdue action items). */
    LOWER_IS_BETTER,

    /**
     * A value inside a band is best and the further outside the worse, on either side (budget
     * executed against plan: under-spending and over-spending are both deviations).
     */
    WITHIN_BAND
}
