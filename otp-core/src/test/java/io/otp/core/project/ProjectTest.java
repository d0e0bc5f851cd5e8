package io.otp.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.MissingValueException;
import io.otp.core.ValidationException;
import io.otp.core.testing.ViolationAssertions;
import io.otp.core.Violation;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.core.testing.ProjectGenerators;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void generatedValidProjectsBuildAndKeepTheirValues() {
        qt().forAll(ProjectGenerators.projectValues()).checkAssert(v -> {
            Project p = v.build();
            assertThat(p.id()).isEqualTo(v.id());
            assertThat(p.name()).isEqualTo(v.name());
            assertThat(p.objectives()).containsExactlyElementsOf(v.objectives());
            assertThat(p.ownerDepartment()).isEqualTo(v.owner());
            assertThat(p.projectManager()).isEqualTo(v.manager());
            assertThat(p.linkedNeeds()).containsExactlyElementsOf(new java.util.TreeSet<>(v.linkedNeeds()));
            assertThat(p.budget()).isEqualTo(v.budget());
            assertThat(p.plannedPeriod()).isEqualTo(v.plannedPeriod());
            assertThat(p.technologyBaseline()).isEqualTo(v.baseline());
            assertThat(p.heldFrom()).isEqualTo(v.heldFrom());
            assertThat(p.status()).isEqualTo(v.status());
            assertThat(v.build()).isEqualTo(p).hasSameHashCodeAs(p);
        });
    }

    @Test
    void needsLinkedInAnyOrderGiveEqualProjectsAndIdenticalJson() {
        Project empty = valid().build();
        Project ab = empty.linkNeed(NeedId.of("N-A")).linkNeed(NeedId.of("N-B"));
        Project ba = empty.linkNeed(NeedId.of("N-B")).linkNeed(NeedId.of("N-A"));
        assertThat(ab).isEqualTo(ba);
        assertThat(ab.linkedNeeds()).extracting(NeedId::value).containsExactly("N-A", "N-B");
        assertThat(io.otp.core.json.OtpJson.standard().write(ab))
            .isEqualTo(io.otp.core.json.OtpJson.standard().write(ba));
    }

    @Test
    void statusDefaultsToProposedAndCollectionsAreImmutable() {
        Project p = valid().addLinkedNeeds(NeedId.of("N-1")).build();
        assertThat(p.status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThatThrownBy(() -> p.objectives().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.linkedNeeds().add(NeedId.of("N-2")))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsBlankName() {
        assertOnlyViolation(base(" ").addObjectives("o"), "name", "OTP-PROJECT-NAME",
            "project P-3: the name is blank; give a name of at most 300 characters");
    }

    @Test
    void rejectsNameLongerThan300Characters() {
        assertThat(base("n".repeat(300)).addObjectives("o").build().name()).hasSize(300);
        assertOnlyViolation(base("n".repeat(301)).addObjectives("o"), "name", "OTP-PROJECT-NAME",
            "project P-3: the name has 301 characters, at most 300 are allowed");
    }

    @Test
    void rejectsProjectWithoutObjectives() {
        assertOnlyViolation(base(), "objectives", "OTP-PROJECT-OBJECTIVES",
            "project P-3: at least one objective is required");
    }

    @Test
    void rejectsBlankObjectiveAtItsIndex() {
        assertOnlyViolation(base().addObjectives("Cut paper filings by half", " "), "objectives[1]",
            "OTP-PROJECT-OBJECTIVES", "project P-3: objective 1 is blank");
    }

    @Test
    void rejectsBudgetThatIsNotPositive() {
        assertOnlyViolation(base("Sede", Money.euros(-1)).addObjectives("o"), "budget", "OTP-PROJECT-BUDGET",
            "project P-3: the budget must be greater than zero, got -1.00 EUR");
        assertOnlyViolation(base("Sede", Money.euros(0)).addObjectives("o"), "budget", "OTP-PROJECT-BUDGET",
            "project P-3: the budget must be greater than zero, got 0.00 EUR");
    }

    @Test
    void rejectsBaselinedOrLaterWithoutBaseline() {
        for (ProjectStatus s : new ProjectStatus[] {ProjectStatus.BASELINED, ProjectStatus.IN_PROCUREMENT,
            ProjectStatus.IN_EXECUTION, ProjectStatus.CLOSED}) {
            assertOnlyViolation(valid().status(s), "technologyBaseline", "OTP-PROJECT-BASELINE",
                "project P-3: status " + s + " requires a technology baseline; set it with baseline(...) while"
                    + " the project is PROPOSED or BASELINED");
        }
    }

    @Test
    void onHoldNeedsABaselineOnlyWhenHeldFromBaselinedOrLater() {
        assertOnlyViolation(valid().status(ProjectStatus.ON_HOLD).heldFrom(ProjectStatus.IN_PROCUREMENT),
            "technologyBaseline", "OTP-PROJECT-BASELINE",
            "project P-3: status ON_HOLD requires a technology baseline; set it with baseline(...) while the"
                + " project is PROPOSED or BASELINED");
        assertThat(valid().status(ProjectStatus.ON_HOLD).heldFrom(ProjectStatus.PROPOSED).build().heldFrom())
            .contains(ProjectStatus.PROPOSED);
    }

    @Test
    void proposedOrCancelledProjectMayLackABaselineAndProposedMayHaveADraft() {
        assertThat(valid().build().technologyBaseline()).isEmpty();
        assertThat(valid().status(ProjectStatus.CANCELLED).build().technologyBaseline()).isEmpty();
        assertThat(valid().technologyBaseline(baseline()).build().technologyBaseline()).isPresent();
    }

    @Test
    void rejectsOnHoldWithoutHeldFrom() {
        assertOnlyViolation(valid().status(ProjectStatus.ON_HOLD), "heldFrom", "OTP-PROJECT-HELD-FROM",
            "project P-3: status ON_HOLD requires heldFrom, the status the project was put on hold from");
    }

    @Test
    void rejectsHeldFromUnlessOnHold() {
        assertOnlyViolation(valid().heldFrom(ProjectStatus.PROPOSED), "heldFrom", "OTP-PROJECT-HELD-FROM",
            "project P-3: heldFrom PROPOSED is allowed only with status ON_HOLD, the status is PROPOSED");
    }

    @Test
    void rejectsHeldFromAStatusThatCannotBeHeld() {
        for (ProjectStatus s : new ProjectStatus[] {ProjectStatus.ON_HOLD, ProjectStatus.CLOSED,
            ProjectStatus.CANCELLED}) {
            assertOnlyViolation(valid().status(ProjectStatus.ON_HOLD).heldFrom(s).technologyBaseline(baseline()),
                "heldFrom", "OTP-PROJECT-HELD-FROM", "project P-3: a project cannot be put on hold from " + s
                    + "; allowed: PROPOSED, BASELINED, IN_PROCUREMENT, IN_EXECUTION");
        }
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> base("", Money.euros(-3)).status(ProjectStatus.IN_EXECUTION).build());
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("name", "objectives", "budget", "technologyBaseline");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void missingRequiredAttributesAreNamed() {
        assertThatThrownBy(() -> Project.builder().id(ProjectId.of("P-1")).name("x").build())
            .isInstanceOf(MissingValueException.class)
            .hasMessageContaining("ownerDepartment").hasMessageContaining("budget");
    }

    @Test
    void spanishMessageOfAMissingBaseline() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> valid().status(ProjectStatus.CLOSED).build());
        assertThat(e.violations().get(0).message(SPANISH)).isEqualTo("proyecto P-3: el estado CLOSED exige una"
            + " base tecnológica; establézcala con baseline(...) mientras el proyecto esté PROPOSED o BASELINED");
    }

    private static Violation assertOnlyViolation(Project.Builder builder, String path, String ruleId,
                                                 String englishMessage) {
        return ViolationAssertions.assertOnlyViolation(builder::build, path, ruleId, englishMessage);
    }

    static void assertMessagesInBothLanguages(ValidationException e) {
        ViolationAssertions.assertMessagesInBothLanguages(e);
    }

    /** A proposed project complete but for the attributes each test sets. */
    private static Project.Builder valid() {
        return base().addObjectives("Let citizens file building permits online");
    }

    private static Project.Builder base() {
        return base("Sede electrónica de urbanismo");
    }

    private static Project.Builder base(String name) {
        return base(name, Money.euros(180_000));
    }

    private static Project.Builder base(String name, Money budget) {
        return Project.builder().id(ProjectId.of("P-3")).name(name).ownerDepartment(DepartmentId.of("D-URB"))
            .budget(budget);
    }

    private static TechnologyBaseline baseline() {
        return TechnologyBaseline.builder()
            .addDecisions(TechnologyDecision.builder().area("hosting").choice("Red SARA data centre")
                .kind(DecisionKind.STANDARD).rationale("Shared infrastructure of the administration").build())
            .ensCategory(EnsCategory.BASIC).interoperabilityNotes("Publishes its catalogue in DCAT-AP")
            .dateSet(LocalDate.of(2026, 1, 15)).build();
    }
}
