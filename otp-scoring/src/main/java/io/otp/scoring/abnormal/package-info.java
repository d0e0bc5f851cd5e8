/**
 * Abnormally low offers (LCSP art. 149, RGLCAP arts. 85 and 86): the input a rule judges
 * ({@link io.otp.scoring.abnormal.AbnormalityInput}), the result with the explanation of every bid
 * ({@link io.otp.scoring.abnormal.AbnormalityAssessment}) and the justification decisions that follow
 * ({@link io.otp.scoring.abnormal.AbnormalOfferDecision}).
 *
 * <p>Rules are providers of {@link io.otp.scoring.spi.AbnormalityRule}, found through
 * {@link io.otp.scoring.abnormal.rules.AbnormalityRules}. All internal division uses
 * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} ({@code DecimalPolicy.MATH_CONTEXT}).
 */
@OtpStyle
package io.otp.scoring.abnormal;

import io.otp.core.OtpStyle;
import io.otp.core.money.DecimalPolicy;
