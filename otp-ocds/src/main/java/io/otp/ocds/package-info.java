/**
 * Open data: the SDK's contracting processes as Open Contracting Data Standard (OCDS 1.1) releases,
 * records and packages, and OCDS release packages read back into the SDK's model.
 *
 * <p>PLACEHOLDER
 */
@OtpStyle
package io.otp.ocds;

import io.otp.core.OtpStyle;
