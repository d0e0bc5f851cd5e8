/**
 * The {@code otp} command ({@link io.otp.cli.Otp}) and its subcommands.
 *
 * <p>Exit codes: 0 ok, 1 invalid input, 2 usage error, 3 internal error.
 */
package io.otp.cli;
