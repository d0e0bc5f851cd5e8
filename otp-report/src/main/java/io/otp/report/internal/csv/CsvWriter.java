package io.otp.report.internal.csv;

import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.report.CsvTable;
import io.otp.report.ReportDirectory;
import io.otp.report.ReportLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes CSV as RFC 4180 defines it, through Apache Commons CSV ({@link #format(char)}): records end with
 * CRLF, fields holding the separator, a double quote, CR or LF are enclosed in double quotes, and a double
 * quote inside a field is doubled; so is a field that starts with a space, {@code !}, {@code "} or
 * {@code #} or ends with a space or a control character, which a reader could otherwise trim or take for
 * a comment. An empty field is written empty, never as {@code ""}. The text is
 * UTF-8; {@link #withByteOrderMark(boolean)} puts the UTF-8 byte order mark (EF BB BF) first, which
 * spreadsheet programs need to read accents correctly on opening the file.
 *
 * <p>Two flavours:
 * <ul>
 *   <li>{@link #plain()}: comma separator and locale-neutral values for programs: numbers as
 *       {@link BigDecimal#toPlainString()} ({@code -1234.56}), money as its amount, percentages and
 *       points as their value, dates as ISO 8601 ({@code 2026-11-25}).</li>
 *   <li>{@link #localized(ReportLanguage)}: values formatted for people as the language writes them
 *       ({@code 1.234,56 €}, {@code 25/11/2026}), with a semicolon separator for Spanish, whose decimal
 *       separator is the comma (what spreadsheet programs in Spain expect), and a comma for English.
 *       Negative numbers use the ASCII hyphen-minus, not U+2212, because spreadsheet programs read the
 *       latter as text.</li>
 * </ul>
 * Values may be {@link String}, {@link BigDecimal}, {@link BigInteger}, {@link Integer}, {@link Long},
 * {@link Money}, {@link Percentage}, {@link Points}, {@link LocalDate}, {@link Optional} of these (empty
 * gives an empty field) or null (an empty field). Floating-point values are refused: report numbers are
 * exact. A text that a spreadsheet program would run as a formula is neutralised
 * ({@link #neutralised(String)}).
 *
 * <pre>{@code
 * String csv = CsvWriter.plain()
 *     .row("Bidder", "Points")
 *     .row("ACME, S.L.", new BigDecimal("87.25"))
 *     .toString();   // "Bidder,Points\r\n\"ACME, S.L.\",87.25\r\n"
 * }</pre>
 *
 * <p>A writer is mutable and not thread-safe; {@link #toTable()} gives an immutable copy of what it holds.
 */
public final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ReportLanguage language;
    private final char separator;
    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;
    private boolean byteOrderMark;

    private CsvWriter(ReportLanguage language, char separator) {
        this.language = language;
        this.separator = separator;
        this.printer = unchecked(() -> new CSVPrinter(out, format(separator)));
    }

    /**
     * Returns the CSV format the SDK writes and reads: RFC 4180 (double quote, CRLF record separator,
     * quotes only where needed) with a given separator.
     *
     * @param separator the field separator, such as {@code ','} or {@code ';'}
     * @return the format; not null
     */
    public static CSVFormat format(char separator) {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n").get();
    }

    /**
     * Returns a writer of locale-neutral CSV: comma separator, plain numbers, ISO dates, no byte order
     * mark.
     *
     * @return a new writer; not null
     */
    public static CsvWriter plain() {
        return new CsvWriter(null, ',');
    }

    /**
     * Returns a writer of CSV formatted for people of a language: separator
     * {@link ReportLanguage#csvSeparator()} (semicolon for Spanish), values as the language formats them,
     * no byte order mark.
     *
     * @param language the language; not null
     * @return a new writer; not null
     * @throws NullPointerException if {@code language} is null
     */
    public static CsvWriter localized(ReportLanguage language) {
        Objects.requireNonNull(language, "language");
        return new CsvWriter(language, language.csvSeparator());
    }

    /**
     * Sets whether {@link #toBytes()} and {@link #writeTo(Path)} start with the UTF-8 byte order mark.
     *
     * @param bom true to write the mark
     * @return this writer; not null
     */
    public CsvWriter withByteOrderMark(boolean bom) {
        this.byteOrderMark = bom;
        return this;
    }

    /**
     * Returns the field separator.
     *
     * @return {@code ','} or {@code ';'}
     */
    public char separator() {
        return separator;
    }

    /**
     * Writes one record.
     *
     * @param values the fields; not null, elements may be null (empty field)
     * @return this writer; not null
     * @throws NullPointerException if {@code values} is null
     * @throws IllegalArgumentException if a value is of a type this writer does not write
     */
    public CsvWriter row(Object... values) {
        return row(Arrays.asList(Objects.requireNonNull(values, "values")));
    }

    /**
     * Writes one record.
     *
     * @param values the fields; not null, elements may be null (empty field)
     * @return this writer; not null
     * @throws NullPointerException if {@code values} is null
     * @throws IllegalArgumentException if a value is of a type this writer does not write
     */
    public CsvWriter row(List<?> values) {
        Objects.requireNonNull(values, "values");
        List<String> fields = new ArrayList<>(values.size());
        for (Object value : values) {
            String field = format(value);
            // An empty field is passed as null so that the printer writes it empty, never as "".
            fields.add(field.isEmpty() ? null : field);
        }
        unchecked(() -> {
            printer.printRecord(fields);
            return null;
        });
        return this;
    }

    /**
     * Returns what this writer holds as an immutable table, with the byte order mark if asked for.
     *
     * @return the table; not null
     */
    public CsvTable toTable() {
        return new Table(out.toString(), byteOrderMark);
    }

    /**
     * Returns the CSV text written so far, without the byte order mark.
     *
     * @return the text; not null
     */
    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Returns the CSV as UTF-8 bytes, with the byte order mark if asked for.
     *
     * @return the bytes; not null
     */
    public byte[] toBytes() {
        return bytes(out.toString(), byteOrderMark);
    }

    private static byte[] bytes(String csv, boolean bom) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return text;
        }
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    /**
     * Writes the CSV to a file ({@link #toBytes()}), replacing a regular file of that name; creates missing
     * parent directories. A symbolic link of that name is never followed ({@link ReportDirectory}).
     *
     * @param file the file; not null
     * @return the file; not null
     * @throws NullPointerException if {@code file} is null
     * @throws io.otp.report.ReportFileException if the file is a symbolic link or cannot be written
     */
    public Path writeTo(Path file) {
        Objects.requireNonNull(file, "file");
        return ReportDirectory.writeFile(file, toBytes());
    }

    /**
     * Neutralises a text cell that a spreadsheet program would read as a formula (CSV injection, OWASP):
     * a text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets an
     * apostrophe in front, which the program shows as text. Only texts are changed: numbers, money and
     * the other values this writer formats itself are never formulas.
     *
     * @param text the text of a cell; not null
     * @return the text, with an apostrophe in front when it could be read as a formula; not null
     * @throws NullPointerException if {@code text} is null
     */
    public static String neutralised(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
            || first == '\r';
        return formula ? "'" + text : text;
    }

    private String format(Object value) {
        if (value instanceof Optional) {
            return format(((Optional<?>) value).orElse(null));
        }
        if (value == null) {
            return "";
        }
        if (value instanceof String) {
            return neutralised((String) value);
        }
        String text;
        if (value instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) value;
            text = language == null ? d.toPlainString() : language.number(d, Math.max(d.scale(), 0));
        } else if (value instanceof BigInteger || value instanceof Long || value instanceof Integer) {
            BigDecimal d = new BigDecimal(value.toString());
            text = language == null ? d.toPlainString() : language.number(d, 0);
        } else if (value instanceof Money) {
            Money m = (Money) value;
            text = language == null ? m.amount().toPlainString() : language.money(m);
        } else if (value instanceof Percentage) {
            Percentage p = (Percentage) value;
            text = language == null ? p.value().toPlainString() : language.percentage(p);
        } else if (value instanceof Points) {
            Points p = (Points) value;
            text = language == null ? p.value().toPlainString() : language.points(p);
        } else if (value instanceof LocalDate) {
            LocalDate d = (LocalDate) value;
            text = language == null ? d.toString() : language.date(d);
        } else {
            throw new IllegalArgumentException("CSV value of type " + value.getClass().getName()
                + " is not written; use String, BigDecimal, BigInteger, Integer, Long, Money, Percentage, Points,"
                + " LocalDate or Optional of these");
        }
        return text.replace('\u2212', '-');
    }

    /** A step writing to memory, where an {@link IOException} cannot happen. */
    private interface Step<T> {
        T run() throws IOException;
    }

    private static <T> T unchecked(Step<T> step) {
        try {
            return step.run();
        } catch (IOException e) {
            throw new UncheckedIOException("CSV written to memory", e);
        }
    }

    /** The text of a finished table and whether its bytes start with the byte order mark. */
    private record Table(String text, boolean byteOrderMark) implements CsvTable {

        @Override
        public CsvTable withByteOrderMark(boolean bom) {
            return new Table(text, bom);
        }

        @Override
        public byte[] toBytes() {
            return bytes(text, byteOrderMark);
        }

        @Override
        public Path writeTo(Path file) {
            Objects.requireNonNull(file, "file");
            return ReportDirectory.writeFile(file, toBytes());
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
