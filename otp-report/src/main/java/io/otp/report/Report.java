package io.otp.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every report of the SDK gives: one self-contained HTML page for people to read and print, the
 * charts of the page as SVG, its tables as CSV and its data as JSON, each also written to files.
 *
 * <p>The output depends only on the input: the same input gives byte-identical HTML, SVG, CSV and JSON
 * (the generation date is given, never read from the clock). Every label comes from the report bundles of
 * the {@link #language()}; every text of the model is escaped.
 *
 * <pre>{@code
 * Report report = ProjectReport.builder(ReportLanguage.SPANISH, LocalDate.of(2027, 1, 8))
 *     .project(ProjectId.of("PRJ-2026-011"), "Centro de atención a usuarios")
 *     .contract(contract)
 *     .evm(series)
 *     .build();
 * report.writeHtml(Path.of("target/follow-up.es.html"));
 * report.writeCharts(Path.of("target/charts"));
 * report.writeCsv(Path.of("target/tables"), true);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe. The SDK's reports are
 * {@link io.otp.report.evaluation.EvaluationReport}, {@link io.otp.report.project.ProjectReport} and
 * {@link io.otp.report.portfolio.DashboardReport}.
 */
public interface Report {

    /**
     * Returns the language of the report: its labels, and how it formats money, numbers and dates.
     *
     * @return the language; not null
     */
    ReportLanguage language();

    /**
     * Returns the title of the report, the one its page shows.
     *
     * @return the title; not null
     */
    String title();

    /**
     * Returns the report as one self-contained HTML page: inline SVG charts, no script, nothing loaded
     * from elsewhere; prints on A4.
     *
     * @return the HTML document; not null
     */
    String html();

    /**
     * Writes the HTML page of {@link #html()} to a file in UTF-8, replacing a regular file of that name;
     * creates missing parent directories. A symbolic link of that name is never followed
     * ({@link ReportDirectory}).
     *
     * @param file the file; not null
     * @return the file; not null
     * @throws NullPointerException if {@code file} is null
     * @throws ReportException if the file is a symbolic link or cannot be written
     */
    Path writeHtml(Path file);

    /**
     * Returns the charts of the page by name, such as {@code evm-s-curve}.
     *
     * @return the charts in the order the page shows them; not null, unmodifiable
     */
    Map<String, Chart> charts();

    /**
     * Writes each chart of {@link #charts()} as a standalone SVG file whose name holds the
     * {@link #fileNamePrefix()}, the chart's name and the language's tag (such as {@code evm-s-curve.es.svg}) into a directory, creating it if missing.
     *
     * @param dir the directory; not null
     * @return the files written, in the order of {@link #charts()}; not null
     * @throws NullPointerException if {@code dir} is null
     * @throws ReportException if a file is a symbolic link or cannot be written
     */
    default List<Path> writeCharts(Path dir) {
        Objects.requireNonNull(dir, "dir");
        List<Path> files = new ArrayList<>();
        charts().forEach((name, chart) -> files.add(chart.writeTo(dir.resolve(fileNamePrefix() + name + "."
            + language().htmlLang() + ".svg"))));
        return List.copyOf(files);
    }

    /**
     * Returns the tables of the report as CSV with locale-neutral values for programs, by name, such as
     * {@code kpis}; the headers are in the language of the report. None has the byte order mark.
     *
     * @return the tables; not null, unmodifiable
     */
    Map<String, CsvTable> tables();

    /**
     * Writes each table of {@link #tables()} as a CSV file whose name holds the {@link #fileNamePrefix()},
     * the table's name and the language's tag (such as {@code kpis.es.csv}) into a directory, creating it if missing.
     *
     * @param dir the directory; not null
     * @param byteOrderMark true to start each file with the UTF-8 byte order mark, for spreadsheet programs
     * @return the files written, in the order of {@link #tables()}; not null
     * @throws NullPointerException if {@code dir} is null
     * @throws ReportException if a file is a symbolic link or cannot be written
     */
    default List<Path> writeCsv(Path dir, boolean byteOrderMark) {
        Objects.requireNonNull(dir, "dir");
        List<Path> files = new ArrayList<>();
        tables().forEach((name, table) -> files.add(table.withByteOrderMark(byteOrderMark)
            .writeTo(dir.resolve(fileNamePrefix() + name + "." + language().htmlLang() + ".csv"))));
        return List.copyOf(files);
    }

    /**
     * What the names of the files {@link #writeCharts(Path)} and {@link #writeCsv(Path, boolean)} write start
     * with, before the chart's or table's name: empty by default; a report of one of several things (the
     * evaluation of one lot) says which, such as {@code evaluation-report-L1-}.
     *
     * @return the prefix; not null
     */
    default String fileNamePrefix() {
        return "";
    }

    /**
     * Returns the data the report shows as JSON, as {@link io.otp.core.json.OtpJson#standard()} writes it;
     * the same data always give the same bytes, whatever the language of the report.
     *
     * @return the JSON text; not null
     */
    String json();
}
