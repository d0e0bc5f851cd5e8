/**
 * What providers implement to extend the scoring engine (in the style of JSR 354's SPI): small
 * interfaces found through {@link java.util.ServiceLoader} or registered explicitly.
 *
 * <ul>
 *   <li>{@link io.otp.scoring.spi.ScoringFormula}, with the values it reads
 *       ({@link io.otp.scoring.spi.FormulaInput}, {@link io.otp.scoring.spi.FormulaParameter}) and
 *       returns ({@link io.otp.scoring.spi.FormulaScore}); providers are found by
 *       {@link io.otp.scoring.formula.Formulas}.</li>
 *   <li>{@link io.otp.scoring.spi.AbnormalityRule}: how abnormally low offers are detected (RGLCAP
 *       art. 85, pliego rules); providers are found by
 *       {@link io.otp.scoring.abnormal.rules.AbnormalityRules}.</li>
 * </ul>
 */
@OtpStyle
package io.otp.scoring.spi;

import io.otp.core.OtpStyle;
