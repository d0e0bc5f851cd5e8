package io.otp.kpi.earning;

import io.otp.core.ValidationException;

/**
 * A rule that turns the progress of a work item into earned value (PMI <i>Practice Standard for Earned
 * Value Management</i>, 2nd ed., 2011, "measurement methods"; ANSI/EIA-748 guideline 7). The standard
 * rules are the constants of {@link StandardEarningRule}; a host may implement others (units,
 * apportioned effort).
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface EarningRule {

    /**
     * Returns the stable id of the rule, e.g. {@code 50-50}, kept across versions so that stored work
     * items keep their rule.
     *
     * @return the id, not null, not blank
     */
    String id();

    /**
     * Computes the earned value of a work item from its progress.
     *
     * @param progress the progress of the work item; not null
     * @return the earned value, between zero and the budget, with its explanation, not null
     * @throws ValidationException if the progress lacks what the rule needs (a percentage, milestones,
     *     a planned value), naming the field
     */
    Earning earn(WorkProgress progress);
}
