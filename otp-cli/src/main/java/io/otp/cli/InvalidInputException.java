package io.otp.cli;

import io.otp.core.OtpException;
import io.otp.core.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The input of a command is wrong: a missing or unreadable file, malformed JSON or CSV, or content that
 * breaks a rule. The command reports it and exits with {@link Otp#EXIT_INVALID_INPUT}.
 *
 * <p>Each problem is a {@link Violation} (path, rule id, message in English or Spanish) when it comes from
 * the SDK; problems the CLI finds itself carry a message already in the language of the command.
 */
public final class InvalidInputException extends OtpException {

    private static final long serialVersionUID = 1L;

    /** The file the problem is in, as given on the command line. */
    private final String file;
    /** Violations reported by the SDK; empty when {@link #getMessage()} says it all. */
    private final transient List<Violation> violations;

    /**
     * Creates an exception with one message.
     *
     * @param file the file, as the user named it; not null
     * @param message what is wrong, in the language of the command; not null
     */
    public InvalidInputException(String file, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.file = Objects.requireNonNull(file, "file");
        this.violations = List.of();
    }

    /**
     * Creates an exception carrying the violations the SDK found.
     *
     * @param file the file, as the user named it; not null
     * @param violations the violations; not null, not empty
     * @param cause the SDK's exception; may be null
     */
    public InvalidInputException(String file, List<Violation> violations, Throwable cause) {
        super(violations.size() + " violation(s) in " + file, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns the file the problem is in.
     *
     * @return the file as given on the command line; not null
     */
    public String file() {
        return file;
    }

    /**
     * Returns the violations found by the SDK.
     *
     * @return the violations; empty when the message says it all; not null
     */
    public List<Violation> violations() {
        return violations;
    }
}
