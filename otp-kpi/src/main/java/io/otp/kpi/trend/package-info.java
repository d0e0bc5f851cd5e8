/**
 * Milestone trend analysis (MTA): how the forecast dates of a contract's milestones move from one
 * progress report to the next.
 *
 * <p>{@link io.otp.kpi.trend.MilestoneTrendAnalyzer} turns the forecast histories of
 * {@link io.otp.core.execution.Milestone}s into one {@link io.otp.kpi.trend.TrendSnapshot} per report
 * date, computes each forecast's slip against the baseline in calendar days and in working days (a
 * {@link io.otp.kpi.trend.WorkingCalendar} the host supplies), and classifies each milestone's trend
 * as {@link io.otp.kpi.trend.Trend#STABLE stable}, {@link io.otp.kpi.trend.Trend#SLIPPING slipping}
 * or {@link io.otp.kpi.trend.Trend#RECOVERING recovering}. The result,
 * {@link io.otp.kpi.trend.MilestoneTrendAnalysis}, holds the series per milestone that a report
 * draws as the MTA chart (report date on the x axis, forecast date on the y axis; a flat line is
 * stable, a rising one slipping, a falling one recovering; a line ends when it meets the diagonal,
 * where the milestone is reached).
 */
@OtpStyle
package io.otp.kpi.trend;

import io.otp.core.OtpStyle;
