package io.otp.cli.input;

import io.otp.core.OtpException;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EvmSeries;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * comma or the semicolon (the same in the whole file); amounts use a point for decimals and no grouping.
 */
public final class EvmSeriesCsv {

    private static final List<String> HEADER = List.of("periodend", "pv", "ev", "ac");
    /** The longest line read; a period row is a few dozen characters. */
    private static final int MAX_LINE = 10_000;

    private EvmSeriesCsv() {
    }

    /**
     * Reads a series from a CSV file.
     *
     * @param file the file; not null
     * @param locale the language of the SDK's messages; not null
     * @return the series; not null
     * @throws InvalidInputException if the file is missing or a line is wrong, naming the line and column
     */
    public static EvmSeries read(Path file, Locale locale) {
        String text = new String(InputFiles.bytes(file, locale), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        String separator = null;
        Money bac = null;
        LocalDate statusDate = null;
        boolean header = false;
        List<String> problems = new ArrayList<>();
        EvmSeries.Builder builder = EvmSeries.builder();
        int periods = 0;
        boolean reportsEnded = false;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            if (lines[i].length() > MAX_LINE) {
                // A line of megabytes is a broken export: say so rather than parse and quote it.
                problems.add("line " + number + ": " + lines[i].length() + " characters, at most " + MAX_LINE);
                continue;
            }
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (separator == null) {
                separator = line.contains(";") ? ";" : ",";
            }
            String[] cells = line.split(separator, -1);
            String key = cells[0].strip();
            if (!header) {
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
                        problems.add("line " + number + ": header " + InputFiles.excerpt(line.replace(separator, ","))
                            + ", expected periodEnd,pv,ev,ac");
                    }
                    header = true;
                } else {
                    problems.add("line " + number + ", column 1: unexpected \"" + InputFiles.excerpt(key)
                        + "\"; expected bac, statusDate or the header periodEnd,pv,ev,ac");
                }
                continue;
            }
            if (cells.length != 4) {
                problems.add("line " + number + ": " + cells.length + " cells, expected 4 (periodEnd,pv,ev,ac)");
                continue;
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
