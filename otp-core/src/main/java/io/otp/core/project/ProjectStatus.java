package io.otp.core.project;

import io.otp.core.lifecycle.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a {@link Project}, following the phases of the EU project management
 * methodology PM² (initiating, planning, executing, closing) with the procurement a Spanish
 * administration runs before execution (LCSP) as a status of its own.
 *
 * <pre>
 * PROPOSED -&gt; BASELINED -&gt; IN_PROCUREMENT -&gt; IN_EXECUTION -&gt; CLOSED
 * PROPOSED, BASELINED, IN_PROCUREMENT, IN_EXECUTION -&gt; ON_HOLD
 * ON_HOLD -&gt; PROPOSED, BASELINED, IN_PROCUREMENT, IN_EXECUTION (see below)
 * every status but CLOSED and CANCELLED -&gt; CANCELLED
 * CLOSED, CANCELLED: final
 * </pre>
 *
 * <p>A project on hold resumes to the status it was put on hold from, or to an earlier one of the
 * main line (to plan again, or to procure again after a contract was terminated), never to a
 * later one: resuming past the point where the project stopped would skip its baseline or its
 * procurement, and a contract cannot be executed without having been awarded. The enum cannot know
 * where a project stopped, so {@link #successors()} of {@code ON_HOLD} lists every status a project
 * may resume to; {@link Project} records where it stopped ({@link Project#heldFrom()}) and narrows
 * the choice with {@link #resumptions()}.
 *
 * <p>This lifecycle is the project's phase. How well the project goes within a phase (the PM²
 * report vocabulary "on track", "at risk", "off track") is measured by the execution tracking, not
 * recorded here; "not started", "finished" and "discontinued" correspond to {@code PROPOSED},
 * {@code CLOSED} and {@code CANCELLED}.
 */
public enum ProjectStatus implements Status<ProjectStatus> {

    /**
     * Initiating phase (PM² "not started"): the project has been proposed, usually from approved
     * needs, with its objectives, owner and budget; its technology baseline may be drafted but is
     * not agreed yet.
     */
    PROPOSED,

    /**
     * Planning phase done: the technology baseline is agreed (OTP function F1) and is the reference
     * the project's technical specifications are written against. The baseline may still be
     * replaced in this status.
     */
    BASELINED,

    /**
     * The tenders that procure the project's supplies and services are being prepared or run
     * (LCSP); the baseline is frozen, since the pliegos are written against it.
     */
    IN_PROCUREMENT,

    /**
     * Executing phase: contracts are awarded and being performed; the project is monitored and
     * its deliverables accepted (PM² monitor and control).
     */
    IN_EXECUTION,

    /**
     * Suspended by decision of the project's governance (PM² steering committee), for instance for
     * lack of budget or while a contract is suspended (LCSP art. 208). Resumes as described in the
     * class description, or is cancelled.
     */
    ON_HOLD,

    /** Closing phase done (PM² "finished"): deliverables accepted and the project closed. Final. */
    CLOSED,

    /** Stopped for good before completion (PM² "discontinued"). Final. */
    CANCELLED;

    private static final Map<ProjectStatus, Set<ProjectStatus>> SUCCESSORS =
        new EnumMap<>(ProjectStatus.class);
    private static final Map<ProjectStatus, Set<ProjectStatus>> RESUMPTIONS =
        new EnumMap<>(ProjectStatus.class);

    static {
        SUCCESSORS.put(PROPOSED, of(BASELINED, ON_HOLD, CANCELLED));
        SUCCESSORS.put(BASELINED, of(IN_PROCUREMENT, ON_HOLD, CANCELLED));
        SUCCESSORS.put(IN_PROCUREMENT, of(IN_EXECUTION, ON_HOLD, CANCELLED));
        SUCCESSORS.put(IN_EXECUTION, of(CLOSED, ON_HOLD, CANCELLED));
        SUCCESSORS.put(ON_HOLD, of(PROPOSED, BASELINED, IN_PROCUREMENT, IN_EXECUTION, CANCELLED));
        SUCCESSORS.put(CLOSED, Collections.emptySet());
        SUCCESSORS.put(CANCELLED, Collections.emptySet());

        RESUMPTIONS.put(PROPOSED, of(PROPOSED, CANCELLED));
        RESUMPTIONS.put(BASELINED, of(PROPOSED, BASELINED, CANCELLED));
        RESUMPTIONS.put(IN_PROCUREMENT, of(PROPOSED, BASELINED, IN_PROCUREMENT, CANCELLED));
        RESUMPTIONS.put(IN_EXECUTION, of(PROPOSED, BASELINED, IN_PROCUREMENT, IN_EXECUTION, CANCELLED));
        for (ProjectStatus s : values()) {
            RESUMPTIONS.putIfAbsent(s, Collections.emptySet());
        }
    }

    /**
     * The statuses a project in this status may move to, as drawn in the class description.
     *
     * @return an unmodifiable set, empty for {@code CLOSED} and {@code CANCELLED}; not null
     */
    @Override
    public Set<ProjectStatus> successors() {
        return SUCCESSORS.get(this);
    }

    /**
     * The statuses a project put on hold from this status may leave {@code ON_HOLD} for: this status,
     * an earlier one of the main line, or {@code CANCELLED}.
     *
     * @return an unmodifiable set, empty for the statuses from which a project cannot be put on hold;
     *     not null
     */
    public Set<ProjectStatus> resumptions() {
        return RESUMPTIONS.get(this);
    }

    private static Set<ProjectStatus> of(ProjectStatus first, ProjectStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
