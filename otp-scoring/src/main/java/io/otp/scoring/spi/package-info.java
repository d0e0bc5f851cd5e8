/**
 * What formula providers implement: {@link io.otp.scoring.spi.ScoringFormula}, with the values it
 * reads ({@link io.otp.scoring.spi.FormulaInput}, {@link io.otp.scoring.spi.FormulaParameter}) and
 * returns ({@link io.otp.scoring.spi.FormulaScore}). Providers are found by
 * {@link io.otp.scoring.formula.Formulas} through {@link java.util.ServiceLoader} or registered
 * explicitly.
 */
@OtpStyle
package io.otp.scoring.spi;

import io.otp.core.OtpStyle;
