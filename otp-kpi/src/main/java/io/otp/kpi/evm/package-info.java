/**
 * Earned value management (EVM): the cumulative planned value, earned value and actual cost of a
 * project per reporting period ({@link io.otp.kpi.evm.EvmSeries}) and the figures computed from them at
 * a status date ({@link io.otp.kpi.evm.EarnedValue}, {@link io.otp.kpi.evm.EvmFigures}): variances,
 * performance indices, estimates at completion, to-complete performance indices and percentages, each
 * explained with its formula and the numbers substituted.
 *
 * <p>Sources: PMI, <i>Practice Standard for Earned Value Management</i> (2nd ed., 2011); ANSI/EIA-748
 * (Earned Value Management Systems). Divisions use {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}
 * ({@code DecimalPolicy.MATH_CONTEXT}); money results are rounded half up to the cent.
 */
@OtpStyle
package io.otp.kpi.evm;

import io.otp.core.OtpStyle;
import io.otp.core.money.DecimalPolicy;
