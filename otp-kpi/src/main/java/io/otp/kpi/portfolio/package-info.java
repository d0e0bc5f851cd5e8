/**
 * Portfolio roll-up and the dashboard as data (DOMAIN.md sections 6 and 9; EU PM² status reporting):
 * projects ({@link io.otp.kpi.portfolio.ProjectEntry}) grouped in programmes
 * ({@link io.otp.kpi.portfolio.Programme}) grouped in a {@link io.otp.kpi.portfolio.Portfolio}, each
 * project with its earned-value series and its status per {@link io.otp.kpi.portfolio.Dimension}.
 *
 * <p>Earned value is rolled up by summing PV, EV, AC and BAC first and computing the indices from the
 * sums with {@link io.otp.kpi.evm.EarnedValue} ({@link io.otp.kpi.portfolio.EvmSummary#sum}); indices
 * are never averaged. The status of a programme or the portfolio in a dimension is the worst status of
 * its projects in that dimension; the overall status applies an
 * {@link io.otp.kpi.portfolio.OverallStatusPolicy} (the worst dimension by default) to those statuses.
 * {@link io.otp.kpi.portfolio.DashboardSnapshot} holds everything a dashboard shows at a status date,
 * in a deterministic order, as JSON-serialisable data.
 *
 * <p>Divisions use {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} ({@code DecimalPolicy.MATH_CONTEXT});
 * ratios are exact to that context and not rounded further.
 */
@OtpStyle
package io.otp.kpi.portfolio;

import io.otp.core.OtpStyle;
import io.otp.core.money.DecimalPolicy;
