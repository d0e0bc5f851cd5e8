package io.otp.cli.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV file given to the command line, read one at a time with Apache Commons CSV as
 * RFC 4180 defines them: fields separated by one character, a field in double quotes may hold the
 * separator, line breaks and doubled double quotes. As spreadsheets write it, text after a closing quote
 * is kept (rather than refused), and a blank line is a record of one empty field, so that record numbers
 * count every line of a file without quoted line breaks.
 *
 * <p>Not thread-safe: one reader reads it.
 */
public final class CsvRecords implements Closeable {

    private final String file;
    private final Locale locale;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long number;

    private CsvRecords(String file, Locale locale, CSVParser parser) {
        this.file = file;
        this.locale = locale;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /**
     * Reads the records of a CSV text.
     *
     * @param file the file the text is read from, named in messages; not null
     * @param text the text; not null
     * @param separator the field separator, such as {@code ','} or {@code ';'}
     * @param locale the language of the messages; not null
     * @return the records; not null
     * @throws IOException if the text cannot be read
     */
    public static CsvRecords of(String file, CsvText text, char separator, Locale locale) throws IOException {
        return new CsvRecords(file, locale, CSVParser.builder().setReader(text).setFormat(format(separator)).get());
    }

    /**
     * Reads the fields of one line of CSV text.
     *
     * @param line the line, without its line break; not null
     * @param separator the field separator
     * @return the fields, or empty when a double quote the line opens is never closed; never null
     */
    public static Optional<List<String>> fields(String line, char separator) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line)).setFormat(format(separator))
                .get()) {
            Iterator<CSVRecord> it = parser.iterator();
            return Optional.of(it.hasNext() ? it.next().toList() : List.of(""));
        } catch (IOException | UncheckedIOException e) {
            // Reading a string fails only on its syntax: a quote opened and never closed.
            return Optional.empty();
        }
    }

    /**
     * Reads the next record.
     *
     * @return its fields, or null at the end of the file
     * @throws IOException if the file cannot be read
     * @throws InvalidInputException if a double quote is opened and never closed, or the file has more bytes
     *     than its limit
     */
    public List<String> next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            number++;
            return records.next().toList();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw new InvalidInputException(file, InputFiles.text(locale, "csv.unclosedQuote",
                    Map.of("line", parser.getCurrentLineNumber() + 1)));
            }
            throw e.getCause();
        }
    }

    /**
     * Returns the number of the record last read: 1 for the first (the header), 0 before any.
     *
     * @return the number
     */
    public long number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** RFC 4180 with a given separator; lenient after a closing quote; every line a record. */
    private static CSVFormat format(char separator) {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).setTrailingData(true)
            .get();
    }
}
