/**
 * The documents the {@code otp} command reads: the evaluation document ({@link io.otp.cli.input.EvaluationInput})
 * (the CSV pair of criteria and bids is read into the same document).
 */
package io.otp.cli.input;
