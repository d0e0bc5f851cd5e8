package io.otp.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the office's reports under one directory, {@code target/otp-reports} by default: the
 * evaluation report of each lot of the evaluation scenario ({@link EvaluationReports}), the follow-up
 * report of the service desk contract and the portfolio dashboard of the execution scenario
 * ({@link FollowUpReports}), each in Spanish and English, with their charts as standalone SVG, their
 * tables as CSV and their data as JSON. It prints the pages to open in a browser.
 *
 * <p>Run it with the command given in the README.
 */
public final class ReportsScenario {

    /** Where the reports go when no directory is given. */
    public static final Path DEFAULT_DIRECTORY = Path.of("target", "otp-reports");

    private final PrintStream out;

    /**
     * Creates the scenario writing its summary to the given stream.
     *
     * @param out where the summary goes; not null
     */
    public ReportsScenario(PrintStream out) {
        this.out = out;
    }

    /**
     * Writes the reports.
     *
     * @param args the directory; {@link #DEFAULT_DIRECTORY} when none is given
     */
    public static void main(String[] args) {
        List<Path> files = new ReportsScenario(System.out).run(args.length > 0 ? Path.of(args[0]) : DEFAULT_DIRECTORY);
        if (files.stream().noneMatch(f -> f.toString().endsWith(".html"))) {
            System.exit(1);
        }
    }

    /**
     * Writes every report under a directory and prints the pages.
     *
     * @param dir the directory, created if missing; not null
     * @return every file written, not null
     */
    public List<Path> run(Path dir) {
        List<Path> files = new ArrayList<>(EvaluationReports.write(dir));
        files.addAll(FollowUpReports.write(dir));
        out.println();
        out.println("OTP SDK · reports");
        out.println("=================");
        out.println("   " + files.size() + " files under " + dir.toAbsolutePath().normalize()
            + " (HTML pages, SVG charts, CSV tables, JSON data); open the pages in a browser:");
        files.stream().filter(f -> f.toString().endsWith(".html")).sorted()
            .forEach(f -> out.println("   " + f.toAbsolutePath().normalize().toUri()));
        return files;
    }
}
