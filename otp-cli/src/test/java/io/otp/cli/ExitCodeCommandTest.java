package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.cli.input.BadInputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ExitCodeCommandTest {

    @Command(name = "failing")
    static final class Failing extends ExitCodeCommand {
        @Override
        protected int run() {
            throw new IllegalStateException("the disk caught fire");
        }
    }

    @Command(name = "rejecting")
    static final class Rejecting extends ExitCodeCommand {
        @Override
        protected int run() {
            throw new BadInputException(List.of("a.json: first problem", "a.json: second problem"));
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

        assertThat(run.exitCode()).isEqualTo(ExitCodeCommand.INTERNAL_ERROR);
        assertThat(run.errLines()).containsExactly("otp: internal error: java.lang.IllegalStateException: the disk"
            + " caught fire (run with --verbose for details)");
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun run = run(new Failing(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCodeCommand.INTERNAL_ERROR);
        assertThat(run.err()).contains("ExitCodeCommandTest$Failing.run(");
    }

    @Test
    void badInputPrintsEveryProblemOnItsOwnLine() {
        CliRun run = run(new Rejecting());

        assertThat(run.exitCode()).isEqualTo(ExitCodeCommand.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly("a.json: first problem", "a.json: second problem");
    }
}
