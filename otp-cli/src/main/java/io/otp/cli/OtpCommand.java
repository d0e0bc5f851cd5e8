package io.otp.cli;

import io.otp.cli.input.InputFiles;
import io.otp.cli.input.InvalidInputException;
import io.otp.core.Violation;
import java.io.PrintWriter;
import java.util.Locale;
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
 *   <li>a {@code ParameterException} found after parsing: picocli prints it with the usage, and
 *       {@link Otp#EXIT_USAGE};</li>
 *   <li>anything else: one line on the error stream (and the stack trace with {@code --verbose}), and
 *       {@link Otp#EXIT_INTERNAL_ERROR}.</li>
 * </ul>
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
        } catch (RuntimeException | Error e) {
            // An Error too (a stack overflow, say): the documented exit code, never a trace thrown at the user.
            PrintWriter err = err();
            String line = messages().text("error.internal", spec.qualifiedName(), describe(e));
            if (common.verbose) {
                err.println(line);
                e.printStackTrace(err);
            } else {
                err.println(line + " " + messages().text("error.verbose"));
            }
            err.flush();
            return Otp.EXIT_INTERNAL_ERROR;
        }
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    final Messages messages() {
        return Messages.of(common.language);
    }

    final Language language() {
        return common.language;
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
            err.println(e.file() + ": " + problem);
        }
        for (Violation v : e.violations()) {
            String path = v.path().isEmpty() ? messages().text("path.document") : v.path();
            err.println(messages().text("error.violation", e.file(), v.message(common.language.locale()), v.ruleId(),
                path));
        }
        err.flush();
    }

    /** One violation as {@code path [rule] message}. */
    final String line(Violation v) {
        String path = v.path().isEmpty() ? messages().text("path.document") : v.path();
        return path + "  [" + v.ruleId() + "]  " + v.message(common.language.locale());
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
