/**
 * Earning rules: how the progress of a work item with a budget becomes earned value (EV) — weighted
 * milestones, 0/100, 50/50, percent complete and level of effort ({@link io.otp.kpi.earning.EarningRule},
 * {@link io.otp.kpi.earning.StandardEarningRule}), after the PMI <i>Practice Standard for Earned Value
 * Management</i> (2nd ed., 2011, "measurement methods") and ANSI/EIA-748 guideline 7 (objective
 * indicators of progress).
 */
@OtpStyle
package io.otp.kpi.earning;

import io.otp.core.OtpStyle;
