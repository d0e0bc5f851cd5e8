package io.otp.cli;

import io.otp.core.ValidationException;
import io.otp.core.json.OtpJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the files named on the command line, turning every problem into an {@link InvalidInputException}. */
final class InputFiles {

    private InputFiles() {
    }

    static byte[] read(String file, Messages messages) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(file, messages.text("error.file.invalidName"));
        }
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(file, messages.text("error.file.directory"));
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, messages.text("error.file.missing"));
        } catch (IOException e) {
            throw new InvalidInputException(file, messages.text("error.file.unreadable", e.getMessage()));
        }
    }

    static <T> T readJson(String file, Class<T> type, Messages messages) {
        byte[] bytes = read(file, messages);
        try {
            return OtpJson.standard().read(bytes, type);
        } catch (ValidationException e) {
            throw new InvalidInputException(file, e.violations(), e);
        }
    }
}
