/**
 * The risks and issues register of a project, after the risk and issue logs of the EU project
 * management methodology PM² (European Commission, PM² Guide v3, "Risk Management" and "Issue and
 * Decision Management"): {@link io.otp.core.risk.RiskRegister} holds the project's
 * {@link io.otp.core.risk.Risk}s, rated by {@link io.otp.core.risk.Rating} of probability and
 * impact, and its {@link io.otp.core.risk.Issue}s.
 */
@OtpStyle
package io.otp.core.risk;

import io.otp.core.OtpStyle;
