package io.otp.cli;

import io.otp.core.Violation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the common options, the output streams of its {@code CommandLine}
 * (so tests capture them), and the translation of failures into exit codes. A subcommand never calls
 * {@code System.exit}: it returns its exit code.
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
        } catch (RuntimeException e) {
            PrintWriter err = err();
            err.println(messages().text("error.internal", spec.qualifiedName(), describe(e)));
            if (common.verbose) {
                e.printStackTrace(err);
            } else {
                err.println(messages().text("error.verbose"));
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

    /** Prints the problems of the input on stderr: one line per violation, naming the file. */
    final void report(InvalidInputException e) {
        PrintWriter err = err();
        if (e.violations().isEmpty()) {
            err.println(e.file() + ": " + e.getMessage());
        } else {
            err.println(messages().text("error.violations", e.file(), e.violations().size()));
            for (Violation v : e.violations()) {
                err.println("  " + line(v));
            }
        }
        err.flush();
    }

    /** One violation as {@code path [rule] message}. */
    final String line(Violation v) {
        String path = v.path().isEmpty() ? messages().text("path.document") : v.path();
        return path + "  [" + v.ruleId() + "]  " + v.message(common.language.locale());
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
