package io.otp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of the command line, as the tests see it.
 *
 * @param exitCode the exit code
 * @param out what the command wrote for the user
 * @param err problems, progress and usage
 */
record CliRun(int exitCode, String out, String err) {

    /** The example files shipped at the root of the repository, read by the tests. */
    static final Path EXAMPLES = Path.of("..", "examples");

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Otp());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
