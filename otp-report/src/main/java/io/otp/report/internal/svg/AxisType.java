package io.otp.report.internal.svg;

/**
 * What the values of a chart axis are: plain numbers or dates (held as epoch days, see
 * {@link ChartPoint}).
 */
public enum AxisType {

    /** Numbers: ticks at nice rounded steps, labels formatted by the report language. */
    NUMBER,

    /** Dates: ticks on days or on the first day of months, labels formatted as dates. */
    DATE
}
