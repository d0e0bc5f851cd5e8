package io.otp.core.prtr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.communication.Channel;
import io.otp.core.communication.CommunicationPlan;
import io.otp.core.communication.CommunicationRules;
import io.otp.core.funding.FundingProgramme;
import io.otp.core.id.CommunicationPlanId;
import io.otp.core.id.PersonId;
import io.otp.core.id.PrtrFileId;
import io.otp.core.id.ProjectId;
import io.otp.core.testing.CommunicationGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrtrChecksTest {

    private static final PersonId ANA = PersonId.of("P-ANA");
    private static final PersonId LUIS = PersonId.of("P-LUIS");
    private static final ProjectId PROJECT = ProjectId.of("P-42");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static DaciDeclaration daci(PersonId person, boolean conflict) {
        DaciDeclaration.Builder b = DaciDeclaration.builder().person(person).name("Nombre " + person)
            .role(DaciRole.EVALUATION_COMMITTEE_MEMBER).procedure("EXP-2026/0042").signedOn(DAY)
            .conflictDeclared(conflict);
        if (conflict) {
            b.conflictDescription("socio de un licitador hasta 2024");
        }
        return b.build();
    }

    private static DnshAssessment dnsh(DnshOutcome climate, boolean complete) {
        DnshAssessment.Builder b = DnshAssessment.builder().assessedOn(DAY).assessedBy(ANA);
        for (EnvironmentalObjective o : EnvironmentalObjective.values()) {
            if (o == EnvironmentalObjective.CLIMATE_CHANGE_MITIGATION) {
                b.putFindings(o, DnshFinding.of(climate, "consumo eléctrico del centro de datos"));
            } else if (complete || o != EnvironmentalObjective.CIRCULAR_ECONOMY) {
                b.putFindings(o, DnshFinding.of(DnshOutcome.NO_OR_INSIGNIFICANT_IMPACT, "servicio digital"));
            }
        }
        return b.build();
    }

    private static final PlanTag TAG = PlanTag.builder().component("C11").measure("C11.I3").number(153)
        .kind(PlanTagKind.TARGET).description("Entidades locales con servicios digitalizados").build();

    private static PrtrFile.Builder compliant() {
        return PrtrFile.builder().id(PrtrFileId.of("PRTR-1")).project(PROJECT)
            .programme(FundingProgramme.NEXT_GENERATION_EU_MRR).addTags(TAG)
            .dnsh(dnsh(DnshOutcome.NO_SIGNIFICANT_HARM, true)).addDeclarations(daci(ANA, false), daci(LUIS, false))
            .antiFraudMeasuresAdopted(true).antiFraudPlanReference("Resolución 12/2022");
    }

    private static List<Violation> check(PrtrFile file) {
        return PrtrChecks.check(file, Set.of(ANA, LUIS), Optional.empty());
    }

    private static void assertOne(List<Violation> found, String path, String rule) {
        assertThat(found).extracting(v -> v.path() + " [" + v.ruleId() + "]").containsExactly(path + " [" + rule + "]");
        Violation v = found.get(0);
        assertThat(OtpMessages.isDefined(v.messageKey())).isTrue();
        assertThat(v.message()).doesNotContainPattern("\\{\\w+}");
        assertThat(v.message(Locale.forLanguageTag("es"))).isNotEqualTo(v.message())
            .doesNotContainPattern("\\{\\w+}");
    }

    @Test
    void aCompliantFileHasNoViolations() {
        assertThat(check(compliant().build())).isEmpty();
        assertThat(compliant().build().queryValues()).containsEntry("project", "P-42");
    }

    @Test
    void reportsAParticipantWithoutDaci() {
        PrtrFile file = compliant().build();
        List<Violation> found = PrtrChecks.check(file, Set.of(ANA, LUIS, PersonId.of("P-MARTA")), Optional.empty());
        assertOne(found, "declarations", PrtrChecks.DACI_MISSING);
        assertThat(found.get(0).arguments()).containsEntry("value", "P-MARTA");
        assertThat(found.get(0).message()).contains("P-MARTA");
    }

    @Test
    void reportsParticipantsWithoutDaciInTheOrderOfTheirIds() {
        PrtrFile file = compliant().build();
        List<Violation> found = PrtrChecks.check(file, Set.of(PersonId.of("P-ZOE"), ANA, PersonId.of("P-BEA")),
            Optional.empty());
        assertThat(found).extracting(v -> v.arguments().get("value")).containsExactly("P-BEA", "P-ZOE");
    }

    @Test
    void reportsADeclaredConflict() {
        PrtrFile file = PrtrFile.builder().id(PrtrFileId.of("PRTR-1")).project(PROJECT)
            .programme(FundingProgramme.NEXT_GENERATION_EU_MRR).addTags(TAG)
            .dnsh(dnsh(DnshOutcome.NO_SIGNIFICANT_HARM, true)).addDeclarations(daci(ANA, false), daci(LUIS, true))
            .antiFraudMeasuresAdopted(true).build();
        List<Violation> found = check(file);
        assertOne(found, "declarations[1]", PrtrChecks.CONFLICT_DECLARED);
        assertThat(found.get(0).message()).contains("socio de un licitador");
    }

    @Test
    void reportsAMissingDnshAssessment() {
        PrtrFile file = PrtrFile.builder().id(PrtrFileId.of("PRTR-1")).project(PROJECT)
            .programme(FundingProgramme.NEXT_GENERATION_EU_MRR).addTags(TAG)
            .addDeclarations(daci(ANA, false), daci(LUIS, false)).antiFraudMeasuresAdopted(true).build();
        assertOne(check(file), "dnsh", PrtrChecks.DNSH_ASSESSMENT);
    }

    @Test
    void reportsAnObjectiveNotAssessed() {
        PrtrFile file = compliant().build();
        PrtrFile partial = PrtrFile.builder().id(file.id()).project(PROJECT).programme(file.programme())
            .addAllTags(file.tags()).dnsh(dnsh(DnshOutcome.NO_SIGNIFICANT_HARM, false))
            .addAllDeclarations(file.declarations()).antiFraudMeasuresAdopted(true).build();
        List<Violation> found = check(partial);
        assertOne(found, "dnsh.findings.CIRCULAR_ECONOMY", PrtrChecks.DNSH_ASSESSMENT);
        assertThat(partial.dnsh().orElseThrow().isCompliant()).isFalse();
    }

    @Test
    void reportsSignificantHarm() {
        PrtrFile file = compliant().build();
        PrtrFile harmful = PrtrFile.builder().id(file.id()).project(PROJECT).programme(file.programme())
            .addAllTags(file.tags()).dnsh(dnsh(DnshOutcome.SIGNIFICANT_HARM, true))
            .addAllDeclarations(file.declarations()).antiFraudMeasuresAdopted(true).build();
        List<Violation> found = check(harmful);
        assertOne(found, "dnsh.findings.CLIMATE_CHANGE_MITIGATION", PrtrChecks.DNSH_HARM);
        assertThat(harmful.dnsh().orElseThrow().harmedObjectives())
            .containsExactly(EnvironmentalObjective.CLIMATE_CHANGE_MITIGATION);
    }

    @Test
    void reportsAFileWithoutPlanTags() {
        PrtrFile untagged = PrtrFile.builder().id(PrtrFileId.of("PRTR-1")).project(PROJECT)
            .programme(FundingProgramme.NEXT_GENERATION_EU_MRR).dnsh(dnsh(DnshOutcome.NO_SIGNIFICANT_HARM, true))
            .addDeclarations(daci(ANA, false), daci(LUIS, false)).antiFraudMeasuresAdopted(true).build();
        assertOne(check(untagged), "tags", PrtrChecks.TAGGING);
    }

    @Test
    void reportsMissingAntiFraudMeasures() {
        PrtrFile noPlan = PrtrFile.builder().id(PrtrFileId.of("PRTR-1")).project(PROJECT)
            .programme(FundingProgramme.NEXT_GENERATION_EU_MRR).addTags(TAG)
            .dnsh(dnsh(DnshOutcome.NO_SIGNIFICANT_HARM, true)).addDeclarations(daci(ANA, false), daci(LUIS, false))
            .antiFraudMeasuresAdopted(false).build();
        assertOne(check(noPlan), "antiFraudMeasuresAdopted", PrtrChecks.ANTI_FRAUD);
    }

    @Test
    void delegatesTheEuFundingStatementToTheCommunicationRulesOnly() {
        Random r = new Random(7);
        // Publication 2 lacks the statement and discloses results with no award: only the statement
        // is a PRTR obligation; the channel planned monthly is never checked here.
        CommunicationPlan plan = CommunicationPlan.builder().id(CommunicationPlanId.of("CP-1")).project(PROJECT)
            .addPublications(CommunicationGenerators.publication(r, 1, DAY, Channel.WEB, false, true),
                CommunicationGenerators.publication(r, 2, DAY.plusDays(3), Channel.PRESS, true, false))
            .build();
        List<Violation> found = PrtrChecks.check(compliant().build(), Set.of(ANA, LUIS), Optional.of(plan));
        assertOne(found, "communicationPlan.publications[1]", CommunicationRules.EU_FUNDING_STATEMENT);
        assertThat(found.get(0).arguments()).containsEntry("publication", "PUB-02");
    }

    @Test
    void acceptsAPlanWhosePublicationsAllCarryTheStatement() {
        Random r = new Random(11);
        CommunicationPlan plan = CommunicationPlan.builder().id(CommunicationPlanId.of("CP-1")).project(PROJECT)
            .addPublications(CommunicationGenerators.publication(r, 1, DAY, Channel.WEB, false, true)).build();
        assertThat(PrtrChecks.check(compliant().build(), Set.of(ANA, LUIS), Optional.of(plan))).isEmpty();
    }

    @Test
    void refusesAPlanOfAnotherProject() {
        CommunicationPlan plan = CommunicationPlan.builder().id(CommunicationPlanId.of("CP-1"))
            .project(ProjectId.of("P-7")).build();
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> PrtrChecks.check(compliant().build(), Set.of(ANA), Optional.of(plan)));
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.ruleId())
            .isEqualTo(PrtrChecks.PLAN_PROJECT));
    }

    @Test
    void reportsEveryBrokenObligationInTheDocumentedOrder() {
        PrtrFile bare = PrtrFile.builder().id(PrtrFileId.of("PRTR-1")).project(PROJECT)
            .programme(FundingProgramme.NEXT_GENERATION_EU_MRR).addDeclarations(daci(LUIS, true))
            .antiFraudMeasuresAdopted(false).build();
        assertThat(check(bare)).extracting(Violation::ruleId).containsExactly(PrtrChecks.DACI_MISSING,
            PrtrChecks.CONFLICT_DECLARED, PrtrChecks.DNSH_ASSESSMENT, PrtrChecks.TAGGING, PrtrChecks.ANTI_FRAUD);
    }
}
