/**
 * Prioritisation of the needs the office has assessed (OTP function F7): ranks needs by their
 * {@link io.otp.core.need.NeedAssessment} with the weighted-criteria engine of
 * {@link io.otp.scoring.mcda}, with weights from an AHP pairwise comparison matrix (principal
 * eigenvector, consistency ratio with Saaty's random index) or rank-order centroid weights for
 * departments that can only order the criteria (DOMAIN.md section 5). Every place of the resulting
 * list is explained by the contribution of each criterion.
 */
package io.otp.scoring.priority;
