package io.otp.kpi.indicator;

/**
 * What a KPI's thresholds are compared with.
 */
public enum ThresholdBasis {

    /** The measured value itself, in the KPI's unit (SPI 0.93 against the band "at least 0.95"). */
    ABSOLUTE,

    /**
     * The measured value divided by the target in force at the measurement's date, computed with
     * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} (42 % executed against a target of 50 % is 0.84). Used when
     * the target changes over time, such as a budget execution plan; targets must then be positive.
     */
    RATIO_TO_TARGET
}
