package io.otp.cli;

import io.otp.core.OtpMessages;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where everything the CLI prints goes through: standard output and error in UTF-8 whatever the platform's
 * charset (so printed JSON and amounts such as "−€18,000.00" are the same bytes on every machine), with
 * every character a terminal would not show as itself written as an escape (a backslash, {@code u} and four
 * hexadecimal digits, see {@link OtpMessages#escaped(String)}), so that text from input cannot clear the screen, set the window's
 * title, move the cursor or reverse the text after it.
 *
 * <p>The line feed (alone or after a carriage return) is the one character let through, because the CLI
 * ends its own lines with it, prints multi-line tables, JSON and picocli's help. A line feed that comes
 * from input is therefore escaped where the value is put into a line: {@link #line(Object)}, which
 * {@link Messages} applies to every value of a message and {@link OtpCommand} to every problem it reports.
 * JSON stays valid: the SDK's JSON escapes control characters inside strings itself, and the escapes this
 * writer adds for the other hidden characters (U+2028, U+2029, DEL, C1, the bidirectional controls) can
 * only fall inside strings, where such an escape is the same character to any JSON reader.
 */
final class TerminalOutput {

    private TerminalOutput() {
    }

    /**
     * A writer printing UTF-8 to a byte stream, escaping hidden characters.
     *
     * @param stream standard output or error; not null
     * @return the writer, flushing on each line; not null
     */
    static PrintWriter of(OutputStream stream) {
        return new EscapingWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * A writer escaping hidden characters before they reach another writer: the streams of a command line
     * set by a host or a test go through the same escaping as the CLI's own.
     *
     * @param writer the writer; not null
     * @return the writer itself if it escapes already, else one that escapes into it; not null
     */
    static PrintWriter escaping(PrintWriter writer) {
        return writer instanceof EscapingWriter ? writer : new EscapingWriter(writer, false);
    }

    /**
     * A value from input as it may be put into a line: its hidden characters, line feeds included, as
     * escapes, so that it stays on the line it is printed in.
     *
     * @param value the value; null shows as {@code null}
     * @return the printable text; not null
     */
    static String line(Object value) {
        return OtpMessages.escaped(String.valueOf(value));
    }

    /** Text as it reaches the terminal: lines kept, every other hidden character escaped. */
    static String visible(String text) {
        StringBuilder out = null;
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
            out = (out == null ? new StringBuilder(text.length() + 16) : out)
                .append(OtpMessages.escaped(text.substring(start, end))).append(text, end, i + 1);
            start = i + 1;
        }
        String rest = OtpMessages.escaped(text.substring(start));
        return out == null ? rest : out.append(rest).toString();
    }

    /**
     * Escapes what is printed; the line separator of {@code println} goes to the stream as it is, since
     * {@link PrintWriter} writes it to the underlying writer directly.
     */
    private static final class EscapingWriter extends PrintWriter {

        EscapingWriter(Writer out, boolean autoFlush) {
            super(out, autoFlush);
        }

        @Override
        public void write(int c) {
            write(String.valueOf((char) c));
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            write(new String(buffer, offset, length));
        }

        @Override
        public void write(String text, int offset, int length) {
            String shown = visible(text.substring(offset, offset + length));
            super.write(shown, 0, shown.length());
        }
    }
}
