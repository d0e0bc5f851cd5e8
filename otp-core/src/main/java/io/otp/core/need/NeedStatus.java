package io.otp.core.need;

import io.otp.core.lifecycle.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a {@link Need}, from the moment a department raises it to the office's decision
 * on it.
 *
 * <pre>
 * RAISED -&gt; UNDER_ANALYSIS
 * UNDER_ANALYSIS -&gt; APPROVED | REJECTED | MERGED | RAISED (returned to the department)
 * APPROVED -&gt; CONVERTED_TO_PROJECT
 * REJECTED, MERGED, CONVERTED_TO_PROJECT: final
 * </pre>
 *
 * <p>Every decision (approve, reject, merge) is taken during the analysis, never straight from
 * {@code RAISED}: the office's function is to analyse each need (OTP function F7), and the analysis
 * is the record that justifies the decision (LCSP art. 28.1). A need under analysis may go back to
 * {@code RAISED} when the office returns it to the department for more information; the department
 * completes it and the analysis starts again. Decisions are final: a rejected need that becomes
 * relevant again is raised anew, so the record of the first decision is kept unchanged.
 */
public enum NeedStatus implements Status<NeedStatus> {

    /** Raised by a department and waiting for the office to analyse it. */
    RAISED,

    /**
     * Being analysed by the office: scope, value, feasibility, overlap with other needs and
     * projects. Ends in a decision, or in the need being returned to the department for more
     * information ({@code RAISED}).
     */
    UNDER_ANALYSIS,

    /** Approved by the office; waiting to become, or join, a project. */
    APPROVED,

    /** Rejected by the office, with the reason recorded in the need's decision note. Final. */
    REJECTED,

    /**
     * Merged into another need that covers it (a duplicate or a part of a broader need); the need
     * records which one. Final.
     */
    MERGED,

    /** Met by a project, which the need records. Final. */
    CONVERTED_TO_PROJECT;

    private static final Map<NeedStatus, Set<NeedStatus>> SUCCESSORS = new EnumMap<>(NeedStatus.class);

    static {
        SUCCESSORS.put(RAISED, of(UNDER_ANALYSIS));
        SUCCESSORS.put(UNDER_ANALYSIS, of(APPROVED, REJECTED, MERGED, RAISED));
        SUCCESSORS.put(APPROVED, of(CONVERTED_TO_PROJECT));
        SUCCESSORS.put(REJECTED, Collections.emptySet());
        SUCCESSORS.put(MERGED, Collections.emptySet());
        SUCCESSORS.put(CONVERTED_TO_PROJECT, Collections.emptySet());
    }

    /**
     * The statuses a need in this status may move to, as drawn in the class description.
     *
     * @return an unmodifiable set, empty for {@code REJECTED}, {@code MERGED} and
     *     {@code CONVERTED_TO_PROJECT}; not null
     */
    @Override
    public Set<NeedStatus> successors() {
        return SUCCESSORS.get(this);
    }

    private static Set<NeedStatus> of(NeedStatus first, NeedStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
