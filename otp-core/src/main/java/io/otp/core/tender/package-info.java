/**
 * Tenders (expedientes de contratación) and what they are made of: lots, award criteria, bids.
 */
@OtpStyle
package io.otp.core.tender;

import io.otp.core.OtpStyle;
