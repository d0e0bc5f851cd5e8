/**
 * Dissemination and communication of the office (OTP function F11): the
 * {@link io.otp.core.communication.CommunicationPlan} of a project (planned actions per channel and
 * audience, and the {@link io.otp.core.communication.Publication}s made) and the coordination rules
 * checked by {@link io.otp.core.communication.CommunicationRules}: no evaluation results before the
 * award, the EU funding statement on every publication of an EU-funded project (Regulation (EU)
 * 2021/241 art. 34.2; Orden HFP/1030/2021 art. 9 for the PRTR), and every channel of the plan used
 * at least once per period.
 */
@OtpStyle
package io.otp.core.communication;

import io.otp.core.OtpStyle;
