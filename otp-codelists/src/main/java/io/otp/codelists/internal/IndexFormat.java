package io.otp.codelists.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre-built index of a codelist: UTF-8 text, one header line then one line per row with the
 * code, the parent code, the Spanish and the English label separated by tabs. Backslash, tab,
 * line feed and carriage return inside a value are written {@code \\}, {@code \t}, {@code \n},
 * {@code \r}.
 *
 * <pre>
 * #otp-codelists-index 1	name=cpv	version=2008	eforms-sdk=1.15.1	rows=9454
 * 03000000		Productos de la agricultura, ...	Agricultural, farming, ...
 * </pre>
 *
 * <p>The header's row count guards against a truncated file.
 */
public final class IndexFormat {

    /** The first word of every index file, with the format version. */
    public static final String MAGIC = "#otp-codelists-index 1";

    private IndexFormat() {
    }

    /**
     * Writes a codelist.
     *
     * @param table the list; not null
     * @param out where to write; not null; not closed here
     * @throws IOException if writing fails
     */
    public static void write(CodeTable table, Writer out) throws IOException {
        out.write(MAGIC + "\tname=" + escape(table.name()) + "\tversion=" + escape(table.version())
            + "\teforms-sdk=" + escape(table.sdkVersion()) + "\trows=" + table.rows().size() + "\n");
        StringBuilder line = new StringBuilder(256);
        for (CodeRow row : table.rows()) {
            line.setLength(0);
            line.append(escape(row.code())).append('\t').append(escape(row.parent())).append('\t')
                .append(escape(row.spanish())).append('\t').append(escape(row.english())).append('\n');
            out.write(line.toString());
        }
    }

    /**
     * Reads a codelist and closes the stream.
     *
     * @param in the index file; not null; closed here
     * @param origin a description of the file for error messages; not null
     * @return the list, not null
     * @throws SourceException if the file is not an index in this format
     */
    public static CodeTable read(InputStream in, String origin) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith(MAGIC + "\t")) {
                throw new SourceException(origin + " is not an otp-codelists index");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : split(header.substring(MAGIC.length() + 1), 5)) {
                int eq = field.indexOf('=');
                if (eq > 0) {
                    fields.put(field.substring(0, eq), unescape(field.substring(eq + 1)));
                }
            }
            int expected = Integer.parseInt(fields.getOrDefault("rows", "-1"));
            List<CodeRow> rows = new ArrayList<>(Math.max(expected, 16));
            String line;
            while ((line = reader.readLine()) != null) {
                List<String> v = split(line, 4);
                if (v.size() != 4) {
                    throw new SourceException(origin + ": line " + (rows.size() + 2) + " has " + v.size()
                        + " fields, expected 4");
                }
                rows.add(new CodeRow(unescape(v.get(0)), unescape(v.get(1)), unescape(v.get(2)), unescape(v.get(3))));
            }
            if (rows.size() != expected) {
                throw new SourceException(origin + " has " + rows.size() + " rows, its header says " + expected);
            }
            return new CodeTable(fields.getOrDefault("name", ""), fields.getOrDefault("version", ""),
                fields.getOrDefault("eforms-sdk", "unknown"), rows);
        } catch (IOException e) {
            throw new SourceException(origin + " could not be read: " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new SourceException(origin + " has a malformed header: " + e.getMessage(), e);
        }
    }

    private static List<String> split(String line, int expected) {
        List<String> out = new ArrayList<>(expected);
        int start = 0;
        int tab;
        while ((tab = line.indexOf('\t', start)) >= 0) {
            out.add(line.substring(start, tab));
            start = tab + 1;
        }
        out.add(line.substring(start));
        return out;
    }

    static String escape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
