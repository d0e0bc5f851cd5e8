/**
 * The parties of public procurement and of a Technical Project Office: organisations (contracting
 * authorities, suppliers), their departments and the people who take part, with the Spanish
 * identifiers they carry ({@link io.otp.core.party.TaxId}, {@link io.otp.core.party.Dir3Code}).
 */
@OtpStyle
package io.otp.core.party;

import io.otp.core.OtpStyle;
