package io.otp.core.risk;

/** How urgently an issue must be dealt with, lowest first. */
public enum IssuePriority {

    /** Dealt with in the normal course of the project. */
    LOW,

    /** Dealt with before the next progress report. */
    MEDIUM,

    /** Dealt with now by the project manager. */
    HIGH,

    /** Beyond the project manager's tolerance: escalated to the steering committee. */
    CRITICAL
}
