/**
 * Value-judgment scoring by an evaluation committee (LCSP arts. 146.2 and 64, Orden HFP/1030/2021):
 * the individual scores of the members ({@link io.otp.scoring.committee.EvaluatorScore}), their
 * declarations of absence of conflict of interest ({@link io.otp.scoring.committee.ConflictOfInterestDeclaration};
 * the PRTR DACI for a PRTR-funded tender, LCSP art. 64 otherwise, signed on or before the day of the
 * scoring: {@link io.otp.scoring.committee.ConflictOfInterestRules})
 * and the aggregation into one score per bid and criterion
 * ({@link io.otp.scoring.committee.CommitteeScoring}). Means divide with
 * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} ({@code DecimalPolicy.MATH_CONTEXT}).
 */
@OtpStyle
package io.otp.scoring.committee;

import io.otp.core.OtpStyle;
import io.otp.core.money.DecimalPolicy;
