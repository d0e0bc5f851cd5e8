package io.otp.core.risk;

import io.otp.core.lifecycle.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a risk, after the PM² risk management process (PM² Guide v3: identify, assess,
 * plan the response, implement and monitor): {@code IDENTIFIED → ASSESSED → RESPONSE_PLANNED →
 * MONITORED → CLOSED}. A monitored risk may go back to {@code RESPONSE_PLANNED} when its response
 * proves insufficient; a risk may be closed from any open status (it no longer applies, or it
 * happened and is followed as an {@link Issue}). A closed risk stays closed.
 */
public enum RiskStatus implements Status<RiskStatus> {

    /** Recorded, not yet rated. */
    IDENTIFIED,

    /** Probability and impact rated. */
    ASSESSED,

    /** A response strategy and actions are decided. */
    RESPONSE_PLANNED,

    /** The response is under way and the risk is reviewed on its review dates. */
    MONITORED,

    /** No longer followed. */
    CLOSED;

    private static final Map<RiskStatus, Set<RiskStatus>> SUCCESSORS = new EnumMap<>(RiskStatus.class);

    static {
        SUCCESSORS.put(IDENTIFIED, of(ASSESSED, CLOSED));
        SUCCESSORS.put(ASSESSED, of(RESPONSE_PLANNED, CLOSED));
        SUCCESSORS.put(RESPONSE_PLANNED, of(MONITORED, CLOSED));
        SUCCESSORS.put(MONITORED, of(RESPONSE_PLANNED, CLOSED));
        SUCCESSORS.put(CLOSED, Collections.emptySet());
    }

    /**
     * The statuses a risk in this status may move to, as drawn in the class description.
     *
     * @return an unmodifiable set, empty for {@code CLOSED}; not null
     */
    @Override
    public Set<RiskStatus> successors() {
        return SUCCESSORS.get(this);
    }

    private static Set<RiskStatus> of(RiskStatus first, RiskStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
