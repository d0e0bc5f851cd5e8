package io.otp.core.meeting;

import io.otp.core.lifecycle.Status;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status of an action item.
 *
 * <pre>
 * OPEN -&gt; IN_PROGRESS, DONE, CANCELLED
 * IN_PROGRESS -&gt; DONE, CANCELLED
 * DONE, CANCELLED: final
 * </pre>
 *
 * <p>An open action may be done or cancelled without having been marked in progress, since small
 * actions are often reported done at the next meeting. An action is pending (and may be overdue)
 * while it is {@code OPEN} or {@code IN_PROGRESS}.
 */
public enum ActionStatus implements Status<ActionStatus> {

    /** Agreed, not started. */
    OPEN,

    /** Started by its owner. */
    IN_PROGRESS,

    /** Done, on the closed date of the action. */
    DONE,

    /** No longer needed. */
    CANCELLED;

    private static final Map<ActionStatus, Set<ActionStatus>> SUCCESSORS = Map.of(
        OPEN, Collections.unmodifiableSet(EnumSet.of(IN_PROGRESS, DONE, CANCELLED)),
        IN_PROGRESS, Collections.unmodifiableSet(EnumSet.of(DONE, CANCELLED)),
        DONE, Collections.emptySet(),
        CANCELLED, Collections.emptySet());

    /**
     * The statuses an action in this status may move to, as drawn in the class description.
     *
     * @return an unmodifiable set, empty for {@code DONE} and {@code CANCELLED}; not null
     */
    @Override
    public Set<ActionStatus> successors() {
        return SUCCESSORS.get(this);
    }

    /**
     * Whether an action in this status is still to be done.
     *
     * @return true for {@code OPEN} and {@code IN_PROGRESS}
     */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
