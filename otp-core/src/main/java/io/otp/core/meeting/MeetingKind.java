package io.otp.core.meeting;

/**
 * The kind of a meeting.
 */
public enum MeetingKind {

    /** The start of a project: scope, plan, roles and communication are agreed (EU PM² kick-off meeting). */
    KICK_OFF,

    /** A periodic follow-up of a project in execution with the supplier and the department. */
    FOLLOW_UP,

    /**
     * The project steering committee, to which issues beyond the project manager's thresholds are
     * escalated (EU PM²); a collegiate body with a chair and a secretary (LRJSP art. 15-18).
     */
    STEERING_COMMITTEE,

    /**
     * A session of the evaluation committee of a tender (mesa de contratación, LCSP art. 326), held
     * about a tender, possibly before any project is created.
     */
    EVALUATION_COMMITTEE
}
