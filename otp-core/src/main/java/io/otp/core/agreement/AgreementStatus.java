package io.otp.core.agreement;

import io.otp.core.lifecycle.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an agreement: {@code DRAFT → SIGNED → IN_FORCE → EXPIRED} or {@code TERMINATED}.
 * An agreement is perfected by the parties' consent, that is signed (LRJSP art. 48.8), and comes
 * into force when it becomes effective (for the State, once registered and published, LRJSP art.
 * 48.8); it ends when its term (with any extension) is over without a further extension (LRJSP
 * art. 51.2.a) or by another cause of termination of LRJSP art. 51.2 (unanimous agreement, breach,
 * court decision...), which may also apply before it comes into force.
 * Expired and terminated agreements stay so.
 */
public enum AgreementStatus implements Status<AgreementStatus> {

    /** Being negotiated; not yet signed. */
    DRAFT,

    /** Signed by every party, not yet effective. */
    SIGNED,

    /** Effective: its term is running. */
    IN_FORCE,

    /** Ended because its term (and any extension) is over (LRJSP art. 51.2.a). */
    EXPIRED,

    /** Ended early by another cause of termination (LRJSP art. 51.2.b-e). */
    TERMINATED;

    private static final Map<AgreementStatus, Set<AgreementStatus>> SUCCESSORS =
        new EnumMap<>(AgreementStatus.class);

    static {
        SUCCESSORS.put(DRAFT, of(SIGNED));
        SUCCESSORS.put(SIGNED, of(IN_FORCE, TERMINATED));
        SUCCESSORS.put(IN_FORCE, of(EXPIRED, TERMINATED));
        SUCCESSORS.put(EXPIRED, Collections.emptySet());
        SUCCESSORS.put(TERMINATED, Collections.emptySet());
    }

    /**
     * The statuses an agreement in this status may move to, as drawn in the class description.
     *
     * @return an unmodifiable set, empty for {@code EXPIRED} and {@code TERMINATED}; not null
     */
    @Override
    public Set<AgreementStatus> successors() {
        return SUCCESSORS.get(this);
    }

    private static Set<AgreementStatus> of(AgreementStatus first, AgreementStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
