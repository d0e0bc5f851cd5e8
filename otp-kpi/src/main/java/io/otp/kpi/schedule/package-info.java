/**
 * Earned schedule (W. Lipke, "Schedule is different", <i>The Measurable News</i>, March 2003): the time
 * at which the earned value should have been earned according to the plan
 * ({@link io.otp.kpi.schedule.EarnedSchedule}), and the time-based schedule indicators that follow from
 * it ({@link io.otp.kpi.schedule.ScheduleFigures}). Unlike SPI = EV / PV, which tends to 1 at the end of
 * any project however late, SPI(t) keeps measuring the delay after the planned finish.
 *
 * <p>Divisions use {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} ({@code DecimalPolicy.MATH_CONTEXT}).
 */
@OtpStyle
package io.otp.kpi.schedule;

import io.otp.core.OtpStyle;
import io.otp.core.money.DecimalPolicy;
