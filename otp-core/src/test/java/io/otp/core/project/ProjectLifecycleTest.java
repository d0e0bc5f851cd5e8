package io.otp.core.project;

import static io.otp.core.project.ProjectStatus.BASELINED;
import static io.otp.core.project.ProjectStatus.CANCELLED;
import static io.otp.core.project.ProjectStatus.CLOSED;
import static io.otp.core.project.ProjectStatus.IN_EXECUTION;
import static io.otp.core.project.ProjectStatus.IN_PROCUREMENT;
import static io.otp.core.project.ProjectStatus.ON_HOLD;
import static io.otp.core.project.ProjectStatus.PROPOSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.ProjectId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import io.otp.core.testing.ProjectGenerators;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ProjectLifecycleTest {

    /** The lifecycle of the status enum, written independently of {@link ProjectStatus}. */
    private static final Map<ProjectStatus, Set<ProjectStatus>> LEGAL = Map.of(
        PROPOSED, Set.of(BASELINED, ON_HOLD, CANCELLED),
        BASELINED, Set.of(IN_PROCUREMENT, ON_HOLD, CANCELLED),
        IN_PROCUREMENT, Set.of(IN_EXECUTION, ON_HOLD, CANCELLED),
        IN_EXECUTION, Set.of(CLOSED, ON_HOLD, CANCELLED),
        ON_HOLD, Set.of(PROPOSED, BASELINED, IN_PROCUREMENT, IN_EXECUTION, CANCELLED),
        CLOSED, Set.of(),
        CANCELLED, Set.of());

    /** Where a project held from a status may resume: that status, an earlier one, or cancelled. */
    private static final Map<ProjectStatus, Set<ProjectStatus>> RESUME = Map.of(
        PROPOSED, Set.of(PROPOSED, CANCELLED),
        BASELINED, Set.of(PROPOSED, BASELINED, CANCELLED),
        IN_PROCUREMENT, Set.of(PROPOSED, BASELINED, IN_PROCUREMENT, CANCELLED),
        IN_EXECUTION, Set.of(PROPOSED, BASELINED, IN_PROCUREMENT, IN_EXECUTION, CANCELLED));

    private static final List<ProjectStatus> HOLDABLE = List.of(PROPOSED, BASELINED, IN_PROCUREMENT, IN_EXECUTION);

    @Test
    void statusSuccessorsMatchTheTableForEveryPair() {
        qt().forAll(Generate.enumValues(ProjectStatus.class), Generate.enumValues(ProjectStatus.class))
            .check((from, to) -> from.canMoveTo(to) == LEGAL.get(from).contains(to));
        for (ProjectStatus s : ProjectStatus.values()) {
            assertThat(s.successors()).as("successors of %s", s).isEqualTo(LEGAL.get(s));
            assertThat(s.resumptions()).as("resumptions of %s", s).isEqualTo(RESUME.getOrDefault(s, Set.of()));
            assertThat(s.isFinal()).isEqualTo(s == CLOSED || s == CANCELLED);
        }
    }

    @Test
    void everyNonFinalStatusCanBeCancelledAndOnlyWorkingStatusesPutOnHold() {
        for (ProjectStatus s : ProjectStatus.values()) {
            assertThat(s.canMoveTo(CANCELLED)).as(s.name()).isEqualTo(!s.isFinal());
            assertThat(s.canMoveTo(ON_HOLD)).as(s.name()).isEqualTo(HOLDABLE.contains(s));
        }
    }

    @Test
    void everyMoveFromEverySituationFollowsTheTables() {
        for (ProjectStatus from : ProjectStatus.values()) {
            if (from == ON_HOLD) {
                continue;
            }
            for (ProjectStatus to : ProjectStatus.values()) {
                qt().withExamples(20).forAll(ProjectGenerators.projectsIn(from), ProjectGenerators.baselines())
                    .checkAssert((p, b) -> assertMove(p, to, b));
            }
        }
        for (ProjectStatus heldFrom : HOLDABLE) {
            for (ProjectStatus to : ProjectStatus.values()) {
                qt().withExamples(20).forAll(ProjectGenerators.projectsOnHoldFrom(heldFrom),
                    ProjectGenerators.baselines()).checkAssert((p, b) -> assertMove(p, to, b));
            }
        }
    }

    @Test
    void randomProjectsAndTargetsFollowTheTables() {
        qt().forAll(ProjectGenerators.projects(), Generate.enumValues(ProjectStatus.class),
            ProjectGenerators.baselines()).checkAssert((p, to, b) -> assertMove(p, to, b));
    }

    /**
     * Moves a project, through {@link Project#baseline(TechnologyBaseline)} when the target is
     * BASELINED (the move that sets a baseline) and {@link Project#moveTo(ProjectStatus)} otherwise,
     * and checks the outcome against the tables.
     */
    private static void assertMove(Project p, ProjectStatus to, TechnologyBaseline newBaseline) {
        String before = p.toString();
        ProjectStatus from = p.status();
        boolean viaBaseline = to == BASELINED && from != BASELINED;
        Runnable move = () -> {
            if (viaBaseline) {
                p.baseline(newBaseline);
            } else {
                p.moveTo(to);
            }
        };
        if (!LEGAL.get(from).contains(to)) {
            IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class, move::run);
            assertThat(e).as("%s -> %s", from, to).isNotNull();
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("status");
                assertThat(v.ruleId()).isEqualTo("OTP-LIFECYCLE");
            });
        } else if (from == ON_HOLD && !RESUME.get(p.heldFrom().orElseThrow()).contains(to)) {
            ValidationException e = catchThrowableOfType(ValidationException.class, move::run);
            assertThat(e).as("ON_HOLD (from %s) -> %s", p.heldFrom().get(), to).isNotNull()
                .isNotInstanceOf(IllegalTransitionException.class);
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("status");
                assertThat(v.ruleId()).isEqualTo("OTP-PROJECT-RESUME");
            });
        } else {
            Project moved = viaBaseline ? p.baseline(newBaseline) : p.moveTo(to);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.heldFrom()).isEqualTo(to == ON_HOLD ? Optional.of(from) : Optional.empty());
            assertThat(moved.technologyBaseline())
                .isEqualTo(viaBaseline ? Optional.of(newBaseline) : p.technologyBaseline());
            assertSameProject(moved, p);
            assertThat(moved.linkedNeeds()).isEqualTo(p.linkedNeeds());
        }
        assertThat(p.status()).isEqualTo(from);
        assertThat(p.toString()).isEqualTo(before);
    }

    static void assertSameProject(Project moved, Project original) {
        assertThat(moved.id()).isEqualTo(original.id());
        assertThat(moved.name()).isEqualTo(original.name());
        assertThat(moved.objectives()).isEqualTo(original.objectives());
        assertThat(moved.ownerDepartment()).isEqualTo(original.ownerDepartment());
        assertThat(moved.projectManager()).isEqualTo(original.projectManager());
        assertThat(moved.budget()).isEqualTo(original.budget());
        assertThat(moved.plannedPeriod()).isEqualTo(original.plannedPeriod());
    }

    @Test
    void allowedMovesOfAProjectOnHoldDependOnWhereItStopped() {
        for (ProjectStatus heldFrom : HOLDABLE) {
            qt().withExamples(10).forAll(ProjectGenerators.projectsOnHoldFrom(heldFrom))
                .checkAssert(p -> assertThat(p.allowedMoves()).isEqualTo(RESUME.get(heldFrom)));
        }
        qt().forAll(ProjectGenerators.projects().assuming(p -> p.status() != ON_HOLD))
            .checkAssert(p -> assertThat(p.allowedMoves()).isEqualTo(LEGAL.get(p.status())));
    }

    @Test
    void baselineAgreesItForAProposedProject() {
        Project proposed = proposed();
        TechnologyBaseline b = baseline("OpenID Connect");
        Project baselined = proposed.baseline(b);
        assertThat(baselined.status()).isEqualTo(BASELINED);
        assertThat(baselined.technologyBaseline()).contains(b);
        assertThat(proposed.technologyBaseline()).isEmpty();
        assertThat(proposed.status()).isEqualTo(PROPOSED);
    }

    @Test
    void baselineCanBeReplacedWhileBaselined() {
        Project baselined = proposed().baseline(baseline("OpenID Connect"));
        TechnologyBaseline replacement = baseline("SAML 2.0");
        Project replaced = baselined.baseline(replacement);
        assertThat(replaced.status()).isEqualTo(BASELINED);
        assertThat(replaced.technologyBaseline()).contains(replacement);
        assertThat(baselined.technologyBaseline().orElseThrow().decision("identity").orElseThrow().choice())
            .isEqualTo("OpenID Connect");
    }

    @Test
    void baselineIsFrozenOnceProcurementStarts() {
        Project inProcurement = proposed().baseline(baseline("OpenID Connect")).moveTo(IN_PROCUREMENT);
        assertThatThrownBy(() -> inProcurement.baseline(baseline("SAML 2.0")))
            .isInstanceOf(IllegalTransitionException.class)
            .hasMessageContaining("project P-9 cannot move from IN_PROCUREMENT to BASELINED");
    }

    @Test
    void moveToBaselinedNeedsABaselineAlreadyPresent() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> proposed().moveTo(BASELINED));
        assertThat(e).isNotInstanceOf(IllegalTransitionException.class);
        assertThat(e.violations()).extracting(Violation::path).containsExactly("technologyBaseline");

        Project withDraft = Project.builder().id(ProjectId.of("P-9")).name("Sede electrónica")
            .addObjectives("Online procedures").ownerDepartment(DepartmentId.of("D-URB")).budget(Money.euros(100_000))
            .technologyBaseline(baseline("OpenID Connect")).build();
        assertThat(withDraft.moveTo(BASELINED).status()).isEqualTo(BASELINED);
    }

    @Test
    void holdAndResumeKeepTheBaselineAndRecordWhereTheProjectStopped() {
        Project executing = proposed().baseline(baseline("OpenID Connect")).moveTo(IN_PROCUREMENT)
            .moveTo(IN_EXECUTION);
        Project held = executing.moveTo(ON_HOLD);
        assertThat(held.heldFrom()).contains(IN_EXECUTION);
        Project resumed = held.moveTo(IN_EXECUTION);
        assertThat(resumed.heldFrom()).isEmpty();
        assertThat(resumed.technologyBaseline()).isEqualTo(executing.technologyBaseline());
        // A terminated contract is procured again: back to procurement through the hold.
        assertThat(held.moveTo(IN_PROCUREMENT).status()).isEqualTo(IN_PROCUREMENT);
        // Re-planning: a project held during execution gets a new baseline.
        TechnologyBaseline replan = baseline("SAML 2.0");
        assertThat(held.baseline(replan).technologyBaseline()).contains(replan);
    }

    @Test
    void aProjectCannotResumePastWhereItStopped() {
        Project held = proposed().moveTo(ON_HOLD);
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> held.baseline(baseline("OpenID Connect")));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("OTP-PROJECT-RESUME");
            assertThat(v.message()).isEqualTo("project P-9 was put on hold while PROPOSED and cannot resume to"
                + " BASELINED, which is past that point; allowed: CANCELLED, PROPOSED");
        });
        assertThat(held.moveTo(PROPOSED).baseline(baseline("OpenID Connect")).status()).isEqualTo(BASELINED);
        assertThat(held.moveTo(CANCELLED).heldFrom()).isEmpty();
    }

    @Test
    void linkNeedAddsItOnceAndKeepsEverythingElse() {
        // drawn among the open statuses, not filtered: a filter may discard too many examples and give up
        Gen<Project> open = Generate.pick(List.of(PROPOSED, BASELINED, IN_PROCUREMENT, IN_EXECUTION, ON_HOLD))
            .flatMap(ProjectGenerators::projectsIn);
        qt().forAll(open,
            Generate.range(1, 500).map(i -> NeedId.of("LN-" + i))).checkAssert((p, need) -> {
                Project linked = p.linkNeed(need);
                assertThat(linked.linkedNeeds()).contains(need).containsAll(p.linkedNeeds())
                    .hasSize(p.linkedNeeds().size() + 1);
                assertThat(linked.status()).isEqualTo(p.status());
                assertThat(linked.heldFrom()).isEqualTo(p.heldFrom());
                assertThat(linked.technologyBaseline()).isEqualTo(p.technologyBaseline());
                assertSameProject(linked, p);
                assertThat(linked.linkNeed(need)).isSameAs(linked);
                assertThat(p.linkedNeeds()).doesNotContain(need);
            });
    }

    @Test
    void needsCannotBeLinkedToAClosedOrCancelledProject() {
        Gen<Project> finished = Generate.pick(List.of(CLOSED, CANCELLED)).flatMap(ProjectGenerators::projectsIn);
        qt().forAll(finished).checkAssert(p -> {
            ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> p.linkNeed(NeedId.of("N-1")));
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("linkedNeeds");
                assertThat(v.ruleId()).isEqualTo("OTP-PROJECT-FINAL");
            });
        });
    }

    @Test
    void nullArgumentsAreNamed() {
        Project p = proposed();
        assertThatThrownBy(() -> p.moveTo(null)).isInstanceOf(NullValueException.class).hasMessageContaining("next");
        assertThatThrownBy(() -> p.baseline(null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("baseline");
        assertThatThrownBy(() -> p.linkNeed(null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("need");
    }

    @Test
    void allowedMovesOfAFinalProjectAreEmpty() {
        Project closed = proposed().baseline(baseline("OpenID Connect")).moveTo(IN_PROCUREMENT)
            .moveTo(IN_EXECUTION).moveTo(CLOSED);
        assertThat(closed.allowedMoves()).isEmpty();
        assertThat(EnumSet.allOf(ProjectStatus.class)).allSatisfy(s ->
            assertThatThrownBy(() -> closed.moveTo(s)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("none (final status)"));
    }

    private static Project proposed() {
        return Project.builder().id(ProjectId.of("P-9")).name("Sede electrónica")
            .addObjectives("Online procedures for building permits").ownerDepartment(DepartmentId.of("D-URB"))
            .budget(Money.euros(250_000)).build();
    }

    private static TechnologyBaseline baseline(String identity) {
        return TechnologyBaseline.builder()
            .addDecisions(TechnologyDecision.builder().area("identity").choice(identity).kind(DecisionKind.STANDARD)
                .rationale("Open standard supported by Cl@ve").build())
            .ensCategory(EnsCategory.MEDIUM).interoperabilityNotes("Uses the SCSP intermediation services")
            .dateSet(LocalDate.of(2026, 4, 1)).build();
    }
}
