package io.otp.cli.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.otp.core.OtpException;
import io.otp.core.ValidationException;
import io.otp.core.json.OtpJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Reads the files given to the commands, turning every problem into an {@link InvalidInputException}
 * that names the file. JSON goes through {@link OtpJson#standard()}, so a file is read exactly as the SDK
 * writes it; malformed JSON is reported with its line and column, invalid values with every violation.
 *
 * <p>The messages about the file itself (missing, a directory, unreadable) are in the language of the
 * command ({@code io/otp/cli/messages*.properties}).
 */
public final class InputFiles {

    /**
     * The most digits a number read from a file may have before its decimal point, and after it. Far beyond
     * any amount, weight or score; it keeps {@code 1E+1000000000}, a valid JSON and decimal number, from
     * turning into a billion digits as it is scaled or printed.
     */
    public static final int MAX_DIGITS = 1_000;

    /** Values quoted in messages are cut to this many characters. */
    private static final int EXCERPT = 60;

    private static final JsonFactory JSON = new JsonFactory();

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
     * Reads the bytes of a file.
     *
     * @param file the file; not null
     * @param locale the language of the messages; not null
     * @return its bytes; not null
     * @throws InvalidInputException if the file is missing, is a directory or cannot be read
     */
    public static byte[] bytes(Path file, Locale locale) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file.toString(), text(locale, "error.file.directory"));
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), text(locale, "error.file.missing"));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), text(locale, "error.file.unreadable", e.getMessage()));
        }
    }

    /**
     * Reads the bytes of a JSON file and checks that every number in it has at most {@link #MAX_DIGITS}
     * digits before and after its decimal point. Malformed JSON is left to the reader that follows, which
     * reports it with its line and column.
     *
     * @param file the file; not null
     * @param locale the language of the messages; not null
     * @return its bytes; not null
     * @throws InvalidInputException if the file is missing, is a directory or cannot be read, or holds a
     *     number out of range (naming its JSON path)
     */
    public static byte[] jsonBytes(Path file, Locale locale) {
        byte[] bytes = bytes(file, locale);
        List<String> problems = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(bytes)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    String text = parser.getText();
                    if (!withinDigits(new BigDecimal(text))) {
                        problems.add(text(locale, "error.number.range", path(parser.getParsingContext()),
                            excerpt(text), MAX_DIGITS));
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
     * Cuts a value from a file to a length a message can quote: a cell of megabytes is not echoed whole.
     *
     * @param value the value; not null
     * @return the value, or its beginning and its length; not null
     */
    public static String excerpt(String value) {
        return value.length() <= EXCERPT ? value
            : value.substring(0, EXCERPT - 20) + "... (" + value.length() + " characters)";
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

    /** A text of the CLI's bundle; the bundle is the one the commands print from. */
    private static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("io.otp.cli.messages", locale, InputFiles.class.getModule())
                .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }
}
