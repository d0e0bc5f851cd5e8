package io.otp.cli;

import io.otp.cli.input.InvalidInputException;
import io.otp.report.ReportDirectory;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The directory given with {@code --out}: files are written only inside it. A file name comes from the
 * input (a lot id, for instance), so it is checked: a name that is absolute, has a separator, or
 * resolves outside the directory ({@code ..}) is refused. Files are written through {@link ReportDirectory}:
 * a symbolic link in the directory, named like the file, is refused rather than followed (the
 * {@link io.otp.report.ReportFileException} names it), while the directory itself may be a link the user
 * chose.
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
            throw new InvalidInputException(fileName, messages.text("evaluate.outEscapes", Map.of("file", fileName)));
        }
        return file;
    }

    /**
     * Writes a file into the directory, creating the directory if missing.
     *
     * @throws io.otp.report.ReportFileException if the file is a symbolic link or a directory, or cannot be
     *     written
     */
    Path write(String fileName, String content) {
        return ReportDirectory.of(dir).write(resolve(fileName).getFileName().toString(), content);
    }
}
