package io.otp.core.testing;

import io.otp.core.communication.CommunicationPlan;
import io.otp.core.funding.FundingProgramme;
import io.otp.core.id.CommunicationPlanId;
import io.otp.core.id.PersonId;
import io.otp.core.id.PrtrFileId;
import io.otp.core.id.ProjectId;
import io.otp.core.prtr.DaciDeclaration;
import io.otp.core.prtr.DaciRole;
import io.otp.core.prtr.DnshAssessment;
import io.otp.core.prtr.DnshFinding;
import io.otp.core.prtr.DnshOutcome;
import io.otp.core.prtr.EnvironmentalObjective;
import io.otp.core.prtr.PlanTag;
import io.otp.core.prtr.PlanTagKind;
import io.otp.core.prtr.PrtrFile;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/**
 * Generators of PRTR obligations ({@code io.otp.core.prtr}): declarations of absence of conflict of
 * interest, DNSH findings and assessments, plan tags and PRTR files, valid and, for
 * {@link #compliantCases()}, meeting every obligation; each value drawn from a seeded {@link Random}
 * (see {@link ExecutionGenerators#seeded}). Files are for one of {@link #PROJECTS}, a pool of four, so
 * that generated files share them.
 */
public final class PrtrGenerators {

    /** The projects generated files are for, few so that files share them. */
    public static final List<ProjectId> PROJECTS = List.of(ProjectId.of("P-1"), ProjectId.of("P-2"),
        ProjectId.of("P-3"), ProjectId.of("P-4"));

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    private static final List<String> NAMES = List.of("Ana García Pérez", "Luis Martín Ruiz", "Marta López Sanz",
        "Jorge Fernández Gil", "Lucía Romero Díaz", "Íñigo Ortega Núñez");

    private static final List<String> JUSTIFICATIONS = List.of(
        "La actuación consiste en servicios digitales sin emisiones significativas",
        "Los equipos cumplen la Directiva 2012/19/UE de residuos de aparatos eléctricos",
        "Centro de datos conforme al Código de Conducta Europeo sobre Eficiencia Energética",
        "No se prevé consumo de agua ni vertidos");

    private PrtrGenerators() {
    }

    /**
     * A file meeting every obligation for its participants, with a communication plan of the same
     * project whose every publication carries the EU funding statement.
     *
     * @param file the file; not null
     * @param participants the participants, each with a declaration in the file; not null
     * @param plan the plan; not null
     */
    public record Compliant(PrtrFile file, SortedSet<PersonId> participants, CommunicationPlan plan) {
    }

    /**
     * Declarations, with and without a conflict declared.
     *
     * @return the generator, not null
     */
    public static Gen<DaciDeclaration> declarations() {
        return ExecutionGenerators.seeded(r -> declaration(r, person(r), r.nextInt(5) == 0));
    }

    /**
     * Declarations declaring a conflict, with its description.
     *
     * @return the generator, not null
     */
    public static Gen<DaciDeclaration> conflictDeclarations() {
        return ExecutionGenerators.seeded(r -> declaration(r, person(r), true));
    }

    /**
     * Findings of every outcome.
     *
     * @return the generator, not null
     */
    public static Gen<DnshFinding> findings() {
        return ExecutionGenerators.seeded(r -> finding(r, pick(r, DnshOutcome.values())));
    }

    /**
     * Assessments of zero to six objectives, of every outcome.
     *
     * @return the generator, not null
     */
    public static Gen<DnshAssessment> assessments() {
        return ExecutionGenerators.seeded(PrtrGenerators::assessment);
    }

    /**
     * Plan tags of every kind.
     *
     * @return the generator, not null
     */
    public static Gen<PlanTag> tags() {
        return ExecutionGenerators.seeded(PrtrGenerators::tag);
    }

    /**
     * Valid files, meeting the obligations or not: zero to two tags, an assessment of zero to six
     * objectives or none, zero to three declarations (some declaring a conflict), anti-fraud measures
     * adopted or not, with a plan reference or without.
     *
     * @return the generator, not null
     */
    public static Gen<PrtrFile> files() {
        return ExecutionGenerators.seeded(r -> {
            PrtrFile.Builder b = base(r).antiFraudMeasuresAdopted(r.nextBoolean());
            int tags = r.nextInt(3);
            for (int i = 0; i < tags; i++) {
                b.addTags(tag(r));
            }
            if (r.nextBoolean()) {
                b.dnsh(assessment(r));
            }
            int declarations = r.nextInt(4);
            for (int i = 0; i < declarations; i++) {
                b.addDeclarations(declaration(r, person(r), r.nextInt(5) == 0));
            }
            if (r.nextBoolean()) {
                b.antiFraudPlanReference("Resolución " + (1 + r.nextInt(300)) + "/2022, plan de medidas antifraude");
            }
            return b.build();
        });
    }

    /**
     * Compliant files: a declaration without conflict for each of one to six participants, a
     * compliant DNSH assessment, one to three tags, anti-fraud measures adopted, and a communication
     * plan of the project with the EU funding statement on every publication.
     *
     * @return the generator, not null
     */
    public static Gen<Compliant> compliantCases() {
        return ExecutionGenerators.seeded(PrtrGenerators::compliant);
    }

    /**
     * A compliant case, as {@link #compliantCases()} draws it.
     *
     * @param r the random source; not null
     * @return the case, not null
     */
    public static Compliant compliant(Random r) {
        SortedSet<PersonId> participants = new TreeSet<>();
        int n = 1 + r.nextInt(6);
        while (participants.size() < n) {
            participants.add(person(r));
        }
        PrtrFile.Builder b = base(r).antiFraudMeasuresAdopted(true).dnsh(compliantAssessment(r));
        int tags = 1 + r.nextInt(3);
        for (int i = 0; i < tags; i++) {
            b.addTags(tag(r));
        }
        for (PersonId p : participants) {
            b.addDeclarations(declaration(r, p, false));
        }
        if (r.nextBoolean()) {
            b.antiFraudPlanReference("Plan de medidas antifraude, versión " + (1 + r.nextInt(4)));
        }
        PrtrFile file = b.build();
        CommunicationPlan drawn = CommunicationGenerators.compliantPlan(r, FROM);
        CommunicationPlan plan = CommunicationPlan.builder().id(CommunicationPlanId.of("CP-" + r.nextInt(1000)))
            .project(file.project()).addAllActions(drawn.actions()).addAllPublications(drawn.publications()).build();
        return new Compliant(file, Collections.unmodifiableSortedSet(participants), plan);
    }

    /**
     * A declaration.
     *
     * @param r the random source; not null
     * @param person who signs; not null
     * @param conflict whether a conflict is declared (then with a description)
     * @return the declaration, not null
     */
    public static DaciDeclaration declaration(Random r, PersonId person, boolean conflict) {
        DaciDeclaration.Builder b = DaciDeclaration.builder().person(person).name(pick(r, NAMES))
            .role(pick(r, DaciRole.values())).procedure("EXP-2026/" + (1 + r.nextInt(999)))
            .signedOn(FROM.plusDays(r.nextInt(700))).conflictDeclared(conflict);
        if (conflict) {
            b.conflictDescription("Parentesco de segundo grado con el administrador de un licitador");
        }
        return b.build();
    }

    /**
     * An assessment of all six objectives, none significantly harmed.
     *
     * @param r the random source; not null
     * @return the assessment, not null
     */
    public static DnshAssessment compliantAssessment(Random r) {
        DnshAssessment.Builder b = DnshAssessment.builder().assessedOn(FROM.plusDays(r.nextInt(700)))
            .assessedBy(person(r));
        for (EnvironmentalObjective o : EnvironmentalObjective.values()) {
            b.putFindings(o, finding(r, r.nextBoolean() ? DnshOutcome.NO_OR_INSIGNIFICANT_IMPACT
                : DnshOutcome.NO_SIGNIFICANT_HARM));
        }
        return b.build();
    }

    /* Six objectives in all when kept reaches 6 or 7, otherwise each kept with probability kept/6. */
    private static DnshAssessment assessment(Random r) {
        DnshAssessment.Builder b = DnshAssessment.builder().assessedOn(FROM.plusDays(r.nextInt(700)))
            .assessedBy(person(r));
        int kept = r.nextInt(8);
        for (EnvironmentalObjective o : EnvironmentalObjective.values()) {
            if (kept >= 6 || r.nextInt(6) < kept) {
                b.putFindings(o, finding(r, pick(r, DnshOutcome.values())));
            }
        }
        return b.build();
    }

    private static DnshFinding finding(Random r, DnshOutcome outcome) {
        return DnshFinding.of(outcome, pick(r, JUSTIFICATIONS));
    }

    private static PlanTag tag(Random r) {
        int component = 1 + r.nextInt(30);
        return PlanTag.builder().component("C" + component)
            .measure("C" + component + "." + (r.nextBoolean() ? "I" : "R") + (1 + r.nextInt(9)))
            .number(1 + r.nextInt(400)).kind(pick(r, PlanTagKind.values()))
            .description("Entidades locales con servicios públicos digitalizados").build();
    }

    private static PrtrFile.Builder base(Random r) {
        FundingProgramme programme = r.nextInt(4) == 0 ? pick(r, new FundingProgramme[] {FundingProgramme.FEDER,
            FundingProgramme.DIGITAL_EUROPE}) : FundingProgramme.NEXT_GENERATION_EU_MRR;
        return PrtrFile.builder().id(PrtrFileId.of("PRTR-" + r.nextInt(10_000)))
            .project(PROJECTS.get(r.nextInt(PROJECTS.size()))).programme(programme);
    }

    private static PersonId person(Random r) {
        return PersonId.of("P-" + r.nextInt(40));
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
