package io.otp.core.need;

import static io.otp.core.need.NeedStatus.APPROVED;
import static io.otp.core.need.NeedStatus.CONVERTED_TO_PROJECT;
import static io.otp.core.need.NeedStatus.MERGED;
import static io.otp.core.need.NeedStatus.RAISED;
import static io.otp.core.need.NeedStatus.REJECTED;
import static io.otp.core.need.NeedStatus.UNDER_ANALYSIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import io.otp.core.project.EnsCategory;
import io.otp.core.project.Project;
import io.otp.core.project.ProjectStatus;
import io.otp.core.testing.NeedGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class NeedLifecycleTest {

    /** The lifecycle as the office defines it, written independently of {@link NeedStatus}. */
    private static final Map<NeedStatus, Set<NeedStatus>> LEGAL = Map.of(
        RAISED, Set.of(UNDER_ANALYSIS),
        UNDER_ANALYSIS, Set.of(APPROVED, REJECTED, MERGED, RAISED),
        APPROVED, Set.of(CONVERTED_TO_PROJECT),
        REJECTED, Set.of(),
        MERGED, Set.of(),
        CONVERTED_TO_PROJECT, Set.of());

    private static final NeedId OTHER_NEED = NeedId.of("OTHER-1");
    private static final ProjectId PROJECT = ProjectId.of("P-2026-01");

    /** Reaches a status through the method the office uses for it. */
    private static Need apply(Need need, NeedStatus to) {
        switch (to) {
            case RAISED:
                return need.returnToDepartment("attach the current system's usage figures");
            case UNDER_ANALYSIS:
                return need.startAnalysis();
            case APPROVED:
                return need.approve();
            case REJECTED:
                return need.reject("already covered by the 2025 framework agreement");
            case MERGED:
                return need.mergeInto(OTHER_NEED);
            case CONVERTED_TO_PROJECT:
                return need.convertToProject(PROJECT);
            default:
                throw new AssertionError(to);
        }
    }

    @Test
    void statusSuccessorsMatchTheTableForEveryPair() {
        qt().forAll(Generate.enumValues(NeedStatus.class), Generate.enumValues(NeedStatus.class))
            .check((from, to) -> from.canMoveTo(to) == LEGAL.get(from).contains(to));
        for (NeedStatus from : NeedStatus.values()) {
            assertThat(from.successors()).as("successors of %s", from).isEqualTo(LEGAL.get(from));
            assertThat(from.isFinal()).isEqualTo(LEGAL.get(from).isEmpty());
        }
    }

    @Test
    void successorSetsAreUnmodifiable() {
        assertThatThrownBy(() -> RAISED.successors().add(APPROVED))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyLegalMoveIsAcceptedAndEveryIllegalOneRejectedForEveryPair() {
        for (NeedStatus from : NeedStatus.values()) {
            for (NeedStatus to : NeedStatus.values()) {
                qt().withExamples(30).forAll(NeedGenerators.needsIn(from))
                    .checkAssert(need -> assertMove(need, to));
            }
        }
    }

    @Test
    void randomNeedsAndTargetsFollowTheTable() {
        qt().forAll(NeedGenerators.needs(), Generate.enumValues(NeedStatus.class))
            .checkAssert(NeedLifecycleTest::assertMove);
    }

    private static void assertMove(Need need, NeedStatus to) {
        String before = need.toString();
        NeedStatus from = need.status();
        if (LEGAL.get(from).contains(to)) {
            Need moved = apply(need, to);
            assertThat(moved.status()).isEqualTo(to);
            assertSameNeed(moved, need);
        } else {
            IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                () -> apply(need, to));
            assertThat(e).as("%s -> %s", from, to).isNotNull();
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("status");
                assertThat(v.ruleId()).isEqualTo("OTP-LIFECYCLE");
                assertThat(v.arguments()).containsEntry("from", from.name()).containsEntry("to", to.name());
            });
        }
        assertThat(need.status()).isEqualTo(from);
        assertThat(need.toString()).isEqualTo(before);
    }

    /** Everything but the status and the decision data is kept by a move. */
    private static void assertSameNeed(Need moved, Need original) {
        assertThat(moved.id()).isEqualTo(original.id());
        assertThat(moved.requestingDepartment()).isEqualTo(original.requestingDepartment());
        assertThat(moved.requestingOrganisation()).isEqualTo(original.requestingOrganisation());
        assertThat(moved.title()).isEqualTo(original.title());
        assertThat(moved.description()).isEqualTo(original.description());
        assertThat(moved.category()).isEqualTo(original.category());
        assertThat(moved.cpvCodes()).isEqualTo(original.cpvCodes());
        assertThat(moved.estimatedBudget()).isEqualTo(original.estimatedBudget());
        assertThat(moved.urgency()).isEqualTo(original.urgency());
        assertThat(moved.dateRaised()).isEqualTo(original.dateRaised());
    }

    @Test
    void moveToReachesTheStatusesThatNeedNoData() {
        qt().forAll(NeedGenerators.needs(), Generate.pick(List.of(RAISED, UNDER_ANALYSIS, APPROVED)))
            .checkAssert((need, to) -> {
                if (LEGAL.get(need.status()).contains(to)) {
                    Need moved = need.moveTo(to);
                    assertThat(moved.status()).isEqualTo(to);
                    assertThat(moved.decisionNote()).isEmpty();
                    assertSameNeed(moved, need);
                } else {
                    assertThatThrownBy(() -> need.moveTo(to)).isInstanceOf(IllegalTransitionException.class);
                }
            });
    }

    @Test
    void moveToAStatusThatNeedsDataNamesTheMissingField() {
        Need underAnalysis = raised().startAnalysis();
        assertThat(violationOf(() -> underAnalysis.moveTo(MERGED)).path()).isEqualTo("mergedInto");
        assertThat(violationOf(() -> underAnalysis.moveTo(REJECTED)).path()).isEqualTo("decisionNote");
        assertThat(violationOf(() -> underAnalysis.approve().moveTo(CONVERTED_TO_PROJECT)).path())
            .isEqualTo("projectId");
        assertThatThrownBy(() -> underAnalysis.moveTo(MERGED))
            .isNotInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void illegalMoveIsReportedBeforeMissingData() {
        assertThatThrownBy(() -> raised().moveTo(MERGED)).isInstanceOf(IllegalTransitionException.class)
            .hasMessageContaining("allowed from RAISED: UNDER_ANALYSIS");
    }

    @Test
    void finalStatusSaysNoMoveIsAllowed() {
        Need rejected = raised().startAnalysis().reject("out of the office's scope");
        assertThatThrownBy(rejected::startAnalysis).isInstanceOf(IllegalTransitionException.class)
            .hasMessageContaining("need N-1 cannot move from REJECTED to UNDER_ANALYSIS")
            .hasMessageContaining("none (final status)");
    }

    @Test
    void fullPathFromRaisedToProject() {
        Need raised = raised();
        Need returned = raised.startAnalysis().returnToDepartment("state the number of users");
        assertThat(returned.status()).isEqualTo(RAISED);
        assertThat(returned.decisionNote()).contains("state the number of users");

        Need approved = returned.startAnalysis().approve();
        assertThat(approved.decisionNote()).as("a move without a note clears the previous one").isEmpty();
        Need converted = approved.convertToProject(PROJECT);
        assertThat(converted.status()).isEqualTo(CONVERTED_TO_PROJECT);
        assertThat(converted.projectId()).contains(PROJECT);
        assertThat(converted.mergedInto()).isEmpty();
        assertThat(raised.status()).isEqualTo(RAISED);
    }

    @Test
    void rejectionRecordsTheReason() {
        Need rejected = raised().startAnalysis().reject("duplicates the e-signature platform project");
        assertThat(rejected.status()).isEqualTo(REJECTED);
        assertThat(rejected.decisionNote()).contains("duplicates the e-signature platform project");
    }

    @Test
    void mergeRecordsTheOtherNeed() {
        Need merged = raised().startAnalysis().mergeInto(OTHER_NEED);
        assertThat(merged.status()).isEqualTo(MERGED);
        assertThat(merged.mergedInto()).contains(OTHER_NEED);
        assertThat(merged.decisionNote()).isEmpty();
    }

    @Test
    void rejectsMergingANeedIntoItself() {
        Need underAnalysis = raised().startAnalysis();
        Violation v = violationOf(() -> underAnalysis.mergeInto(underAnalysis.id()));
        assertThat(v.path()).isEqualTo("mergedInto");
        assertThat(v.ruleId()).isEqualTo("OTP-NEED-MERGED-INTO");
        assertThat(v.message()).isEqualTo("need N-1 cannot be merged into itself; mergedInto must name another need");
    }

    @Test
    void rejectsBlankOrMissingReasons() {
        Need underAnalysis = raised().startAnalysis();
        assertThat(violationOf(() -> underAnalysis.reject("  ")).path()).isEqualTo("decisionNote");
        assertThat(violationOf(() -> underAnalysis.returnToDepartment("")).path()).isEqualTo("decisionNote");
        assertThatThrownBy(() -> underAnalysis.reject(null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("reason");
        assertThatThrownBy(() -> underAnalysis.mergeInto(null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("other");
        assertThatThrownBy(() -> underAnalysis.approve().convertToProject(null))
            .isInstanceOf(NullValueException.class).hasMessageContaining("project");
        assertThatThrownBy(() -> underAnalysis.moveTo(null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("next");
    }

    @Test
    void anApprovedNeedStartsItsProjectWithTheAssessedCost() {
        Need approved = raised().startAnalysis().assess(assessment("380000.00")).approve();
        Project project = approved.startProject(PROJECT).projectManager(PersonId.of("P-7")).build();

        assertThat(project.id()).isEqualTo(PROJECT);
        assertThat(project.name()).isEqualTo("Online building-permit applications");
        assertThat(project.objectives()).containsExactly(approved.description());
        assertThat(project.ownerDepartment()).isEqualTo(DepartmentId.of("D-URB"));
        assertThat(project.linkedNeeds()).containsExactly(NeedId.of("N-1"));
        assertThat(project.budget()).isEqualTo(Money.euros("380000.00"));
        assertThat(project.status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(approved.convertToProject(project.id()).projectId()).contains(PROJECT);
    }

    @Test
    void withoutAnAssessmentTheDepartmentsEstimateIsTheBudget() {
        Need approved = Need.builder().id(NeedId.of("N-2")).requestingDepartment(DepartmentId.of("D-HAC"))
            .title("Electronic invoices").description("Receive invoices through FACe")
            .category(NeedCategory.DATA_AND_INTEROPERABILITY).urgency(Urgency.MEDIUM)
            .dateRaised(LocalDate.of(2026, 2, 3)).estimatedBudget(Money.euros(90_000)).build()
            .startAnalysis().approve();
        assertThat(approved.startProject(PROJECT).build().budget()).isEqualTo(Money.euros(90_000));
    }

    @Test
    void startsNoProjectForANeedNotApprovedOrWithoutAnyBudget() {
        Violation status = violationOf(() -> raised().startAnalysis().assess(assessment("1000.00"))
            .startProject(PROJECT));
        assertThat(status.ruleId()).isEqualTo("OTP-NEED-START-PROJECT");
        assertThat(status.path()).isEqualTo("status");
        assertThat(status.message()).contains("N-1").contains("UNDER_ANALYSIS").contains("APPROVED");
        Violation budget = violationOf(() -> raised().startAnalysis().approve().startProject(PROJECT));
        assertThat(budget.path()).isEqualTo("assessment");
        assertThat(budget.message()).contains("N-1");
        ValidationException both = catchThrowableOfType(ValidationException.class,
            () -> raised().startProject(PROJECT));
        assertThat(both.violations()).extracting(Violation::path).containsExactly("status", "assessment");
        assertThatThrownBy(() -> raised().startAnalysis().approve().startProject(null))
            .isInstanceOf(NullValueException.class).hasMessageContaining("project");
    }

    @Test
    void everyApprovedAssessedNeedStartsAValidProjectLinkedToIt() {
        qt().forAll(NeedGenerators.needsIn(UNDER_ANALYSIS), NeedGenerators.assessments()).checkAssert((n, a) -> {
            Need approved = n.assess(a).approve();
            Project project = approved.startProject(PROJECT).build();
            assertThat(project.linkedNeeds()).containsExactly(n.id());
            assertThat(project.budget()).isEqualTo(a.estimatedCost());
            assertThat(project.ownerDepartment()).isEqualTo(n.requestingDepartment());
            assertThat(project.name()).isEqualTo(n.title());
        });
    }

    private static Violation violationOf(Runnable action) {
        ValidationException e = catchThrowableOfType(ValidationException.class, action::run);
        assertThat(e).as("expected a ValidationException").isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    private static Need raised() {
        return Need.builder().id(NeedId.of("N-1")).requestingDepartment(DepartmentId.of("D-URB"))
            .title("Online building-permit applications")
            .description("Citizens file building-permit applications on paper;"
                + " the department needs an online procedure.")
            .category(NeedCategory.DIGITAL_SERVICES).urgency(Urgency.HIGH)
            .dateRaised(LocalDate.of(2026, 2, 3)).decisionNote(Optional.empty()).build();
    }

    private static NeedAssessment assessment(String cost) {
        return NeedAssessment.builder().feasibility(Rating.of(4, "market products exist"))
            .estimatedCost(Money.euros(cost)).costRationale("market consultation")
            .strategicAlignment(Rating.of(5, "digital plan")).urgency(Rating.of(4, "backlog"))
            .legalImpact(Rating.of(3, "Ley 39/2015")).securityCategory(EnsCategory.MEDIUM)
            .securityRationale("personal data").assessor(PersonId.of("P-1")).date(LocalDate.of(2026, 3, 1)).build();
    }
}
