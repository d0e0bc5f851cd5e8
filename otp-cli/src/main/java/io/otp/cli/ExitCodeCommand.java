package io.otp.cli;

import io.otp.cli.input.BadInputException;
import io.otp.report.ReportLanguage;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A subcommand that maps what goes wrong to the documented exit codes, so that it never ends the JVM
 * and runs the same in-process (tests) and from {@code main}: bad input prints one line per problem
 * on the error stream and gives {@link #INVALID_INPUT}; an unexpected failure prints one line (the
 * stack trace with {@code --verbose}) and gives {@link #INTERNAL_ERROR}. Usage errors ({@link #USAGE})
 * are picocli's, before the command runs.
 */
public abstract class ExitCodeCommand implements Callable<Integer> {

    /** The command did its work. */
    public static final int OK = 0;

    /** The input was wrong: a missing file, malformed JSON or CSV, invalid values. */
    public static final int INVALID_INPUT = 1;

    /** The command line was wrong: an unknown option, a missing argument. */
    public static final int USAGE = 2;

    /** Something failed that is not the user's input; {@code --verbose} shows the stack trace. */
    public static final int INTERNAL_ERROR = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", description = "On an internal error, print the stack trace.")
    boolean verbose;

    /** Creates the command; picocli fills its options. */
    protected ExitCodeCommand() {
    }

    /**
     * Runs the command and maps its failures to exit codes.
     *
     * @return the exit code
     */
    @Override
    public final Integer call() {
        try {
            return run();
        } catch (BadInputException e) {
            e.problems().forEach(p -> err().println(p));
            err().flush();
            return INVALID_INPUT;
        } catch (RuntimeException | Error e) {
            err().println("otp: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err());
            }
            err().flush();
            return INTERNAL_ERROR;
        }
    }

    /**
     * Does the command's work.
     *
     * @return the exit code, {@link #OK} normally
     * @throws BadInputException if the input is wrong
     */
    protected abstract int run();

    /**
     * The output stream for the command's results (picocli's, replaced in tests).
     *
     * @return the writer; not null
     */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * The error stream for problems and progress.
     *
     * @return the writer; not null
     */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Converts {@code --lang es|en} into the report language.
     */
    public static final class LanguageConverter implements CommandLine.ITypeConverter<ReportLanguage> {

        /** Creates the converter. */
        public LanguageConverter() {
        }

        /**
         * Converts a language tag.
         *
         * @param value {@code es} or {@code en}; not null
         * @return the language; not null
         * @throws CommandLine.TypeConversionException for any other value (a usage error)
         */
        @Override
        public ReportLanguage convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "es" -> ReportLanguage.SPANISH;
                case "en" -> ReportLanguage.ENGLISH;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a language; use es or en");
            };
        }
    }
}
