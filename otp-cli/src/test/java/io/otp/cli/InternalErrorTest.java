package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class InternalErrorTest {

    /** A subcommand that fails the way a bug would. */
    @Command(name = "boom")
    static final class Boom extends OtpCommand {
        @Override
        int run() {
            throw new IllegalStateException("simulated failure");
        }
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Otp()).addSubcommand("boom", new Boom());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void internalErrorExitsThreeWithOneLineAndNoStackTrace() {
        CliRun r = run("boom");
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INTERNAL_ERROR);
        assertThat(r.err()).contains("otp boom: internal error: IllegalStateException: simulated failure",
            "--verbose").doesNotContain("\tat ");
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun r = run("boom", "--verbose");
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INTERNAL_ERROR);
        assertThat(r.err()).contains("simulated failure", "InternalErrorTest$Boom.run(");
    }
}
