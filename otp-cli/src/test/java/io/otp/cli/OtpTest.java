package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtpTest {

    @Test
    void versionNamesTheProjectVersion() {
        CliRun r = CliRun.of("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("otp 0.").doesNotContain("${").doesNotContain("null");
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("validate", "evaluate", "sensitivity", "Exit codes:", "invalid input", "usage",
            "internal error");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"validate", "evaluate", "sensitivity", "kpi", "dashboard",
        "demo", "ocds", "ocds export", "ocds import"})
    void everyCommandPrintsItsHelpWithDashDashHelp(String command) {
        // the README promises `otp COMMAND --help` as well as `otp help COMMAND`
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
        args.add("--help");
        CliRun r = CliRun.of(args.toArray(new String[0]));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Usage: otp " + command);
    }

    @Test
    void withoutACommandPrintsUsageAndExitsWithUsageError() {
        CliRun r = CliRun.of();
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("Missing command", "Usage: otp");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = CliRun.of("validate", "--frobnicate", CliRun.example("tender.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("Unknown option", "--frobnicate", "Usage: otp validate");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun r = CliRun.of("frobnicate");
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("frobnicate");
    }

    @Test
    void unknownLanguageIsAUsageError() {
        CliRun r = CliRun.of("validate", "--lang", "fr", CliRun.example("tender.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("expected en or es");
    }
}
