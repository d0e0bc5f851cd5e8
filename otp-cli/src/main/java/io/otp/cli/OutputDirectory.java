package io.otp.cli;

import io.otp.cli.input.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The directory given with {@code --out}: files are written only inside it. A file name comes from the
 * input (a lot id, for instance), so it is checked: a name that is absolute, has a separator, or
 * resolves outside the directory ({@code ..}) is refused.
 */
final class OutputDirectory {

    private final Path dir;
    private final Messages messages;

    private OutputDirectory(Path dir, Messages messages) {
        this.dir = dir;
        this.messages = messages;
    }

    static OutputDirectory of(Path dir, Messages messages) {
        return new OutputDirectory(dir.toAbsolutePath().normalize(), messages);
    }

    /** Resolves a file name inside the directory, refusing any escape. */
    Path resolve(String fileName) {
        Path file = null;
        try {
            if (!fileName.contains("/") && !fileName.contains("\\") && !Path.of(fileName).isAbsolute()) {
                file = dir.resolve(fileName).normalize();
            }
        } catch (InvalidPathException e) {
            file = null;
        }
        if (file == null || file.getParent() == null || !file.getParent().equals(dir)) {
            throw new InvalidInputException(fileName, messages.text("evaluate.outEscapes", fileName));
        }
        return file;
    }

    Path write(String fileName, String content) {
        Path file = resolve(fileName);
        try {
            Files.createDirectories(dir);
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(dir.toString(), messages.text("error.file.unwritable", e.getMessage()));
        }
    }
}
