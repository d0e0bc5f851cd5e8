package io.otp.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code otp} command: the OTP SDK from the command line. Each subcommand is its own class,
 * registered in {@code subcommands}.
 *
 * <p>Exit codes: {@value #EXIT_OK} ok, {@value #EXIT_INVALID_INPUT} invalid input (a missing file,
 * malformed JSON or CSV, an invalid tender), {@value #EXIT_USAGE} usage error (an unknown option, a
 * missing argument), {@value #EXIT_INTERNAL_ERROR} internal error (its stack trace with
 * {@code --verbose}).
 *
 * <p>Standard output and error are UTF-8 whatever the platform's charset, and every character a terminal
 * would not show as itself (control, format and bidirectional characters) that comes from input is
 * printed as an escape: see {@link #commandLine()}.
 *
 * <p>Run it in-process with {@code Otp.commandLine().execute(args)}; only {@link #main(String[])} calls
 * {@code System.exit}.
 */
@Command(name = "otp", mixinStandardHelpOptions = true, versionProvider = Otp.Version.class,
    description = "The OTP SDK from the command line: validate and evaluate tenders from JSON and CSV files,"
        + " follow projects up, build dashboards, publish open data and run the office's scenario end to end.",
    subcommands = {
        ValidateCommand.class,
        EvaluateCommand.class,
        SensitivityCommand.class,
        KpiCommand.class,
        DashboardCommand.class,
        OcdsCommand.class,
        DemoCommand.class,
        CommandLine.HelpCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:invalid input: a missing file, malformed JSON or CSV (with line and column), an invalid tender"
            + " (every violation with its path, rule and message)",
        "2:usage: an unknown option, a missing argument",
        "3:internal error (the stack trace with --verbose)"},
    footer = {"", "Output: standard output and error are UTF-8 on every platform; control, format and bidirectional"
        + " characters that come from input are shown as escapes such as \\u001b.",
        "Documentation: the README's Commands section."})
public final class Otp implements Callable<Integer> {

    /** Exit code: the command did what it was asked. */
    public static final int EXIT_OK = 0;
    /** Exit code: the input is wrong (missing file, malformed JSON or CSV, invalid tender). */
    public static final int EXIT_INVALID_INPUT = 1;
    /** Exit code: the command line is wrong (unknown option, missing argument). */
    public static final int EXIT_USAGE = 2;
    /** Exit code: a failure of the tool itself. */
    public static final int EXIT_INTERNAL_ERROR = 3;

    @Spec
    CommandSpec spec;

    /** Creates the top command; picocli fills it from the arguments. */
    public Otp() {
        // Fields are set by picocli.
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments; not null
     */
    public static void main(String[] args) {
        // Whatever else prints (a logger, the JVM) prints UTF-8 too.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        CommandLine cl = commandLine();
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }

    /**
     * Returns the command line of {@code otp}, ready to {@code execute}: its output and error streams write
     * UTF-8 to {@code System.out} and {@code System.err} whatever the platform's charset, escaping every
     * control, format and bidirectional character they are given but the line feed; the help is printed
     * without ANSI colours; a usage error shows the arguments at fault escaped too. A host or a test may set
     * other streams with {@code setOut} and {@code setErr}: the commands escape what they print into them
     * as well.
     *
     * @return a new command line; not null
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Otp());
        cl.setOut(TerminalOutput.of(System.out));
        cl.setErr(TerminalOutput.of(System.err));
        cl.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cl.setParameterExceptionHandler(Otp::usageError);
        return cl;
    }

    /**
     * Prints a usage error as picocli does (the message, then suggestions or the usage), the message on one
     * line with the arguments it quotes escaped.
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = TerminalOutput.escaping(cl.getErr());
        err.println(TerminalOutput.line(e.getMessage()));
        if (!UnmatchedArgumentException.printSuggestions(e, err)) {
            cl.usage(err);
        }
        err.flush();
        return EXIT_USAGE;
    }

    /**
     * Without a subcommand: prints the usage on stderr.
     *
     * @return {@link #EXIT_USAGE}
     */
    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        cl.getErr().println("Missing command: give one of " + String.join(", ", cl.getSubcommands().keySet()) + ".");
        cl.usage(cl.getErr());
        return EXIT_USAGE;
    }

    /** The version of {@code otp}: the Maven version the jar was built from. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Otp.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"otp " + p.getProperty("version", "unknown") + " (OTP SDK command-line tool)",
                "Java " + Runtime.version() + ", " + System.getProperty("java.vendor", "")};
        }
    }
}
