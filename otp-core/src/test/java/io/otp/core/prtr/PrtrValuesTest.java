package io.otp.core.prtr;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.funding.FundingProgramme;
import io.otp.core.id.PersonId;
import io.otp.core.id.PrtrFileId;
import io.otp.core.id.ProjectId;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PrtrValuesTest {

    private static final PersonId ANA = PersonId.of("P-ANA");

    private static ValidationException rejected(ThrowingCallable call, String... pathsAndRules) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).as("expected a ValidationException").isNotNull();
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]").containsExactly(pathsAndRules);
        assertMessagesInBothLanguages(e);
        return e;
    }

    private static DaciDeclaration.Builder daci() {
        return DaciDeclaration.builder().person(ANA).name("Ana García Pérez").role(DaciRole.APPROVER)
            .procedure("SOL-2026-17").signedOn(LocalDate.of(2026, 3, 2));
    }

    private static PlanTag.Builder tag(String component, String measure, int number, PlanTagKind kind) {
        return PlanTag.builder().component(component).measure(measure).number(number).kind(kind)
            .description("Entidades locales con servicios digitalizados");
    }

    private static PlanTag.Builder tag(String component, String measure) {
        return tag(component, measure, 153, PlanTagKind.TARGET);
    }

    @Test
    void acceptsADeclarationOfAbsenceAndOneDeclaringAConflict() {
        assertThat(daci().conflictDeclared(false).build().conflictDescription()).isEmpty();
        assertThat(daci().conflictDeclared(true).conflictDescription("cónyuge de un licitador").build()
            .conflictDeclared()).isTrue();
    }

    @Test
    void requiresTheDescriptionOfADeclaredConflict() {
        rejected(() -> daci().conflictDeclared(true).build(), "conflictDescription [OTP-PRTR-DACI]");
        rejected(() -> daci().conflictDeclared(true).conflictDescription(" ").build(),
            "conflictDescription [OTP-PRTR-DACI]");
    }

    @Test
    void refusesADescriptionWithoutAConflictAndBlankTexts() {
        rejected(() -> DaciDeclaration.builder().person(ANA).name(" ").role(DaciRole.OTHER).procedure("")
                .signedOn(LocalDate.of(2026, 3, 2)).conflictDeclared(false).conflictDescription("nada").build(),
            "name [OTP-PRTR-DACI]", "procedure [OTP-PRTR-DACI]", "conflictDescription [OTP-PRTR-DACI]");
    }

    @Test
    void acceptsInvestmentAndReformTags() {
        assertThat(tag("C11", "C11.I1").build().toString()).isEqualTo("C11.I1 TARGET 153");
        assertThat(tag("C30", "C30.R2", 12, PlanTagKind.MILESTONE).build().kind()).isEqualTo(PlanTagKind.MILESTONE);
    }

    @Test
    void refusesMalformedTags() {
        ValidationException e = rejected(() -> tag("C31", "C11-I1").build(), "component [OTP-PRTR-TAG]",
            "measure [OTP-PRTR-TAG]");
        assertThat(e.violations().get(0).message()).contains("C31").contains("1 to 30");
        assertThat(e.violations().get(1).message()).contains("C11-I1").contains("C11.I1");
        rejected(() -> tag("C11", "C12.I1").build(), "measure [OTP-PRTR-TAG]");
        rejected(() -> tag("C11", "C11.I1", 0, PlanTagKind.MILESTONE).build(), "number [OTP-PRTR-TAG]");
        rejected(() -> PlanTag.builder().component("C11").measure("C11.I1").number(1).kind(PlanTagKind.TARGET)
            .description("  ").build(), "description [OTP-PRTR-TAG]");
    }

    @Test
    void requiresAJustificationOfEachFinding() {
        rejected(() -> DnshFinding.of(DnshOutcome.NO_OR_INSIGNIFICANT_IMPACT, " "),
            "justification [OTP-PRTR-DNSH-JUSTIFICATION]");
    }

    @Test
    void tellsWhetherAnAssessmentIsCompliant() {
        DnshAssessment.Builder b = DnshAssessment.builder().assessedOn(LocalDate.of(2026, 3, 2)).assessedBy(ANA);
        for (EnvironmentalObjective o : EnvironmentalObjective.values()) {
            b.putFindings(o, DnshFinding.of(DnshOutcome.NO_OR_INSIGNIFICANT_IMPACT, "servicio digital"));
        }
        DnshAssessment full = b.build();
        assertThat(EnvironmentalObjective.values()).hasSize(6);
        assertThat(full.isCompliant()).isTrue();
        assertThat(full.missingObjectives()).isEmpty();
        DnshAssessment empty = DnshAssessment.builder().assessedOn(LocalDate.of(2026, 3, 2)).assessedBy(ANA).build();
        assertThat(empty.isCompliant()).isFalse();
        assertThat(empty.missingObjectives()).hasSize(6);
    }

    @Test
    void refusesAFileOfANationalProgrammeAndABlankPlanReference() {
        rejected(() -> PrtrFile.builder().id(PrtrFileId.of("PRTR-1")).project(ProjectId.of("P-1"))
                .programme(FundingProgramme.NATIONAL).antiFraudMeasuresAdopted(true).antiFraudPlanReference(" ").build(),
            "programme [OTP-PRTR-PROGRAMME]", "antiFraudPlanReference [OTP-PRTR-ANTIFRAUD-REFERENCE]");
    }
}
