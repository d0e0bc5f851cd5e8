/**
 * Ranking of the admitted bids of a lot in decreasing order of total points (LCSP art. 150.1), breaking
 * ties by the pliego's criteria and the statutory chain of LCSP art. 147.2 (the pliego's criteria before
 * the chain or instead of it, {@link io.otp.scoring.ranking.TieBreakMode}), listing excluded bids apart with
 * their reasons, and the award proposal with its withdrawals and 3 % penalties (LCSP art. 150.2).
 *
 * <p>Nothing here divides: totals are compared exactly as {@link java.math.BigDecimal}s and the only
 * computed amount, the penalty, is {@link io.otp.core.money.Money#percentage(io.otp.core.money.Percentage)}
 * (rounded half up to the cent).
 */
@OtpStyle
package io.otp.scoring.ranking;

import io.otp.core.OtpStyle;
