package io.otp.cli.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.otp.core.Language;
import io.otp.core.MessageBundle;
import io.otp.core.OtpException;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.json.OtpJson;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the files given to the commands, turning every problem into an {@link InvalidInputException}
 * that names the file. JSON goes through {@link OtpJson#standard()}, so a file is read exactly as the SDK
 * writes it; malformed JSON is reported with its line and column, invalid values with every violation.
 *
 * <p>Sizes are checked while reading, never after: a JSON file is read up to {@link #MAX_JSON_BYTES} bytes
 * and refused at the byte after them, a CSV file is read as a stream of at most {@link #MAX_CSV_BYTES}
 * bytes, so that a file of gigabytes is refused at once, in little memory.
 *
 * <p>The messages about the file itself (missing, a directory, unreadable, too large) are in the language
 * of the command ({@code io/otp/cli/messages*.properties}), with every value quoted from input made
 * printable on one line ({@link #text(Locale, String, Object...)}).
 */
public final class InputFiles {

    /**
     * The most digits a number read from a file may have before its decimal point, and after it. Far beyond
     * any amount, weight or score; it keeps {@code 1E+1000000000}, a valid JSON and decimal number, from
     * turning into a billion digits as it is scaled or printed.
     */
    public static final int MAX_DIGITS = 1_000;

    /**
     * The most bytes of a JSON file: the SDK's JSON limit ({@link OtpJson#DEFAULT_MAX_DOCUMENT_LENGTH},
     * 16 MiB, rule {@value #JSON_LIMIT_RULE}), which a whole tender with its lots, criteria and bids is far
     * below.
     */
    public static final long MAX_JSON_BYTES = OtpJson.DEFAULT_MAX_DOCUMENT_LENGTH;

    /**
     * The most bytes of a CSV file: 32 MiB, room for the most bids of an evaluation (100,000) at some 300
     * characters each; rule {@value #LIMIT_RULE}.
     */
    public static final long MAX_CSV_BYTES = 32L * 1024 * 1024;

    /** The rule of the SDK's JSON limits, which a JSON file over {@link #MAX_JSON_BYTES} breaks. */
    public static final String JSON_LIMIT_RULE = "OTP-JSON-LIMIT";

    /** The rule of the command line's own limits: the size of a CSV file, the periods of a KPI series. */
    public static final String LIMIT_RULE = "OTP-CLI-LIMIT";

    /** Values quoted in messages are cut to this many characters. */
    private static final int EXCERPT = 60;

    private static final JsonFactory JSON = new JsonFactory();

    private static final MessageBundle MESSAGES =
        MessageBundle.load("messages", resource -> InputFiles.class.getResourceAsStream("/io/otp/cli/" + resource));

    private InputFiles() {
    }

    /**
     * Turns a file name from the command line into a path.
     *
     * @param file the name as the user typed it; not null
     * @param locale the language of the messages; not null
     * @return the path; not null
     * @throws InvalidInputException if the name is not a valid file name on this system
     */
    public static Path path(String file, Locale locale) {
        Objects.requireNonNull(file, "file");
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(file, text(locale, "error.file.invalidName"));
        }
    }

    /**
     * Reads the bytes of a JSON file, at most {@link #MAX_JSON_BYTES}: reading stops at the byte after them.
     * @throws InvalidInputException if the file is missing, is a directory, cannot be read or has more than
     *     {@link #MAX_JSON_BYTES} bytes (rule {@value #JSON_LIMIT_RULE})
     */
    private static byte[] bytes(Path file, Locale locale) {
        try (InputStream in = open(file, locale)) {
            byte[] bytes = in.readNBytes((int) MAX_JSON_BYTES + 1);
            if (bytes.length > MAX_JSON_BYTES) {
                throw tooLarge(file, "JSON", MAX_JSON_BYTES, JSON_LIMIT_RULE, locale);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(file, e, locale);
        }
    }

    /**
     * Opens a CSV file as UTF-8 text of at most {@link #MAX_CSV_BYTES} bytes, without its byte order mark;
     * reading past the limit throws.
     *
     * @param file the file; not null
     * @param locale the language of the messages; not null
     * @return the text; the caller closes it; not null
     * @throws InvalidInputException if the file is missing, is a directory or cannot be read, and, while
     *     reading, if it has more than {@link #MAX_CSV_BYTES} bytes (rule {@value #LIMIT_RULE})
     */
    public static CsvText csv(Path file, Locale locale) {
        InputStream in = open(file, locale);
        BufferedReader reader = new BufferedReader(new InputStreamReader(new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                counted(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                counted(Math.max(n, 0));
                return n;
            }

            private void counted(int n) {
                count += n;
                if (count > MAX_CSV_BYTES) {
                    throw tooLarge(file, "CSV", MAX_CSV_BYTES, LIMIT_RULE, locale);
                }
            }
        }, StandardCharsets.UTF_8), 1 << 16);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return new CsvText(reader);
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            throw e instanceof IOException io ? unreadable(file, io, locale) : (RuntimeException) e;
        }
    }

    /**
     * Turns a failure of reading a file into the message about it, such as one of a file opened by
     * {@link #csv(Path, Locale)}.
     *
     * @param file the file; not null
     * @param e the failure; not null
     * @param locale the language of the messages; not null
     * @return the exception to throw; not null
     */
    public static InvalidInputException unreadable(Path file, IOException e, Locale locale) {
        return new InvalidInputException(file.toString(), text(locale, "error.file.unreadable", Map.of(
            "reason", String.valueOf(e.getMessage()))));
    }

    private static InputStream open(Path file, Locale locale) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file.toString(), text(locale, "error.file.directory"));
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), text(locale, "error.file.missing"));
        } catch (IOException e) {
            throw unreadable(file, e, locale);
        }
    }

    private static InvalidInputException tooLarge(Path file, String kind, long max, String rule, Locale locale) {
        return new InvalidInputException(file.toString(), text(locale, "error.file.tooLarge", Map.of("max", max,
            "kind", kind, "mib", max / (1024 * 1024), "rule", rule)));
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // Already failing: the first failure is the one to report.
        }
    }

    /**
     * Reads the bytes of a JSON file, at most {@link #MAX_JSON_BYTES} of them, and checks that every number
     * in it has at most {@link #MAX_DIGITS} digits before and after its decimal point. Malformed JSON is left
     * to the reader that follows, which reports it with its line and column.
     *
     * @param file the file; not null
     * @param locale the language of the messages; not null
     * @return its bytes; not null
     * @throws InvalidInputException if the file is missing, is a directory or cannot be read, has more than
     *     {@link #MAX_JSON_BYTES} bytes (rule {@value #JSON_LIMIT_RULE}), or holds a number out of range
     *     (naming its JSON path)
     */
    public static byte[] jsonBytes(Path file, Locale locale) {
        byte[] bytes = bytes(file, locale);
        List<String> problems = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(bytes)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    String text = parser.getText();
                    if (!withinDigits(new BigDecimal(text))) {
                        problems.add(text(locale, "error.number.range", Map.of(
                            "path", path(parser.getParsingContext()), "number", excerpt(text), "digits", MAX_DIGITS)));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Malformed: OtpJson reads it next and says where.
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(file.toString(), problems, List.of());
        }
        return bytes;
    }

    /**
     * Tells whether a number read from a file is within {@link #MAX_DIGITS} digits before and after its
     * decimal point.
     *
     * @param number the number; not null
     * @return true if the SDK may compute with it
     */
    public static boolean withinDigits(BigDecimal number) {
        return number.scale() <= MAX_DIGITS && (long) number.precision() - number.scale() <= MAX_DIGITS;
    }

    /**
     * Cuts a value from a file to a length a message can quote: a cell of megabytes is not echoed whole;
     * its hidden characters are escaped ({@link OtpMessages#escaped(String)}).
     *
     * @param value the value; not null
     * @return the value, or its beginning and its length, printable on one line; not null
     */
    public static String excerpt(String value) {
        return OtpMessages.escaped(value.length() <= EXCERPT ? value
            : value.substring(0, EXCERPT - 20) + "... (" + value.length() + " characters)");
    }

    /** The JSON path of the current value in the SDK's notation, such as {@code lots[0].budget.amount}. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.insert(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                path.insert(0, (c.getParent() != null && c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
            }
        }
        return path.length() == 0 ? "(document)" : path.toString();
    }

    /**
     * Reads a JSON file into an SDK type.
     *
     * @param <T> the type read
     * @param file the file; not null
     * @param type the type; not null
     * @param locale the language of the messages; not null
     * @return the value; not null
     * @throws InvalidInputException if the file cannot be read or its JSON does not give a valid value,
     *     with every violation (path, rule, message; line and column for malformed JSON)
     */
    public static <T> T json(Path file, Class<T> type, Locale locale) {
        byte[] bytes = jsonBytes(file, locale);
        return checked(file, "", () -> OtpJson.standard().read(bytes, type));
    }

    /**
     * Reads a JSON file as a tree, for documents that bundle several SDK values.
     *
     * @param file the file; not null
     * @param locale the language of the messages; not null
     * @return the tree; not null
     * @throws InvalidInputException if the file cannot be read or is not well-formed JSON
     */
    public static JsonNode tree(Path file, Locale locale) {
        byte[] bytes = jsonBytes(file, locale);
        return checked(file, "", () -> OtpJson.standard().read(bytes, JsonNode.class));
    }

    /**
     * Reads one member of a JSON tree read by {@link #tree(Path, Locale)} into an SDK type.
     *
     * @param <T> the type read
     * @param file the file the tree comes from, for the messages; not null
     * @param path the JSON path of the member, such as {@code bids[2]}; not null
     * @param node the member; not null
     * @param type the type; not null
     * @return the value; not null
     * @throws InvalidInputException if the member does not give a valid value; paths are placed under
     *     {@code path}
     */
    public static <T> T member(Path file, String path, JsonNode node, Class<T> type) {
        String text = node.toString();
        return checked(file, path, () -> OtpJson.standard().read(text, type));
    }

    /**
     * Runs a read and turns the SDK's exceptions into an {@link InvalidInputException} naming the file.
     *
     * @param <T> the type read
     * @param file the file, for the messages; not null
     * @param parent the JSON path of what is read, empty for the whole document; not null
     * @param read the read; not null
     * @return what the read returned
     * @throws InvalidInputException if the read throws a {@link ValidationException} (its violations,
     *     placed under {@code parent}) or another {@link OtpException} (its message)
     */
    public static <T> T checked(Path file, String parent, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            throw new InvalidInputException(file.toString(), (parent.isEmpty() ? e : e.under(parent)).violations(), e);
        } catch (InvalidInputException e) {
            throw e;
        } catch (OtpException e) {
            throw new InvalidInputException(file.toString(),
                Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
        }
    }

    /**
     * A text without placeholders of the CLI's messages ({@code io/otp/cli/messages*.properties}).
     *
     * @param locale the language; not null; languages other than Spanish get English
     * @param key the key; not null
     * @return the text; not null
     * @throws IllegalArgumentException if the bundle lacks the key, or its text has a placeholder
     */
    public static String text(Locale locale, String key) {
        return text(locale, key, Map.of());
    }

    /**
     * A text of the CLI's messages ({@code io/otp/cli/messages*.properties}, named placeholders such as
     * {@code {file}}, see {@link MessageBundle}), the one bundle the commands print from. Every value but a
     * number is shown as {@link OtpMessages#escaped(String)} makes it, so that a value from input (a file
     * name, a cell, a title) stays on the message's line and cannot drive the terminal.
     *
     * <p>A key the bundle lacks, or a placeholder without an argument, is a mistake of the CLI, never of
     * its input: it throws, and the command ends as on any internal error (exit code 3, the message on
     * stderr). The CLI's tests check that every key its code names exists in English and Spanish with every
     * argument its texts need, so that this does not happen to a user.
     *
     * @param locale the language; not null; languages other than Spanish get English
     * @param key the key; not null
     * @param arguments the value of each placeholder by name; not null
     * @return the text; not null
     * @throws IllegalArgumentException if the bundle lacks the key, or a placeholder has no argument
     */
    public static String text(Locale locale, String key, Map<String, ?> arguments) {
        Map<String, Object> shown = new HashMap<>();
        arguments.forEach((name, value) -> shown.put(name, value instanceof Number ? value
            : OtpMessages.escaped(String.valueOf(value))));
        return MESSAGES.render(Language.of(locale), key, shown);
    }

    /**
     * A text of the CLI's messages with positional arguments: the first argument fills the first
     * placeholder of the text, the second the second, and so on, a placeholder that appears twice taking
     * an argument each time (as the {@link String#format} patterns the texts had before).
     *
     * @param locale the language; not null
     * @param key the key; not null
     * @param args the values, in the order of the placeholders; not null
     * @return the text; not null
     * @throws IllegalArgumentException if the bundle lacks the key, or there are fewer values than placeholders
     * @deprecated the texts have named placeholders: use {@link #text(Locale, String, Map)}.
     */
    @Deprecated(forRemoval = true)
    public static String text(Locale locale, String key, Object... args) {
        List<String> occurrences = new ArrayList<>();
        MessageBundle.fill(MESSAGES.template(Language.of(locale), key), new AbstractMap<String, Object>() {
            @Override
            public Object get(Object name) {
                occurrences.add((String) name);
                return name;
            }

            @Override
            public Set<Entry<String, Object>> entrySet() {
                return Set.of();
            }
        });
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < occurrences.size() && i < args.length; i++) {
            arguments.putIfAbsent(occurrences.get(i), args[i]);
        }
        return text(locale, key, arguments);
    }
}
