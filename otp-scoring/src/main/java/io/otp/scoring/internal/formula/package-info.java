/**
 * The built-in formulas; not exported: callers reach them by id through
 * {@link io.otp.scoring.formula.Formulas}.
 */
package io.otp.scoring.internal.formula;
