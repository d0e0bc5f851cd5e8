package io.otp.report;

import java.nio.file.Path;

/**
 * A table of a report as CSV (RFC 4180): records end with CRLF; a field holding the separator, a double
 * quote, CR or LF (and any other field that a CSV reader would not read back as written) is enclosed in
 * double quotes, a double quote inside doubled. The text is UTF-8; {@link #withByteOrderMark(boolean)}
 * puts the UTF-8 byte order mark (EF BB BF) first, which spreadsheet programs need to read accents
 * correctly on opening the file. A text cell that a spreadsheet program would run as a formula starts
 * with an apostrophe (CSV injection, OWASP).
 *
 * <p>Implementations are immutable and thread-safe; the SDK creates them ({@link Report#tables()}).
 */
public interface CsvTable {

    /**
     * Returns the CSV text, without the byte order mark.
     *
     * @return the text; not null
     */
    String text();

    /**
     * Returns whether {@link #toBytes()} and {@link #writeTo(Path)} start with the UTF-8 byte order mark.
     *
     * @return true if they do
     */
    boolean byteOrderMark();

    /**
     * Returns the same table, with or without the UTF-8 byte order mark. This instance is immutable and
     * unaffected by this method call.
     *
     * @param bom true to start the bytes with the mark
     * @return the table; not null
     */
    CsvTable withByteOrderMark(boolean bom);

    /**
     * Returns the CSV as UTF-8 bytes, with the byte order mark if {@link #byteOrderMark()}.
     *
     * @return the bytes; not null
     */
    byte[] toBytes();

    /**
     * Writes the CSV to a file ({@link #toBytes()}), replacing a regular file of that name; creates missing
     * parent directories. A symbolic link of that name is never followed ({@link ReportDirectory}).
     *
     * @param file the file; not null
     * @return the file; not null
     * @throws NullPointerException if {@code file} is null
     * @throws ReportFileException if the file is a symbolic link or cannot be written
     */
    Path writeTo(Path file);

    /**
     * Returns the CSV text.
     *
     * @return the same as {@link #text()}; not null
     */
    @Override
    String toString();
}
