package io.otp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** The CLI run in-process as {@link Otp#commandLine()} configures it, with its output and error streams captured. */
record CliRun(int exitCode, String out, String err) {

    /** The shipped example files, at the repository root. */
    static final Path EXAMPLES = Path.of("..", "examples");

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Otp.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static String example(String name) {
        return EXAMPLES.resolve(name).toString();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
