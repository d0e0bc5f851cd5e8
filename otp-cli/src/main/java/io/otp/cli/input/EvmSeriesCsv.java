package io.otp.cli.input;

import io.otp.core.OtpException;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EvmSeries;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an earned-value series from CSV, as a spreadsheet exports it:
 *
 * <pre>
 * # lines starting with # and blank lines are ignored
 * bac,300000.00
 * statusDate,2026-12-31
 * periodEnd,pv,ev,ac
 * 2026-06-30,25000.00,24000.00,26000.00
 * 2027-05-31,300000.00,,
 * </pre>
 *
 * <p>Two key-value lines give the budget at completion and the status date; then a header and one row
 * per period with its end date and the cumulative planned value, earned value and actual cost, in euros.
 * Earned value and actual cost are empty for the periods after the last report. The separator is the
 * comma or the semicolon (the same in the whole file: the first of them on the first line that is not a
 * comment); a field may be enclosed in double quotes (RFC 4180, read with {@link CsvRecords}), which may
 * hold the separator and doubled double quotes but no line break. Amounts use a point for decimals and no
 * grouping.
 * The file is read as a stream, its limits checked while reading: {@link InputFiles#MAX_CSV_BYTES} bytes,
 * {@link #MAX_PERIODS} period rows.
 */
public final class EvmSeriesCsv {

    /**
     * The most periods of a series the {@code kpi} command reads, from CSV or JSON: a century of monthly
     * reports. The trend of each KPI is computed at every period, so time and memory grow with the square
     * of the periods (5,000 periods took some 9 s and 1.6 GB); rule {@value InputFiles#LIMIT_RULE}.
     */
    public static final int MAX_PERIODS = 1_200;

    private static final List<String> HEADER = List.of("periodend", "pv", "ev", "ac");
    /** The longest line read; a period row is a few dozen characters. */
    private static final int MAX_LINE = 10_000;
    /** Problems reported before reading stops: a file of a million bad lines gets a page, not a million lines. */
    private static final int MAX_PROBLEMS = 100;

    private EvmSeriesCsv() {
    }

    /**
     * Reads a series from a CSV file, as a stream: at most {@link InputFiles#MAX_CSV_BYTES} bytes and
     * {@link #MAX_PERIODS} period rows, checked while reading.
     *
     * @param file the file; not null
     * @param locale the language of the SDK's messages; not null
     * @return the series; not null
     * @throws InvalidInputException if the file is missing, too large, has more than {@link #MAX_PERIODS}
     *     periods or a line is wrong, naming the line and column
     */
    public static EvmSeries read(Path file, Locale locale) {
        Lines lines = new Lines(file, locale);
        try (CsvText in = InputFiles.csv(file, locale)) {
            StringBuilder line = new StringBuilder();
            int c = 0;
            for (int number = 1; c >= 0 && lines.problems.size() < MAX_PROBLEMS; number++) {
                line.setLength(0);
                int length = 0;
                for (c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                    if (length++ < MAX_LINE) {
                        line.append((char) c);
                    }
                }
                lines.line(number, line.toString(), length);
            }
            if (c >= 0) {
                lines.problems.add("more problems follow; the first " + MAX_PROBLEMS + " are shown");
            }
        } catch (IOException e) {
            throw InputFiles.unreadable(file, e, locale);
        }
        return lines.series();
    }

    /**
     * Checks that a series read from JSON has at most {@link #MAX_PERIODS} periods, as a CSV file may.
     *
     * @param file the file it was read from; not null
     * @param series the series; not null
     * @param locale the language of the message; not null
     * @return the series; not null
     * @throws InvalidInputException if it has more periods
     */
    public static EvmSeries withinPeriods(Path file, EvmSeries series, Locale locale) {
        if (series.periodEnds().size() > MAX_PERIODS) {
            throw tooManyPeriods(file, "periodEnds", locale);
        }
        return series;
    }

    private static InvalidInputException tooManyPeriods(Path file, String where, Locale locale) {
        return new InvalidInputException(file.toString(), InputFiles.text(locale, "kpi.tooManyPeriods",
            Map.of("where", where, "max", MAX_PERIODS, "rule", InputFiles.LIMIT_RULE)));
    }

    /** What the lines of a file say, one line at a time. */
    private static final class Lines {
        private final Path file;
        private final Locale locale;
        private final List<String> problems = new ArrayList<>();
        private final EvmSeries.Builder builder = EvmSeries.builder();
        private char separator;
        private Money bac;
        private LocalDate statusDate;
        private boolean header;
        private int periods;
        private boolean reportsEnded;

        Lines(Path file, Locale locale) {
            this.file = file;
            this.locale = locale;
        }

        void line(int number, String text, int length) {
            if (length > MAX_LINE) {
                // A line of megabytes is a broken export: say so rather than parse and quote it.
                problems.add("line " + number + ": " + length + " characters, at most " + MAX_LINE);
                return;
            }
            String line = text.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            if (separator == 0) {
                separator = firstSeparator(line);
            }
            Optional<List<String>> fields = CsvRecords.fields(line, separator);
            if (fields.isEmpty()) {
                problems.add("line " + number + ": a double quote is opened and never closed on the line");
                return;
            }
            String[] cells = fields.get().toArray(String[]::new);
            if (!header) {
                preamble(number, cells);
            } else if (cells.length != 4) {
                problems.add("line " + number + ": " + cells.length + " cells, expected 4 (periodEnd,pv,ev,ac)");
            } else {
                period(number, cells);
            }
        }

        /** The separator of a file: the first comma or semicolon of its first line that is not a comment. */
        private static char firstSeparator(String line) {
            int comma = line.indexOf(',');
            int semicolon = line.indexOf(';');
            return semicolon >= 0 && (comma < 0 || semicolon < comma) ? ';' : ',';
        }

        private void preamble(int number, String[] cells) {
            String key = cells[0].strip();
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.equals("bac") && cells.length == 2) {
                bac = money(number, 2, cells[1], problems);
            } else if (lower.equals("statusdate") && cells.length == 2) {
                statusDate = date(number, 2, cells[1], problems);
            } else if (lower.equals("periodend")) {
                List<String> names = new ArrayList<>();
                for (String c : cells) {
                    names.add(c.strip().toLowerCase(Locale.ROOT));
                }
                if (!names.equals(HEADER)) {
                    problems.add("line " + number + ": header " + InputFiles.excerpt(String.join(",", cells))
                        + ", expected periodEnd,pv,ev,ac");
                }
                header = true;
            } else {
                problems.add("line " + number + ", column 1: unexpected \"" + InputFiles.excerpt(key)
                    + "\"; expected bac, statusDate or the header periodEnd,pv,ev,ac");
            }
        }

        private void period(int number, String[] cells) {
            if (periods == MAX_PERIODS) {
                throw tooManyPeriods(file, "line " + number, locale);
            }
            LocalDate end = date(number, 1, cells[0], problems);
            Money pv = money(number, 2, cells[1], problems);
            boolean reported = !cells[2].isBlank() || !cells[3].isBlank();
            if (reported && reportsEnded) {
                problems.add("line " + number + ", column 3: earned value and actual cost after a period"
                    + " without them; only the last periods may leave them empty");
            }
            if (reported) {
                Money ev = money(number, 3, cells[2], problems);
                Money ac = money(number, 4, cells[3], problems);
                if (ev != null && ac != null) {
                    builder.addEv(ev).addAc(ac);
                }
            } else {
                reportsEnded = true;
            }
            if (end != null && pv != null) {
                builder.addPeriodEnds(end).addPv(pv);
            }
            periods++;
        }

        EvmSeries series() {
            if (bac == null) {
                problems.add("missing the line bac,<budget at completion>");
            }
            if (statusDate == null) {
                problems.add("missing the line statusDate,<yyyy-mm-dd>");
            }
            if (!header) {
                problems.add("missing the header periodEnd,pv,ev,ac");
            } else if (periods == 0) {
                problems.add("no period rows after the header");
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(file.toString(), problems, List.of());
            }
            EvmSeries.Builder complete = builder.bac(bac).statusDate(statusDate);
            return InputFiles.checked(file, "", complete::build);
        }
    }

    private static Money money(int line, int column, String cell, List<String> problems) {
        String value = cell.strip();
        try {
            BigDecimal amount = new BigDecimal(value);
            if (InputFiles.withinDigits(amount)) {
                return Money.euros(amount.setScale(2));
            }
        } catch (NumberFormatException | ArithmeticException | OtpException e) {
            // Reported below, like an amount too long to be one.
        }
        problems.add("line " + line + ", column " + column + ": \"" + InputFiles.excerpt(value)
            + "\" is not an amount in euros with at most 2 decimals (write 1234.50)");
        return null;
    }

    private static LocalDate date(int line, int column, String cell, List<String> problems) {
        String value = cell.strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add("line " + line + ", column " + column + ": \"" + InputFiles.excerpt(value)
                + "\" is not a date (write yyyy-mm-dd)");
            return null;
        }
    }
}
