package io.otp.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.otp.core.OtpException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads the files given to the commands. JSON goes through {@link OtpJson#standard()}, so a file is
 * read exactly as the SDK writes it; every problem becomes a {@link BadInputException} whose lines
 * start with the file name.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Reads the bytes of a file.
     *
     * @param file the file; not null
     * @return its bytes; not null
     * @throws BadInputException if the file is missing, is a directory or cannot be read
     */
    public static byte[] bytes(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory, expected a file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a JSON file into an SDK type.
     *
     * @param <T> the type read
     * @param file the file; not null
     * @param type the type; not null
     * @param locale the language of the messages; not null
     * @return the value; not null
     * @throws BadInputException if the file cannot be read or its JSON does not give a valid value,
     *     with every violation (path, rule, message; line and column for malformed JSON)
     */
    public static <T> T json(Path file, Class<T> type, Locale locale) {
        byte[] bytes = bytes(file);
        return checked(file, "", locale, () -> OtpJson.standard().read(bytes, type));
    }

    /**
     * Reads a JSON file as a tree, for documents that bundle several SDK values.
     *
     * @param file the file; not null
     * @param locale the language of the messages; not null
     * @return the tree; not null
     * @throws BadInputException if the file cannot be read or is not well-formed JSON
     */
    public static JsonNode tree(Path file, Locale locale) {
        byte[] bytes = bytes(file);
        return checked(file, "", locale, () -> OtpJson.standard().read(bytes, JsonNode.class));
    }

    /**
     * Reads one member of a JSON tree read by {@link #tree(Path, Locale)} into an SDK type.
     *
     * @param <T> the type read
     * @param file the file the tree comes from, for the messages; not null
     * @param path the JSON path of the member, such as {@code bids[2]}; not null
     * @param node the member; not null
     * @param type the type; not null
     * @param locale the language of the messages; not null
     * @return the value; not null
     * @throws BadInputException if the member does not give a valid value; paths are placed under
     *     {@code path}
     */
    public static <T> T member(Path file, String path, JsonNode node, Class<T> type, Locale locale) {
        String text = node.toString();
        return checked(file, path, locale, () -> OtpJson.standard().read(text, type));
    }

    /**
     * Runs a read and turns the SDK's violations into the lines of a {@link BadInputException}.
     *
     * @param <T> the type read
     * @param file the file, for the messages; not null
     * @param parent the JSON path of what is read, empty for the whole document; not null
     * @param locale the language of the messages; not null
     * @param read the read; not null
     * @return what the read returned
     * @throws BadInputException if the read throws a {@link ValidationException} or {@link OtpException}
     */
    public static <T> T checked(Path file, String parent, Locale locale, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            List<String> lines = new ArrayList<>();
            for (Violation v : parent.isEmpty() ? e.violations() : e.under(parent).violations()) {
                lines.add(line(file, v, locale));
            }
            throw new BadInputException(lines);
        } catch (OtpException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    /**
     * Formats a violation as one line: the file, the message, the rule and the path.
     *
     * @param file the file; not null
     * @param violation the violation; not null
     * @param locale the language; not null
     * @return the line; not null
     */
    public static String line(Path file, Violation violation, Locale locale) {
        String path = violation.path().isEmpty() ? "(document)" : violation.path();
        return file + ": " + violation.message(locale) + " [rule " + violation.ruleId() + ", at " + path + "]";
    }
}
