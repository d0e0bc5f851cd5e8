package io.otp.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when input breaks one or more rules; carries every {@link Violation} found, each with a
 * path, a rule id and a message. Nothing is changed when it is thrown.
 */
public class ValidationException extends OtpException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: violations are rebuilt from the message only when needed. */
    private final transient List<Violation> violations;

    /**
     * Creates an exception for the given violations.
     *
     * @param violations the rules broken; not null, not empty
     * @throws IllegalArgumentException if no violation is given
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates an exception for one violation.
     *
     * @param violation the rule broken; not null
     */
    public ValidationException(Violation violation) {
        this(List.of(Objects.requireNonNull(violation, "violation")));
    }

    /**
     * Creates an exception for the given violations with an underlying cause.
     *
     * @param violations the rules broken; not null, not empty
     * @param cause what caused it; may be null
     */
    public ValidationException(List<Violation> violations, Throwable cause) {
        super(describe(violations), cause);
        this.violations = List.copyOf(violations);
    }

    /**
     * Every rule broken, in the order found.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    /**
     * Returns this exception with every violation's path placed under a parent path.
     *
     * @param parent the parent path, e.g. {@code lots[1]}; not null
     * @return a new exception, not null
     */
    public ValidationException under(String parent) {
        return new ValidationException(
            violations().stream().map(v -> v.under(parent)).collect(Collectors.toList()), this);
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        if (violations.size() == 1) {
            return violations.get(0).toString();
        }
        return violations.size() + " rules broken:\n" + violations.stream()
            .map(v -> "  - " + v).collect(Collectors.joining("\n"));
    }
}
