package io.otp.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code otp} command. Run with no subcommand it prints its usage, which lists the subcommands and
 * the exit codes.
 */
@Command(name = "otp", mixinStandardHelpOptions = true, version = "otp 0.1.0-SNAPSHOT",
    description = "The OTP SDK from the command line: follow projects up, build dashboards, publish open data"
        + " and run the office's scenario end to end.",
    subcommands = {KpiCommand.class, DashboardCommand.class, OcdsCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:invalid input (missing file, malformed JSON or CSV with line and column, invalid values with"
            + " path, rule and message)",
        "2:usage (unknown option, missing argument)",
        "3:internal error (no stack trace unless --verbose)"})
public final class Otp implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Creates the command. */
    public Otp() {
    }

    /**
     * Runs the command line and ends the JVM with its exit code.
     *
     * @param args the arguments; not null
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Otp()).execute(args));
    }

    /**
     * Without a subcommand: prints the usage.
     *
     * @return {@link ExitCodeCommand#USAGE}
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodeCommand.USAGE;
    }
}
