package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtpTest {

    @Test
    void withoutSubcommandPrintsUsageWithExitCodes() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCodeCommand.USAGE);
        assertThat(run.err()).contains("Usage: otp", "kpi", "dashboard", "ocds", "demo", "Exit codes:",
            "1   invalid input", "2   usage", "3   internal error");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCodeCommand.USAGE);
        assertThat(run.err()).contains("Unmatched argument at index 0: 'frobnicate'");
    }

    @Test
    void helpIsPrintedOnStandardOutput() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:");
    }
}
