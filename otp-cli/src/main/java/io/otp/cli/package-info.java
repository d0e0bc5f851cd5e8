/**
 * The {@code otp} command and its subcommands. Each subcommand reads files, calls the SDK and writes
 * its output for people (in English or Spanish) or for programs (JSON, CSV); exit codes are listed by
 * {@link io.otp.cli.Otp}.
 */
package io.otp.cli;
