/**
 * Agreements between administrations (convenios, Ley 40/2015 de Régimen Jurídico del Sector Público,
 * LRJSP arts. 47-53) for collaboration on shared projects: {@link io.otp.core.agreement.Agreement}
 * with its {@link io.otp.core.agreement.AgreementParty parties} identified by DIR3 code, its
 * follow-up commission of {@link io.otp.core.agreement.CommissionMember members}, the
 * {@link io.otp.core.agreement.ReusedSolution solutions} it reuses and its
 * {@link io.otp.core.agreement.AgreementStatus lifecycle}.
 */
@OtpStyle
package io.otp.core.agreement;

import io.otp.core.OtpStyle;
