package io.otp.cli.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text of a CSV file given to the command line, read as a stream (see {@link InputFiles#csv}): one
 * character at a time with one of look-ahead, or in blocks as a {@link Reader}, from a buffer filled in
 * blocks; the bytes are counted against {@link InputFiles#MAX_CSV_BYTES} as they are read, so a file is
 * refused at the byte after its limit; the UTF-8 byte order mark is skipped. {@link CsvRecords} reads its
 * records.
 *
 * <p>Not thread-safe: one reader reads it.
 */
public final class CsvText extends Reader {

    /** How far the first line is looked at by {@link #firstOnFirstLine(char, char, char)}. */
    private static final int FIRST_LINE_LOOKAHEAD = 1 << 20;

    private final BufferedReader in;
    private final char[] buffer = new char[1 << 13];
    private int position;
    private int end;
    private boolean started;

    CsvText(BufferedReader in) {
        this.in = in;
    }

    /**
     * Reads the next character.
     *
     * @return the character, or -1 at the end of the file
     * @throws IOException if the file cannot be read
     * @throws InvalidInputException if the file has more bytes than its limit
     */
    public int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    /**
     * Reads characters into part of an array.
     *
     * @param chars the array; not null
     * @param offset where the first character goes
     * @param length the most characters to read
     * @return how many were read, or -1 at the end of the file
     * @throws IOException if the file cannot be read
     * @throws InvalidInputException if the file has more bytes than its limit
     */
    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (peek() < 0) {
            return -1;
        }
        int n = Math.min(length, end - position);
        System.arraycopy(buffer, position, chars, offset, n);
        position += n;
        return n;
    }

    /**
     * Returns the next character without reading it.
     *
     * @return the character, or -1 at the end of the file
     * @throws IOException if the file cannot be read
     * @throws InvalidInputException if the file has more bytes than its limit
     */
    public int peek() throws IOException {
        if (position == end) {
            started = true;
            end = Math.max(in.read(buffer, 0, buffer.length), 0);
            position = 0;
        }
        return position < end ? buffer[position] : -1;
    }

    /**
     * Tells which of two characters comes first on the first line (its first 1,048,576
     * characters), before anything is read: for the separator a header line uses.
     *
     * @param one a character
     * @param other another character
     * @param neither what to return when the line has neither
     * @return the one found first, or {@code neither}
     * @throws IOException if the file cannot be read
     * @throws IllegalStateException if characters were read already
     */
    public char firstOnFirstLine(char one, char other, char neither) throws IOException {
        if (started) {
            throw new IllegalStateException("the first line is looked at before anything is read");
        }
        in.mark(FIRST_LINE_LOOKAHEAD);
        char found = neither;
        for (int i = 0, c = in.read(); i < FIRST_LINE_LOOKAHEAD - 1 && c >= 0 && c != '\n'; i++, c = in.read()) {
            if (c == one || c == other) {
                found = (char) c;
                break;
            }
        }
        in.reset();
        return found;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
