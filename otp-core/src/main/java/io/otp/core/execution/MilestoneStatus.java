package io.otp.core.execution;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.lifecycle.Status;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The status of a milestone, after the OCDS 1.1 {@code milestoneStatus} codelist ({@link #code()}).
 *
 * <pre>
 * SCHEDULED -&gt; MET, PARTIALLY_MET, NOT_MET
 * PARTIALLY_MET -&gt; MET, NOT_MET
 * NOT_MET -&gt; MET, PARTIALLY_MET
 * MET: final
 * </pre>
 *
 * <p>{@code NOT_MET} is not final: a milestone missed on its date may still be met late (OCDS
 * reports the latest known status), and the delay shows in the actual date. {@code MET} is final,
 * because a met payment milestone has been certified and is owed (LCSP art. 198.4).
 */
public enum MilestoneStatus implements Status<MilestoneStatus> {

    /** OCDS {@code scheduled}: planned, not yet reached. */
    SCHEDULED("scheduled"),

    /**
     * OCDS {@code partiallyMet}: reached in part; for a milestone certified by a conditional
     * acceptance with documented defects still to fix.
     */
    PARTIALLY_MET("partiallyMet"),

    /** OCDS {@code notMet}: not reached when due. */
    NOT_MET("notMet"),

    /** OCDS {@code met}: reached; for a milestone certified by an acceptance without reservations. */
    MET("met");

    private static final Map<MilestoneStatus, Set<MilestoneStatus>> SUCCESSORS = Map.of(
        SCHEDULED, Collections.unmodifiableSet(EnumSet.of(MET, PARTIALLY_MET, NOT_MET)),
        PARTIALLY_MET, Collections.unmodifiableSet(EnumSet.of(MET, NOT_MET)),
        NOT_MET, Collections.unmodifiableSet(EnumSet.of(MET, PARTIALLY_MET)),
        MET, Collections.emptySet());

    private final String code;

    MilestoneStatus(String code) {
        this.code = code;
    }

    /**
     * The OCDS codelist value, e.g. {@code partiallyMet}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Finds the status of an OCDS code.
     *
     * @param code the codelist value, e.g. {@code notMet}; not null
     * @return the status, not null
     * @throws ValidationException if the code is not in the OCDS {@code milestoneStatus} codelist
     */
    public static MilestoneStatus fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (MilestoneStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new ValidationException(Violation.of("status", "OCDS-MILESTONE-STATUS",
            "io.otp.core.execution.milestoneStatus.unknown", "value", code));
    }

    /**
     * The statuses a milestone in this status may move to, as drawn in the class description.
     *
     * @return an unmodifiable set, empty for {@code MET}; not null
     */
    @Override
    public Set<MilestoneStatus> successors() {
        return SUCCESSORS.get(this);
    }
}
