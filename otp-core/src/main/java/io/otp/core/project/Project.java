package io.otp.core.project;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import io.otp.core.time.DateRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A project the office coordinates: objectives, owner, budget, the needs it meets, its technology
 * baseline (OTP function F1) and where it is in its lifecycle ({@link ProjectStatus}).
 *
 * <p>Structural rules, checked whenever a project is built or copied (all broken rules are reported
 * together in one {@link ValidationException}, each naming its field):
 * <ul>
 *   <li>the name is not blank and has at most {@value #MAX_NAME_LENGTH} characters
 *       ({@code OTP-PROJECT-NAME});</li>
 *   <li>there is at least one objective and none is blank ({@code OTP-PROJECT-OBJECTIVES});</li>
 *   <li>the budget is greater than zero ({@code OTP-PROJECT-BUDGET});</li>
 *   <li>the technology baseline is present from {@link ProjectStatus#BASELINED} onwards:
 *       in {@code BASELINED}, {@code IN_PROCUREMENT}, {@code IN_EXECUTION} and {@code CLOSED}, and
 *       in {@code ON_HOLD} when the project was put on hold from one of those
 *       ({@code OTP-PROJECT-BASELINE}); while {@code PROPOSED} a draft may be present;</li>
 *   <li>{@link #heldFrom()} is present exactly when the status is {@code ON_HOLD}, and is a status a
 *       project can be put on hold from ({@code OTP-PROJECT-HELD-FROM}).</li>
 * </ul>
 *
 * <p>Status changes go through {@link #moveTo(ProjectStatus)} and {@link #baseline(TechnologyBaseline)},
 * which check the lifecycle and throw {@link IllegalTransitionException} for a move it does not
 * allow.
 *
 * <p>That each linked need records this project ({@link io.otp.core.need.Need#projectId()}) spans
 * two aggregates and is not checked here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public abstract class Project implements Aggregate<ProjectId> {

    /** The longest name allowed, in characters (Unicode code points). */
    public static final int MAX_NAME_LENGTH = 300;

    private static final Set<ProjectStatus> BASELINE_REQUIRED = EnumSet.of(ProjectStatus.BASELINED,
        ProjectStatus.IN_PROCUREMENT, ProjectStatus.IN_EXECUTION, ProjectStatus.CLOSED);

    Project() {
    }

    /**
     * A builder. The status defaults to {@link ProjectStatus#PROPOSED}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The project's identifier.
     *
     * @return the id, not null
     */
    public abstract ProjectId id();

    /**
     * The project's name, at most {@value #MAX_NAME_LENGTH} characters.
     *
     * @return the name, not blank, not null
     */
    public abstract String name();

    /**
     * What the project must achieve, in the order given.
     *
     * @return an unmodifiable, non-empty list of non-blank objectives; not null
     */
    public abstract List<String> objectives();

    /**
     * The department that owns the project (in PM² terms, the business owner's side).
     *
     * @return the department, not null
     */
    public abstract DepartmentId ownerDepartment();

    /**
     * The project manager, once appointed.
     *
     * @return the person, empty until appointed; not null
     */
    public abstract Optional<PersonId> projectManager();

    /**
     * The needs this project meets, sorted by id, so that equal projects write identical JSON
     * whatever order the needs were linked in.
     *
     * @return an unmodifiable sorted set, possibly empty; not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<NeedId> linkedNeeds();

    /**
     * The budget allocated to the project, VAT included, as committed in the administration's
     * budget; the tenders' base budgets (LCSP art. 100) come out of it.
     *
     * @return the budget, greater than zero; not null
     */
    public abstract Money budget();

    /**
     * When the project is planned to run.
     *
     * @return the period, empty until planned; not null
     */
    public abstract Optional<DateRange> plannedPeriod();

    /**
     * The technology baseline the project's specifications are written against.
     *
     * @return the baseline, present from {@link ProjectStatus#BASELINED} onwards (see the class
     *     description); not null
     */
    public abstract Optional<TechnologyBaseline> technologyBaseline();

    /**
     * The status the project was in when it was put on hold; it decides where the project may
     * resume ({@link ProjectStatus#resumptions()}).
     *
     * @return the status, present exactly when the status is {@link ProjectStatus#ON_HOLD}; not null
     */
    public abstract Optional<ProjectStatus> heldFrom();

    /**
     * Where the project is in its lifecycle; {@link ProjectStatus#PROPOSED} unless set.
     *
     * @return the status, not null
     */
    @Value.Default
    public ProjectStatus status() {
        return ProjectStatus.PROPOSED;
    }

    /**
     * The statuses this project may move to now: the successors of its status, or, when it is on
     * hold, the statuses it may resume to given where it stopped.
     *
     * @return an unmodifiable set, empty when the project is closed or cancelled; not null
     */
    public Set<ProjectStatus> allowedMoves() {
        if (status() == ProjectStatus.ON_HOLD && heldFrom().isPresent()) {
            return heldFrom().get().resumptions();
        }
        return status().successors();
    }

    /**
     * Sets the technology baseline: agrees it for a proposed project ({@code PROPOSED -> BASELINED}),
     * or replaces it while the project is {@code BASELINED}. Once procurement starts the baseline is
     * frozen, because the pliegos are written against it; a change after that goes through the
     * project's change management.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param baseline the baseline; not null
     * @return the baselined project, not null
     * @throws IllegalTransitionException if the project is neither {@code PROPOSED} nor
     *     {@code BASELINED}
     * @throws ValidationException if {@code baseline} is null
     */
    public Project baseline(TechnologyBaseline baseline) {
        requireArgument(baseline, "baseline");
        if (status() == ProjectStatus.BASELINED) {
            return copy(status(), heldFrom(), Optional.of(baseline), linkedNeeds());
        }
        return transition(ProjectStatus.BASELINED, Optional.of(baseline));
    }

    /**
     * Moves the project to another status. Putting it {@code ON_HOLD} records where it stopped;
     * leaving {@code ON_HOLD} is allowed only to the statuses in {@link #allowedMoves()}. Moving to
     * {@code BASELINED} this way requires a baseline already present (a draft recorded while
     * proposed); {@link #baseline(TechnologyBaseline)} sets one and moves at once.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param next the status wanted; not null
     * @return the project in the new status, not null
     * @throws IllegalTransitionException if the lifecycle of {@link ProjectStatus} does not allow
     *     the move
     * @throws ValidationException if {@code next} is null, if an on-hold project would resume past
     *     the status it was put on hold from ({@code OTP-PROJECT-RESUME}), or if the new status
     *     requires a baseline the project lacks
     */
    public Project moveTo(ProjectStatus next) {
        requireArgument(next, "next");
        return transition(next, technologyBaseline());
    }

    /**
     * Links a need the project meets. Linking a need already linked changes nothing.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param need the need; not null
     * @return the project with the need linked; this project if it was already linked; not null
     * @throws ValidationException if {@code need} is null, or the project is closed or cancelled
     *     ({@code OTP-PROJECT-FINAL})
     */
    public Project linkNeed(NeedId need) {
        requireArgument(need, "need");
        if (status().isFinal()) {
            throw new ValidationException(Violation.of("linkedNeeds", "OTP-PROJECT-FINAL",
                "io.otp.core.project.linkNeed.final", "project", id(), "status", status(),
                "need", need));
        }
        if (linkedNeeds().contains(need)) {
            return this;
        }
        Set<NeedId> needs = new TreeSet<>(linkedNeeds());
        needs.add(need);
        return copy(status(), heldFrom(), technologyBaseline(), needs);
    }

    private Project transition(ProjectStatus next, Optional<TechnologyBaseline> baseline) {
        IllegalTransitionException.check(describe(), status(), next);
        if (!allowedMoves().contains(next)) {
            String allowed = allowedMoves().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            throw new ValidationException(Violation.of("status", "OTP-PROJECT-RESUME",
                "io.otp.core.project.resume", "project", id(), "heldFrom", heldFrom().map(Enum::name).orElse(""),
                "to", next, "allowed", allowed));
        }
        Optional<ProjectStatus> held = next == ProjectStatus.ON_HOLD ? Optional.of(status()) : Optional.empty();
        return copy(next, held, baseline, linkedNeeds());
    }

    private Project copy(ProjectStatus status, Optional<ProjectStatus> held,
                         Optional<TechnologyBaseline> baseline, Iterable<NeedId> needs) {
        return builder()
            .id(id())
            .name(name())
            .addAllObjectives(objectives())
            .ownerDepartment(ownerDepartment())
            .projectManager(projectManager())
            .addAllLinkedNeeds(needs)
            .budget(budget())
            .plannedPeriod(plannedPeriod())
            .technologyBaseline(baseline)
            .heldFrom(held)
            .status(status)
            .build();
    }

    private String describe() {
        return "project " + id();
    }

    private static void requireArgument(Object value, String name) {
        if (value == null) {
            throw new NullValueException(name);
        }
    }

    /**
     * The values a project is found by: {@code status}, {@code department} (the owner),
     * {@code project} (its own id) and {@code date} (the planned start, when planned).
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(STATUS, status().name());
        q.put(DEPARTMENT, ownerDepartment().value());
        q.put(PROJECT, id().value());
        plannedPeriod().ifPresent(p -> q.put(DATE, p.start().toString()));
        return Collections.unmodifiableSortedMap(q);
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (name().isBlank()) {
            violations.add(Violation.of("name", "OTP-PROJECT-NAME", "io.otp.core.project.name.blank",
                "project", id(), "max", MAX_NAME_LENGTH));
        } else {
            int length = name().codePointCount(0, name().length());
            if (length > MAX_NAME_LENGTH) {
                violations.add(Violation.of("name", "OTP-PROJECT-NAME", "io.otp.core.project.name.length",
                    "project", id(), "length", length, "max", MAX_NAME_LENGTH));
            }
        }
        if (objectives().isEmpty()) {
            violations.add(Violation.of("objectives", "OTP-PROJECT-OBJECTIVES",
                "io.otp.core.project.objectives.empty", "project", id()));
        }
        for (int i = 0; i < objectives().size(); i++) {
            if (objectives().get(i).isBlank()) {
                violations.add(Violation.of("objectives[" + i + "]", "OTP-PROJECT-OBJECTIVES",
                    "io.otp.core.project.objective.blank", "project", id(), "index", i));
            }
        }
        if (!budget().isPositive()) {
            violations.add(Violation.of("budget", "OTP-PROJECT-BUDGET",
                "io.otp.core.project.budget.positive", "project", id(), "value", budget()));
        }
        checkHold(violations);
        ProjectStatus phase = status() == ProjectStatus.ON_HOLD ? heldFrom().orElse(status()) : status();
        if (BASELINE_REQUIRED.contains(phase) && technologyBaseline().isEmpty()) {
            violations.add(Violation.of("technologyBaseline", "OTP-PROJECT-BASELINE",
                "io.otp.core.project.baseline.required", "project", id(), "status", status()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private void checkHold(List<Violation> violations) {
        boolean onHold = status() == ProjectStatus.ON_HOLD;
        if (onHold && heldFrom().isEmpty()) {
            violations.add(Violation.of("heldFrom", "OTP-PROJECT-HELD-FROM",
                "io.otp.core.project.heldFrom.required", "project", id()));
        } else if (!onHold && heldFrom().isPresent()) {
            violations.add(Violation.of("heldFrom", "OTP-PROJECT-HELD-FROM",
                "io.otp.core.project.heldFrom.unexpected", "project", id(), "value", heldFrom().get(),
                "status", status()));
        } else if (onHold && !heldFrom().get().canMoveTo(ProjectStatus.ON_HOLD)) {
            violations.add(Violation.of("heldFrom", "OTP-PROJECT-HELD-FROM",
                "io.otp.core.project.heldFrom.invalid", "project", id(), "value", heldFrom().get()));
        }
    }

    /** Builds {@link Project}s; each attribute may be set once. */
    public static final class Builder extends ImmutableProject.Builder {
        Builder() {
        }
    }
}
