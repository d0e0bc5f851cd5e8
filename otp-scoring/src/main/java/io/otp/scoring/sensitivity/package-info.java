/**
 * Sensitivity of a ranking to the criteria's weights (DOMAIN.md section 5, issue 4 part 9): the
 * smallest weight change that changes the winner, rank acceptability by seeded Monte Carlo, and the
 * rank-reversal check when a bid is removed.
 *
 * <p>All of it works on a {@link io.otp.scoring.sensitivity.PointsMatrix} (points per bid per
 * criterion, the declared weights being the maximum points). Changing a criterion's weight rescales
 * every bid's points on it proportionally: the share of the maximum a bid earned stays the same.
 */
package io.otp.scoring.sensitivity;
