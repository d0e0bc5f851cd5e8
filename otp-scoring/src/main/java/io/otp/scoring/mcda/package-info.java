/**
 * A reusable weighted-criteria (MCDA) engine for any alternatives: weights (normalised, rank-order
 * centroid, AHP), normalisation kept separate from cost/benefit inversion, an explainable weighted sum
 * and TOPSIS closeness (DOMAIN.md section 5).
 *
 * <p>Legal-style scores (the weighted sum and normalised weights) are exact {@code BigDecimal} with
 * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} for every division; AHP and TOPSIS are analysis
 * and use {@code double}, as their Javadoc says.
 */
package io.otp.scoring.mcda;
