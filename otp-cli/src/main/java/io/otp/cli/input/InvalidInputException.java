package io.otp.cli.input;

import io.otp.core.OtpException;
import io.otp.core.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The input of a command is wrong: a missing or unreadable file, malformed JSON or CSV, or content that
 * breaks a rule. The command prints one line per problem on the error stream, each naming the file, and
 * exits with code 1 ({@code Otp.EXIT_INVALID_INPUT}).
 *
 * <p>A problem is either a {@link Violation} found by the SDK (path, rule id, message in English or
 * Spanish, rendered by the command in its language) or a message the CLI writes itself, already in the
 * language of the command and saying where (line and column, member) when the file has such places.
 */
public final class InvalidInputException extends OtpException {

    private static final long serialVersionUID = 1L;

    /** The file the problems are in, as given on the command line (or the option at fault). */
    private final String file;
    /** Problems the CLI found itself, each one line without the file name. */
    private final List<String> problems;
    /** Violations reported by the SDK. */
    private final transient List<Violation> violations;

    /**
     * Creates an exception with one problem.
     *
     * @param file the file, as the user named it; not null
     * @param problem what is wrong, in the language of the command; not null
     */
    public InvalidInputException(String file, String problem) {
        this(file, List.of(Objects.requireNonNull(problem, "problem")), List.of());
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
        this.problems = List.of();
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates an exception with every problem found in a file.
     *
     * @param file the file, as the user named it; not null
     * @param problems the problems the CLI found, one line each without the file name; not null
     * @param violations the violations the SDK found; not null
     * @throws IllegalArgumentException if there is neither a problem nor a violation
     */
    public InvalidInputException(String file, List<String> problems, List<Violation> violations) {
        super(summary(file, problems, violations));
        this.file = Objects.requireNonNull(file, "file");
        this.problems = List.copyOf(problems);
        this.violations = List.copyOf(violations);
    }

    private static String summary(String file, List<String> problems, List<Violation> violations) {
        if (problems.isEmpty() && violations.isEmpty()) {
            throw new IllegalArgumentException("at least one problem or violation is required");
        }
        return problems.size() == 1 && violations.isEmpty() ? problems.get(0)
            : problems.size() + violations.size() + " problem(s) in " + file;
    }

    /**
     * Returns the file the problems are in.
     *
     * @return the file as given on the command line; not null
     */
    public String file() {
        return file;
    }

    /**
     * Returns the problems the CLI found itself.
     *
     * @return one line per problem, without the file name; empty when the SDK's violations say it all;
     *     not null, unmodifiable
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * Returns the violations found by the SDK.
     *
     * @return the violations; empty when the problems say it all; not null, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }
}
