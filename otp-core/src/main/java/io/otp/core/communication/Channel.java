package io.otp.core.communication;

/**
 * A communication channel of the office.
 */
public enum Channel {
    /** The organisation's web site or the project's page. */
    WEB,
    /** The organisation's social media accounts. */
    SOCIAL_MEDIA,
    /** Press releases and media. */
    PRESS,
    /** The open data portal (datasets published under Ley 37/2007 on the reuse of public sector information). */
    OPEN_DATA_PORTAL,
    /** Events: conferences, workshops, demonstrations. */
    EVENTS,
    /** Newsletters sent to subscribers. */
    NEWSLETTER
}
