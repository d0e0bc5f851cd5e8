/**
 * Formula criteria (LCSP art. 146.1): the registry of {@link io.otp.scoring.spi.ScoringFormula}s
 * ({@link io.otp.scoring.formula.Formulas}) with the built-in formulas of the Spanish practice, and
 * the rounding of points a pliego prescribes ({@link io.otp.scoring.formula.RoundingPolicy}).
 */
@OtpStyle
package io.otp.scoring.formula;

import io.otp.core.OtpStyle;
