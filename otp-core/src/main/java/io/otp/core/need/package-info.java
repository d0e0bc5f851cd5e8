/**
 * Needs raised by the organisation's departments and analysed by the office (OTP function F7):
 * {@link io.otp.core.need.Need}, its lifecycle {@link io.otp.core.need.NeedStatus} and the office's
 * {@link io.otp.core.need.NeedAssessment} made during the analysis, which otp-scoring ranks needs by.
 *
 * <p>The analysis of a need is where the office documents what the administration needs and why,
 * the "necesidad e idoneidad del contrato" that LCSP art. 28.1 requires to be determined precisely
 * and that the memoria justificativa of a later tender states (LCSP art. 116.4.e). An approved need
 * becomes, or joins, a {@link io.otp.core.project.Project}.
 */
@OtpStyle
package io.otp.core.need;

import io.otp.core.OtpStyle;
