/**
 * The documents the {@code otp} command reads and how it reads them: the evaluation document
 * ({@link io.otp.cli.input.EvaluationInput}; the CSV pair of criteria and bids is read into the same
 * document), the earned-value series in CSV ({@link io.otp.cli.input.EvmSeriesCsv}), the OCDS process
 * bundle ({@link io.otp.cli.input.ProcessBundle}), and the one reader of the files named on the command
 * line ({@link io.otp.cli.input.InputFiles}), which reports every problem as an
 * {@link io.otp.cli.input.InvalidInputException} naming the file (exit code 1).
 */
package io.otp.cli.input;
