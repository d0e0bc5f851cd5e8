package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.cli.input.InvalidInputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class OtpCommandTest {

    @Command(name = "failing")
    static final class Failing extends OtpCommand {
        @Override
        int run() {
            throw new IllegalStateException("the disk caught fire");
        }
    }

    @Command(name = "rejecting")
    static final class Rejecting extends OtpCommand {
        @Override
        int run() {
            throw new InvalidInputException("a.json", List.of("first problem", "second problem"), List.of());
        }
    }

    private static CliRun run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new CliRun(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void internalErrorIsOneLineWithoutStackTrace() {
        CliRun run = run(new Failing());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INTERNAL_ERROR);
        assertThat(run.errLines()).containsExactly("failing: internal error: IllegalStateException: the disk"
            + " caught fire (run with --verbose for details)");
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun run = run(new Failing(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INTERNAL_ERROR);
        assertThat(run.err()).contains("OtpCommandTest$Failing.run(");
    }

    @Test
    void badInputPrintsEveryProblemOnItsOwnLine() {
        CliRun run = run(new Rejecting());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.errLines()).containsExactly("a.json: first problem", "a.json: second problem");
    }
}
