package io.otp.core.need;

/**
 * How soon a department needs a {@link Need} met, as the department states it when raising it and
 * the office confirms during the analysis. It feeds the prioritisation of needs; it is not the
 * "tramitación urgente" of a tender (LCSP art. 119), which needs a reasoned declaration of its own.
 */
public enum Urgency {

    /** Can wait for the next planning cycle. */
    LOW,

    /** Should be met within the current planning cycle. */
    MEDIUM,

    /** Should be met as soon as resources allow; delaying it harms the department's service. */
    HIGH,

    /**
     * Cannot wait: a legal deadline, a security incident or the continuity of a public service
     * depends on it.
     */
    CRITICAL
}
