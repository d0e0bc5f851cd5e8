package io.otp.cli;

import io.otp.cli.input.InputFiles;
import io.otp.cli.input.InvalidInputException;
import io.otp.core.Language;
import io.otp.core.Violation;
import io.otp.report.ReportFileException;
import io.otp.report.ReportLanguage;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the common options ({@code --lang}, {@code --verbose}), the output
 * streams of its {@code CommandLine} (so tests capture them), and the translation of failures into the
 * documented exit codes of {@link Otp}. A subcommand never calls {@code System.exit}: it returns its
 * exit code, so it runs the same in-process and from {@code main}.
 *
 * <ul>
 *   <li>{@link InvalidInputException}: one line per problem on the error stream, each naming the file,
 *       and {@link Otp#EXIT_INVALID_INPUT};</li>
 *   <li>a {@link ReportFileException} (an output file that is a symbolic link, or cannot be written): one
 *       line naming the file, and {@link Otp#EXIT_INVALID_INPUT};</li>
 *   <li>a {@code ParameterException} found after parsing: picocli prints it with the usage, and
 *       {@link Otp#EXIT_USAGE};</li>
 *   <li>anything else: one line on the error stream (and the stack trace with {@code --verbose}), and
 *       {@link Otp#EXIT_INTERNAL_ERROR}.</li>
 * </ul>
 *
 * <p>Everything a command prints goes through {@link TerminalOutput}: values from input are put into lines
 * with their hidden characters escaped, and the streams escape whatever else reaches them.
 */
abstract class OtpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    /**
     * Runs the command.
     *
     * @return the exit code
     */
    abstract int run();

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (ParameterException e) {
            // A usage error found after parsing: picocli's handler prints it with the usage, exit 2.
            throw e;
        } catch (InvalidInputException e) {
            report(e);
            return Otp.EXIT_INVALID_INPUT;
        } catch (ReportFileException e) {
            // What cannot be written is the output the user named (or a link planted in it): the input is at fault.
            report(new InvalidInputException(e.file().toString(), e.reason()));
            return Otp.EXIT_INVALID_INPUT;
        } catch (RuntimeException | Error e) {
            // An Error too (a stack overflow, say): the documented exit code, never a trace thrown at the user.
            PrintWriter err = err();
            String line = messages().text("error.internal", Map.of(
                "command", spec.qualifiedName(), "error", describe(e)));
            if (common.verbose) {
                err.println(line);
                printStackTrace(err, e);
            } else {
                err.println(line + " " + messages().text("error.verbose"));
            }
            err.flush();
            return Otp.EXIT_INTERNAL_ERROR;
        }
    }

    final PrintWriter out() {
        return TerminalOutput.escaping(spec.commandLine().getOut());
    }

    final PrintWriter err() {
        return TerminalOutput.escaping(spec.commandLine().getErr());
    }

    final Messages messages() {
        return Messages.of(common.language);
    }

    final Language language() {
        return common.language;
    }

    /** How reports write in the language of the command. */
    final ReportLanguage reportLanguage() {
        return ReportLanguage.of(common.language);
    }

    /** Reads a JSON file named on the command line into an SDK type, in the language of the command. */
    final <T> T readJson(String file, Class<T> type) {
        Locale locale = common.language.locale();
        return InputFiles.json(InputFiles.path(file, locale), type, locale);
    }

    /**
     * Prints the problems of the input on stderr, one line each, naming the file: the CLI's own problems
     * as {@code file: problem}, the SDK's violations as {@code file: message [rule R, at path]}.
     */
    final void report(InvalidInputException e) {
        PrintWriter err = err();
        for (String problem : e.problems()) {
            err.println(TerminalOutput.line(e.file()) + ": " + TerminalOutput.line(problem));
        }
        for (Violation v : e.violations()) {
            err.println(messages().text("error.violation", Map.of(
                "file", e.file(), "message", v.message(common.language.locale()), "rule", v.ruleId(),
                "path", path(v))));
        }
        err.flush();
    }

    /** One violation as {@code path [rule] message}, on one line. */
    final String line(Violation v) {
        return TerminalOutput.line(path(v) + "  [" + v.ruleId() + "]  " + v.message(common.language.locale()));
    }

    private String path(Violation v) {
        return v.path().isEmpty() ? messages().text("path.document") : v.path();
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * The stack trace with each exception's text on one line: a message quoting input cannot add lines to
     * it. The frames are the program's own.
     */
    private static void printStackTrace(PrintWriter err, Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            err.println((t == e ? "" : "Caused by: ") + TerminalOutput.line(t));
            for (StackTraceElement frame : t.getStackTrace()) {
                err.println("    at " + frame);
            }
        }
    }
}
