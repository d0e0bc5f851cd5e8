/**
 * The evaluation of one lot as a state machine that enforces the order of LCSP arts. 146-150:
 * bids are registered, the committee scores the value-judgment envelope and seals its scores, the
 * technical threshold is applied (art. 146.3), the formula envelope is opened and scored, abnormally
 * low offers are detected and resolved (art. 149), the admitted bids are ranked, ties are broken
 * (art. 147) and the award is proposed (art. 150).
 *
 * <p>{@link io.otp.scoring.evaluation.Evaluation} is the state: each step returns a new immutable
 * state and appends an {@link io.otp.scoring.evaluation.EvaluationEvent} (who, when, what changed)
 * to its history, the record a store keeps in its audit trail. The formula offers cannot be read
 * before the value-judgment scores are sealed: the API refuses it with an
 * {@link io.otp.scoring.evaluation.EvaluationOrderException}. {@link
 * io.otp.scoring.evaluation.EvaluationResult} explains every number: for each bid and criterion
 * the formula and its parameters, the inputs used, and the points before and after rounding. The
 * same input gives byte-identical JSON.
 *
 * <p>Divisions use {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} and points are rounded
 * once, where the lot's {@link io.otp.scoring.formula.RoundingPolicy} says.
 */
@OtpStyle
package io.otp.scoring.evaluation;

import io.otp.core.OtpStyle;
