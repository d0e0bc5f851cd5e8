package io.otp.core.lifecycle;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an entity is asked to move to a status its lifecycle does not allow from its current
 * status, e.g. a tender from {@code DRAFT} straight to {@code AWARDED}. The entity is unchanged.
 */
public class IllegalTransitionException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param entity what moves, e.g. {@code tender 2026/EXP-0042}; not null
     * @param from the current status; not null
     * @param to the status asked for; not null
     * @param <S> the status type
     */
    public <S extends Enum<S> & Status<S>> IllegalTransitionException(String entity, S from, S to) {
        super(Violation.of("status", "OTP-LIFECYCLE", "io.otp.core.lifecycle.illegal",
            "entity", Objects.requireNonNull(entity, "entity"), "from", from, "to", to,
            "allowed", from.successors().isEmpty() ? "none (final status)"
                : from.successors().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
    }

    /**
     * Checks a move and throws if it is not allowed.
     *
     * @param entity what moves, for the message; not null
     * @param from the current status; not null
     * @param to the status asked for; not null
     * @param <S> the status type
     * @return {@code to}, when the move is allowed
     * @throws IllegalTransitionException if the lifecycle does not allow the move
     */
    public static <S extends Enum<S> & Status<S>> S check(String entity, S from, S to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.canMoveTo(to)) {
            throw new IllegalTransitionException(entity, from, to);
        }
        return to;
    }
}
