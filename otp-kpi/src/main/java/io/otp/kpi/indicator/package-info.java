/**
 * Key performance indicators of projects in execution: definitions (direction, targets that change
 * over time, thresholds on a status scale, frequency, aggregation), measurements and their time
 * series, and the assessment of a KPI at a date with its explanation and trend (DOMAIN.md sections 6
 * and 9; EU PM² status reporting). A built-in catalogue for public ICT projects is
 * {@link io.otp.kpi.indicator.PublicIctKpis}.
 *
 * <p>Numbers are exact {@link java.math.BigDecimal}s. Sums, minima, maxima and comparisons are exact;
 * every division (means, ratios to a target, the least-squares slope of a trend) uses the one
 * {@link java.math.MathContext} {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}
 * ({@code DECIMAL64}: 16 significant digits, half-even). Nothing is rounded unless a method says so.
 */
@OtpStyle
package io.otp.kpi.indicator;

import io.otp.core.OtpStyle;
