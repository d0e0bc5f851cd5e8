/**
 * The built-in abnormality rules ({@code rglcap-85}, {@code price-below-mean}). Not exported: obtain
 * them through {@link io.otp.scoring.abnormal.rules.AbnormalityRules}.
 */
package io.otp.scoring.internal.abnormal;
