package io.otp.cli.input;

import java.util.List;
import java.util.Objects;

/**
 * Input a command cannot use: a missing or unreadable file, malformed JSON or CSV, or values the SDK
 * rejects. Each problem is one line for the person at the terminal, naming the file and, where known,
 * the line and column or the JSON path and the rule; the command exits with code 1.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems one line per problem; not null, not empty
     */
    public BadInputException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is required");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception with one problem.
     *
     * @param problem the problem; not null
     */
    public BadInputException(String problem) {
        this(List.of(Objects.requireNonNull(problem, "problem")));
    }

    /**
     * Returns the problems, one line each.
     *
     * @return the problems; not null, not empty, unmodifiable
     */
    public List<String> problems() {
        return problems;
    }
}
