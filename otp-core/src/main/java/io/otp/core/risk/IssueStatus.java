package io.otp.core.risk;

import io.otp.core.lifecycle.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an issue in the PM² issue log: {@code OPEN → RESOLVED}; a resolved issue may be
 * reopened when the resolution did not hold.
 */
public enum IssueStatus implements Status<IssueStatus> {

    /** Being dealt with. */
    OPEN,

    /** Dealt with; the resolution says how. */
    RESOLVED;

    private static final Map<IssueStatus, Set<IssueStatus>> SUCCESSORS = new EnumMap<>(IssueStatus.class);

    static {
        SUCCESSORS.put(OPEN, Collections.unmodifiableSet(EnumSet.of(RESOLVED)));
        SUCCESSORS.put(RESOLVED, Collections.unmodifiableSet(EnumSet.of(OPEN)));
    }

    /**
     * The statuses an issue in this status may move to, as drawn in the class description.
     *
     * @return an unmodifiable set of one status; not null
     */
    @Override
    public Set<IssueStatus> successors() {
        return SUCCESSORS.get(this);
    }
}
