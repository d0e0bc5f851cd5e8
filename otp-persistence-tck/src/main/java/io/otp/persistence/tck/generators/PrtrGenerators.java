package io.otp.persistence.tck.generators;

import io.otp.core.funding.FundingProgramme;
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
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators of valid PRTR files ({@code io.otp.core.prtr}) with their plan tags, "do no significant
 * harm" assessments and declarations of absence of conflict of interest, built through the public
 * builders; each value is drawn from a seeded {@link Random} (see {@link ExecutionGenerators#seeded}).
 * Projects are drawn from a pool of four ({@link #PROJECTS}) so that generated files share them.
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
     * Valid files, meeting the obligations or not: zero to two tags, an assessment of zero to six
     * objectives or none, zero to three declarations (some declaring a conflict), anti-fraud measures
     * adopted or not, with a plan reference or without.
     *
     * @return the generator, not null
     */
    public static Gen<PrtrFile> files() {
        return ExecutionGenerators.seeded(r -> {
            FundingProgramme programme = r.nextInt(4) == 0
                ? pick(r, List.of(FundingProgramme.FEDER, FundingProgramme.DIGITAL_EUROPE))
                : FundingProgramme.NEXT_GENERATION_EU_MRR;
            PrtrFile.Builder b = PrtrFile.builder().id(PrtrFileId.of("PRTR-" + r.nextInt(10_000)))
                .project(pick(r, PROJECTS)).programme(programme).antiFraudMeasuresAdopted(r.nextBoolean());
            int tags = r.nextInt(3);
            for (int i = 0; i < tags; i++) {
                b.addTags(tag(r));
            }
            if (r.nextBoolean()) {
                b.dnsh(assessment(r));
            }
            int declarations = r.nextInt(4);
            for (int i = 0; i < declarations; i++) {
                b.addDeclarations(declaration(r, r.nextInt(5) == 0));
            }
            if (r.nextBoolean()) {
                b.antiFraudPlanReference("Resolución " + (1 + r.nextInt(300)) + "/2022, plan de medidas antifraude");
            }
            return b.build();
        });
    }

    private static DaciDeclaration declaration(Random r, boolean conflict) {
        DaciDeclaration.Builder b = DaciDeclaration.builder().person(person(r)).name(pick(r, NAMES))
            .role(pick(r, List.of(DaciRole.values()))).procedure("EXP-2026/" + (1 + r.nextInt(999)))
            .signedOn(FROM.plusDays(r.nextInt(700))).conflictDeclared(conflict);
        if (conflict) {
            b.conflictDescription("Parentesco de segundo grado con el administrador de un licitador");
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
                b.putFindings(o, DnshFinding.of(pick(r, List.of(DnshOutcome.values())), pick(r, JUSTIFICATIONS)));
            }
        }
        return b.build();
    }

    private static PlanTag tag(Random r) {
        int component = 1 + r.nextInt(30);
        return PlanTag.builder().component("C" + component)
            .measure("C" + component + "." + (r.nextBoolean() ? "I" : "R") + (1 + r.nextInt(9)))
            .number(1 + r.nextInt(400)).kind(pick(r, List.of(PlanTagKind.values())))
            .description("Entidades locales con servicios públicos digitalizados").build();
    }

    private static PersonId person(Random r) {
        return PersonId.of("P-" + r.nextInt(40));
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
