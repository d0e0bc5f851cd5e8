package io.otp.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown when a report file cannot be written: the file or a directory on its way is a symbolic link
 * (refused, see {@link ReportDirectory}), is a directory where a file goes or a file where a directory
 * goes, or the file system fails. Carries the file (or directory) at fault, so that an application can
 * name it to its user.
 */
public class ReportFileException extends ReportException {

    private static final long serialVersionUID = 1L;

    /** The file or directory at fault; a path is not serializable. */
    private final transient Path file;
    private final String reason;

    /**
     * Creates an exception whose message is {@code file: reason}.
     *
     * @param file the file or directory at fault, as the caller named it; not null
     * @param reason what is wrong with it and what is allowed, without the file's name; not null
     * @param cause the failure of the file system; may be null
     */
    public ReportFileException(Path file, String reason, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.file = file;
        this.reason = reason;
    }

    /**
     * Returns the file or directory at fault.
     *
     * @return the path as the caller named it (below the directory it chose); not null after construction,
     *     null after deserialization
     */
    public Path file() {
        return file;
    }

    /**
     * Returns what is wrong with the file, for a message that names the file itself.
     *
     * @return the message without the file's name; not null
     */
    public String reason() {
        return reason;
    }
}
