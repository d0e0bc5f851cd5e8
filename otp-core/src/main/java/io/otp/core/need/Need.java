package io.otp.core.need;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.classification.CpvCode;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.ProjectId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import io.otp.core.project.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A technology need raised by a department of the organisation and analysed by the office (OTP
 * function F7): what is needed, by whom, how urgently, roughly for how much, and what the office
 * decided about it.
 *
 * <p>Structural rules, checked whenever a need is built or copied (all broken rules are reported
 * together in one {@link ValidationException}, each naming its field):
 * <ul>
 *   <li>the title is not blank and has at most {@value #MAX_TITLE_LENGTH} characters
 *       ({@code OTP-NEED-TITLE}); the description is not blank ({@code OTP-NEED-DESCRIPTION}):
 *       LCSP art. 28.1 asks the nature and extent of a need to be determined precisely;</li>
 *   <li>no CPV code is listed twice ({@code OTP-NEED-CPV});</li>
 *   <li>the estimated budget, when given, is greater than zero ({@code OTP-NEED-BUDGET});</li>
 *   <li>{@link #mergedInto()} is present exactly when the status is {@link NeedStatus#MERGED}, and is
 *       not the need's own id ({@code OTP-NEED-MERGED-INTO});</li>
 *   <li>{@link #projectId()} is present exactly when the status is
 *       {@link NeedStatus#CONVERTED_TO_PROJECT} ({@code OTP-NEED-PROJECT});</li>
 *   <li>a rejected need carries a decision note with the reason, and a decision note is never
 *       blank ({@code OTP-NEED-DECISION-NOTE}).</li>
 * </ul>
 *
 * <p>Status changes go through the lifecycle of {@link NeedStatus}; each method that changes the
 * status checks the move first and throws {@link IllegalTransitionException} when the lifecycle does
 * not allow it. The decision note always belongs to the move that led to the current status: moves
 * that take no note clear it.
 *
 * <p>The office's {@link NeedAssessment} is attached during the analysis
 * ({@link #assess(NeedAssessment)}) and kept by every later move, so a decision can be traced to it.
 *
 * <p>That a converted need's project lists the need ({@link io.otp.core.project.Project#linkedNeeds()})
 * spans two aggregates and is not checked here: the caller converting a need links it to the
 * project as well.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNeed.class)
@JsonDeserialize(as = ImmutableNeed.class)
public abstract class Need implements Aggregate<NeedId> {

    /** The longest title allowed, in characters (Unicode code points). */
    public static final int MAX_TITLE_LENGTH = 300;

    Need() {
    }

    /**
     * A builder. The status defaults to {@link NeedStatus#RAISED}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The need's identifier.
     *
     * @return the id, not null
     */
    public abstract NeedId id();

    /**
     * The department that raised the need.
     *
     * @return the department, not null
     */
    public abstract DepartmentId requestingDepartment();

    /**
     * The organisation the requesting department belongs to, where the office serves several
     * (for instance the bodies of a regional government).
     *
     * @return the organisation, empty when the office serves only one; not null
     */
    public abstract Optional<OrganisationId> requestingOrganisation();

    /**
     * A short title, at most {@value #MAX_TITLE_LENGTH} characters.
     *
     * @return the title, not blank, not null
     */
    public abstract String title();

    /**
     * What the department needs and why.
     *
     * @return the description, not blank, not null
     */
    public abstract String description();

    /**
     * The kind of need.
     *
     * @return the category, not null
     */
    public abstract NeedCategory category();

    /**
     * The CPV codes (Regulation (EC) No 2195/2002) of what would be procured to meet the need, as
     * far as known; the first one is the main code.
     *
     * @return an unmodifiable list without duplicates, empty while not yet classified; not null
     */
    public abstract List<CpvCode> cpvCodes();

    /**
     * The department's or the office's estimate of the cost, VAT excluded, the basis on which the
     * estimated value of a contract is computed (LCSP art. 101) and thresholds are compared.
     *
     * @return the estimate, greater than zero when present; empty when not estimated yet; not null
     */
    public abstract Optional<Money> estimatedBudget();

    /**
     * How soon the need must be met.
     *
     * @return the urgency, not null
     */
    public abstract Urgency urgency();

    /**
     * The day the department raised the need.
     *
     * @return the date, not null
     */
    public abstract LocalDate dateRaised();

    /**
     * The need this one was merged into.
     *
     * @return the other need's id, present exactly when the status is {@link NeedStatus#MERGED};
     *     not null
     */
    public abstract Optional<NeedId> mergedInto();

    /**
     * The project that meets this need.
     *
     * @return the project's id, present exactly when the status is
     *     {@link NeedStatus#CONVERTED_TO_PROJECT}; not null
     */
    public abstract Optional<ProjectId> projectId();

    /**
     * The office's note on the move that led to the current status: the reason of a rejection, or
     * what the department is asked to complete when a need is returned to it.
     *
     * @return the note, not blank when present, always present when the status is
     *     {@link NeedStatus#REJECTED}; not null
     */
    public abstract Optional<String> decisionNote();

    /**
     * The office's assessment of the need, attached while the need is under analysis
     * ({@link #assess(NeedAssessment)}) and kept through the later moves, so the decision
     * can be traced to it.
     *
     * @return the assessment, empty while the need has not been assessed; not null
     */
    public abstract Optional<NeedAssessment> assessment();

    /**
     * Where the need is in its lifecycle; {@link NeedStatus#RAISED} unless set.
     *
     * @return the status, not null
     */
    @Value.Default
    public NeedStatus status() {
        return NeedStatus.RAISED;
    }

    /**
     * Starts the office's analysis of the need ({@code RAISED -> UNDER_ANALYSIS}) and clears the
     * decision note.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @return the need under analysis, not null
     * @throws IllegalTransitionException if the need is not {@code RAISED}
     */
    public Need startAnalysis() {
        return moveTo(NeedStatus.UNDER_ANALYSIS);
    }

    /**
     * Returns the need to the department for more information ({@code UNDER_ANALYSIS -> RAISED}),
     * recording what the department is asked to complete. The analysis starts again once the
     * department has completed it.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param request what the department must complete or clarify; not null, not blank
     * @return the need, raised again, with the request as its decision note; not null
     * @throws IllegalTransitionException if the need is not {@code UNDER_ANALYSIS}
     * @throws ValidationException if the request is null or blank
     */
    public Need returnToDepartment(String request) {
        requireArgument(request, "request");
        return decide(NeedStatus.RAISED, Optional.empty(), Optional.empty(), Optional.of(request));
    }

    /**
     * Approves the need after its analysis ({@code UNDER_ANALYSIS -> APPROVED}) and clears the
     * decision note.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @return the approved need, not null
     * @throws IllegalTransitionException if the need is not {@code UNDER_ANALYSIS}
     */
    public Need approve() {
        return moveTo(NeedStatus.APPROVED);
    }

    /**
     * Rejects the need after its analysis ({@code UNDER_ANALYSIS -> REJECTED}), recording the
     * reason, which the department is told.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param reason why the need is rejected; not null, not blank
     * @return the rejected need, with the reason as its decision note; not null
     * @throws IllegalTransitionException if the need is not {@code UNDER_ANALYSIS}
     * @throws ValidationException if the reason is null or blank
     */
    public Need reject(String reason) {
        requireArgument(reason, "reason");
        return decide(NeedStatus.REJECTED, Optional.empty(), Optional.empty(), Optional.of(reason));
    }

    /**
     * Merges the need into another that covers it ({@code UNDER_ANALYSIS -> MERGED}), for
     * instance a duplicate raised by another department, and clears the decision note.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param other the need that covers this one; not null; not this need's id
     * @return the merged need, not null
     * @throws IllegalTransitionException if the need is not {@code UNDER_ANALYSIS}
     * @throws ValidationException if {@code other} is null or is this need's own id
     */
    public Need mergeInto(NeedId other) {
        requireArgument(other, "other");
        return decide(NeedStatus.MERGED, Optional.of(other), Optional.empty(), Optional.empty());
    }

    /**
     * Records that a project meets the approved need ({@code APPROVED -> CONVERTED_TO_PROJECT})
     * and clears the decision note. The caller links the need to the project as well
     * ({@link io.otp.core.project.Project#linkNeed(NeedId)}).
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param project the project that meets the need; not null
     * @return the converted need, not null
     * @throws IllegalTransitionException if the need is not {@code APPROVED}
     * @throws ValidationException if {@code project} is null
     */
    public Need convertToProject(ProjectId project) {
        requireArgument(project, "project");
        return decide(NeedStatus.CONVERTED_TO_PROJECT, Optional.empty(), Optional.of(project),
            Optional.empty());
    }

    /**
     * Starts the project that will meet this approved need (OTP function F7: an approved need becomes
     * a project): a project builder with the given id, the need's title as name, its description as
     * first objective, its requesting department as owner, the need linked, and as budget the
     * estimated cost of the office's assessment, or else the department's estimated budget. The
     * caller adds what else it knows (manager, period, more objectives), builds the project and
     * records the conversion on the need with {@link #convertToProject(ProjectId)}.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param project the id of the new project; not null
     * @return a builder of a {@code PROPOSED} project, not null
     * @throws ValidationException if {@code project} is null, the need is not
     *     {@link NeedStatus#APPROVED} (rule {@code OTP-NEED-START-PROJECT}), or it has neither an
     *     assessment nor an estimated budget to give the project a budget (same rule)
     */
    public Project.Builder startProject(ProjectId project) {
        requireArgument(project, "project");
        List<Violation> violations = new ArrayList<>();
        if (status() != NeedStatus.APPROVED) {
            violations.add(Violation.of("status", "OTP-NEED-START-PROJECT", "io.otp.core.need.startProject.status",
                "need", id(), "status", status()));
        }
        Optional<Money> budget = assessment().map(NeedAssessment::estimatedCost).or(this::estimatedBudget);
        if (budget.isEmpty()) {
            violations.add(Violation.of("assessment", "OTP-NEED-START-PROJECT",
                "io.otp.core.need.startProject.budget", "need", id()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Project.Builder builder = Project.builder();
        builder.id(project).name(title()).addObjectives(description()).ownerDepartment(requestingDepartment())
            .addLinkedNeeds(id()).budget(budget.get());
        return builder;
    }

    /**
     * Attaches the office's assessment, replacing an earlier one. The status and the decision note
     * are unchanged.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param assessment the assessment; not null
     * @return the assessed need, not null
     * @throws ValidationException if {@code assessment} is null, or the need is not
     *     {@link NeedStatus#UNDER_ANALYSIS} (rule {@code OTP-NEED-ASSESSMENT}): a need is assessed
     *     only during its analysis
     */
    public Need assess(NeedAssessment assessment) {
        requireArgument(assessment, "assessment");
        if (status() != NeedStatus.UNDER_ANALYSIS) {
            throw new ValidationException(List.of(Violation.of("assessment", "OTP-NEED-ASSESSMENT",
                "io.otp.core.need.assessment.status", "need", id(), "status", status())));
        }
        return ((ImmutableNeed) ImmutableNeed.copyOf(this)).withAssessment(assessment);
    }

    /**
     * Moves the need to another status, clearing the decision note.
     *
     * <p>Suited to the moves that need no data ({@code UNDER_ANALYSIS}, {@code APPROVED},
     * {@code RAISED}). The statuses that require data are reached through {@link #reject(String)},
     * {@link #mergeInto(NeedId)} and {@link #convertToProject(ProjectId)}; asking this method for
     * them, when the lifecycle allows the move, fails with a {@link ValidationException} naming the
     * missing field.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param next the status wanted; not null
     * @return the need in the new status, not null
     * @throws IllegalTransitionException if the lifecycle of {@link NeedStatus} does not allow the
     *     move
     * @throws ValidationException if {@code next} is null, or requires data this method cannot give
     */
    public Need moveTo(NeedStatus next) {
        requireArgument(next, "next");
        return decide(next, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private Need decide(NeedStatus next, Optional<NeedId> merged, Optional<ProjectId> project,
                        Optional<String> note) {
        IllegalTransitionException.check("need " + id(), status(), next);
        return builder()
            .id(id())
            .requestingDepartment(requestingDepartment())
            .requestingOrganisation(requestingOrganisation())
            .title(title())
            .description(description())
            .category(category())
            .addAllCpvCodes(cpvCodes())
            .estimatedBudget(estimatedBudget())
            .urgency(urgency())
            .dateRaised(dateRaised())
            .status(next)
            .mergedInto(merged)
            .projectId(project)
            .decisionNote(note)
            .assessment(assessment())
            .build();
    }

    private static void requireArgument(Object value, String name) {
        if (value == null) {
            throw new NullValueException(name);
        }
    }

    /**
     * The values a need is found by: {@code status}, {@code department} (the requesting one),
     * {@code organisation} and {@code project} when present, {@code date} (the day it was raised).
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(STATUS, status().name());
        q.put(DEPARTMENT, requestingDepartment().value());
        requestingOrganisation().ifPresent(o -> q.put(ORGANISATION, o.value()));
        projectId().ifPresent(p -> q.put(PROJECT, p.value()));
        q.put(DATE, dateRaised().toString());
        return Collections.unmodifiableSortedMap(q);
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        checkTexts(violations);
        checkCpvCodes(violations);
        estimatedBudget().filter(budget -> !budget.isPositive()).ifPresent(budget ->
            violations.add(Violation.of("estimatedBudget", "OTP-NEED-BUDGET",
                "io.otp.core.need.budget.positive", "need", id(), "value", budget)));
        checkDecisionData(violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private void checkTexts(List<Violation> violations) {
        if (title().isBlank()) {
            violations.add(Violation.of("title", "OTP-NEED-TITLE", "io.otp.core.need.title.blank",
                "need", id(), "max", MAX_TITLE_LENGTH));
        } else {
            int length = title().codePointCount(0, title().length());
            if (length > MAX_TITLE_LENGTH) {
                violations.add(Violation.of("title", "OTP-NEED-TITLE", "io.otp.core.need.title.length",
                    "need", id(), "length", length, "max", MAX_TITLE_LENGTH));
            }
        }
        if (description().isBlank()) {
            violations.add(Violation.of("description", "OTP-NEED-DESCRIPTION",
                "io.otp.core.need.description.blank", "need", id()));
        }
    }

    private void checkCpvCodes(List<Violation> violations) {
        Map<CpvCode, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < cpvCodes().size(); i++) {
            CpvCode code = cpvCodes().get(i);
            Integer first = firstPosition.putIfAbsent(code, i);
            if (first != null) {
                violations.add(Violation.of("cpvCodes[" + i + "]", "OTP-NEED-CPV",
                    "io.otp.core.need.cpv.duplicate", "need", id(), "value", code, "first", first));
            }
        }
    }

    private void checkDecisionData(List<Violation> violations) {
        boolean merged = status() == NeedStatus.MERGED;
        if (merged && mergedInto().isEmpty()) {
            violations.add(Violation.of("mergedInto", "OTP-NEED-MERGED-INTO",
                "io.otp.core.need.mergedInto.required", "need", id()));
        } else if (!merged && mergedInto().isPresent()) {
            violations.add(Violation.of("mergedInto", "OTP-NEED-MERGED-INTO",
                "io.otp.core.need.mergedInto.unexpected", "need", id(), "value", mergedInto().get(),
                "status", status()));
        }
        if (mergedInto().filter(id()::equals).isPresent()) {
            violations.add(Violation.of("mergedInto", "OTP-NEED-MERGED-INTO",
                "io.otp.core.need.mergedInto.self", "need", id()));
        }
        boolean converted = status() == NeedStatus.CONVERTED_TO_PROJECT;
        if (converted && projectId().isEmpty()) {
            violations.add(Violation.of("projectId", "OTP-NEED-PROJECT",
                "io.otp.core.need.projectId.required", "need", id()));
        } else if (!converted && projectId().isPresent()) {
            violations.add(Violation.of("projectId", "OTP-NEED-PROJECT",
                "io.otp.core.need.projectId.unexpected", "need", id(), "value", projectId().get(),
                "status", status()));
        }
        if (decisionNote().filter(String::isBlank).isPresent()) {
            violations.add(Violation.of("decisionNote", "OTP-NEED-DECISION-NOTE",
                "io.otp.core.need.decisionNote.blank", "need", id()));
        } else if (status() == NeedStatus.REJECTED && decisionNote().isEmpty()) {
            violations.add(Violation.of("decisionNote", "OTP-NEED-DECISION-NOTE",
                "io.otp.core.need.rejection.reason", "need", id()));
        }
    }

    /** Builds {@link Need}s; each attribute may be set once. */
    public static final class Builder extends ImmutableNeed.Builder {
        Builder() {
        }
    }
}
