package io.otp.core.lifecycle;

import java.util.Set;

/**
 * A status of an entity with a lifecycle (a need, a project, a tender), implemented by enums that
 * list, for each status, the statuses it may move to.
 *
 * <p>A status with no successors is final.
 *
 * @param <S> the status enum itself
 */
public interface Status<S extends Enum<S> & Status<S>> {

    /**
     * The statuses this one may legally move to.
     *
     * @return an unmodifiable set, empty for a final status; not null
     */
    Set<S> successors();

    /**
     * Tells whether this status may move to another.
     *
     * @param next the status wanted; not null
     * @return true if the move is legal
     */
    default boolean canMoveTo(S next) {
        return successors().contains(next);
    }

    /**
     * Tells whether this status is final (no move leaves it).
     *
     * @return true if final
     */
    default boolean isFinal() {
        return successors().isEmpty();
    }
}
