package io.otp.core.meeting;

/**
 * The role of an attendee in a meeting (LRJSP arts. 15-19: chair, secretary and members of a collegiate
 * body; guests attend without being members).
 */
public enum AttendeeRole {

    /** Chairs the meeting. */
    CHAIR,

    /** Draws up the minutes (LRJSP art. 18). */
    SECRETARY,

    /** A member of the meeting or committee. */
    MEMBER,

    /** Attends by invitation, without being a member. */
    GUEST
}
