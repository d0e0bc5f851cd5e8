/**
 * The evaluation report of a lot (informe de valoración): the document the committee signs, written from
 * an {@link io.otp.scoring.evaluation.EvaluationResult} as one self-contained HTML page with its charts,
 * its score tables as CSV and the result as JSON (LCSP arts. 145 to 150, 157; RGLCAP art. 85). Entry
 * point: {@link io.otp.report.evaluation.EvaluationReport}.
 */
package io.otp.report.evaluation;
