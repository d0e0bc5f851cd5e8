package io.otp.kpi.earning;

/**
 * Whether a work item has started and finished, as the fixed-formula earning rules (0/100, 50/50) read
 * it (PMI <i>Practice Standard for Earned Value Management</i>, 2nd ed., 2011).
 */
public enum WorkState {
    /** Work has not started. */
    NOT_STARTED,
    /** Work has started and is not finished. */
    STARTED,
    /** Work is finished (the deliverable is accepted, where acceptance is the criterion). */
    FINISHED
}
