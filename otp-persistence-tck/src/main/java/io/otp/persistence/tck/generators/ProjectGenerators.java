package io.otp.persistence.tck.generators;

import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.core.project.DecisionKind;
import io.otp.core.project.EnsCategory;
import io.otp.core.project.Project;
import io.otp.core.project.ProjectStatus;
import io.otp.core.project.TechnologyBaseline;
import io.otp.core.project.TechnologyDecision;
import io.otp.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid {@link Project}s, {@link TechnologyBaseline}s and {@link TechnologyDecision}s,
 * built through the public builders.
 */
public final class ProjectGenerators {

    /** Technology areas a baseline commonly covers; a baseline uses each at most once. */
    public static final List<String> AREAS = List.of("identity", "hosting", "database", "frontend",
        "integration", "electronic signature", "document management", "notifications", "analytics",
        "backup");

    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    private ProjectGenerators() {
    }

    /** Every attribute of a project, as given to the builder. */
    public record ProjectValues(ProjectId id, String name, List<String> objectives, DepartmentId owner,
                                Optional<PersonId> manager, Set<NeedId> linkedNeeds, Money budget,
                                Optional<DateRange> plannedPeriod, Optional<TechnologyBaseline> baseline,
                                Optional<ProjectStatus> heldFrom, ProjectStatus status) {

        /**
         * Builds the project these values describe.
         *
         * @return the project
         */
        public Project build() {
            return Project.builder().id(id).name(name).addAllObjectives(objectives).ownerDepartment(owner)
                .projectManager(manager).addAllLinkedNeeds(linkedNeeds).budget(budget)
                .plannedPeriod(plannedPeriod).technologyBaseline(baseline).heldFrom(heldFrom).status(status)
                .build();
        }
    }

    /** Every attribute of a technology decision, as given to the builder. */
    public record DecisionValues(String area, String choice, DecisionKind kind, boolean orEquivalent,
                                 String rationale) {

        /**
         * Builds the decision these values describe.
         *
         * @return the decision
         */
        public TechnologyDecision build() {
            return TechnologyDecision.builder().area(area).choice(choice).kind(kind).orEquivalent(orEquivalent)
                .rationale(rationale).build();
        }
    }

    /** Every attribute of a technology baseline, as given to the builder. */
    public record BaselineValues(List<DecisionValues> decisions, EnsCategory ensCategory,
                                 String interoperabilityNotes, boolean accessibilityRequired, LocalDate dateSet) {

        /**
         * Builds the baseline these values describe.
         *
         * @return the baseline
         */
        public TechnologyBaseline build() {
            TechnologyBaseline.Builder b = TechnologyBaseline.builder();
            decisions.forEach(d -> b.addDecisions(d.build()));
            return b.ensCategory(ensCategory).interoperabilityNotes(interoperabilityNotes)
                .accessibilityRequired(accessibilityRequired).dateSet(dateSet).build();
        }
    }

    /** Ids of projects: {@code P-1} to {@code P-9999}. */
    public static Gen<ProjectId> projectIds() {
        return integers().between(1, 9_999).map(i -> ProjectId.of("P-" + i));
    }

    /** The values of valid decisions in the given area; a product always admits equivalents. */
    public static Gen<DecisionValues> decisionValues(String area) {
        return in -> {
            DecisionKind kind = Generate.enumValues(DecisionKind.class).generate(in);
            boolean orEquivalent = kind == DecisionKind.PRODUCT || Generate.booleans().generate(in);
            return new DecisionValues(area, NeedGenerators.text(1, 80).generate(in), kind, orEquivalent,
                NeedGenerators.text(1, 500).generate(in));
        };
    }

    /** The values of valid baselines: one to all of {@link #AREAS}, each at most once. */
    public static Gen<BaselineValues> baselineValues() {
        return in -> {
            List<DecisionValues> decisions = new ArrayList<>();
            for (String area : AREAS) {
                if (Generate.booleans().generate(in)) {
                    decisions.add(decisionValues(area).generate(in));
                }
            }
            if (decisions.isEmpty()) {
                decisions.add(decisionValues(AREAS.get(0)).generate(in));
            }
            return new BaselineValues(decisions, Generate.enumValues(EnsCategory.class).generate(in),
                NeedGenerators.text(1, 500).generate(in), Generate.booleans().generate(in),
                EPOCH.plusDays(integers().between(0, 3_650).generate(in)));
        };
    }

    /** Valid baselines. */
    public static Gen<TechnologyBaseline> baselines() {
        return baselineValues().map(BaselineValues::build);
    }

    /** The values of valid projects in any status; on-hold projects are held from any allowed status. */
    public static Gen<ProjectValues> projectValues() {
        return Generate.enumValues(ProjectStatus.class).flatMap(ProjectGenerators::projectValuesIn);
    }

    /**
     * The values of valid projects in the given status; for {@code ON_HOLD}, held from a status
     * chosen at random.
     */
    public static Gen<ProjectValues> projectValuesIn(ProjectStatus status) {
        if (status == ProjectStatus.ON_HOLD) {
            return Generate.pick(List.of(ProjectStatus.PROPOSED, ProjectStatus.BASELINED,
                ProjectStatus.IN_PROCUREMENT, ProjectStatus.IN_EXECUTION))
                .flatMap(ProjectGenerators::projectValuesOnHoldFrom);
        }
        return values(status, Optional.empty());
    }

    /** The values of valid projects put on hold from the given status. */
    public static Gen<ProjectValues> projectValuesOnHoldFrom(ProjectStatus heldFrom) {
        return values(ProjectStatus.ON_HOLD, Optional.of(heldFrom));
    }

    /** Valid projects in any status. */
    public static Gen<Project> projects() {
        return projectValues().map(ProjectValues::build);
    }

    /** Valid projects in the given status. */
    public static Gen<Project> projectsIn(ProjectStatus status) {
        return projectValuesIn(status).map(ProjectValues::build);
    }

    /** Valid projects put on hold from the given status. */
    public static Gen<Project> projectsOnHoldFrom(ProjectStatus heldFrom) {
        return projectValuesOnHoldFrom(heldFrom).map(ProjectValues::build);
    }

    private static Gen<ProjectValues> values(ProjectStatus status, Optional<ProjectStatus> heldFrom) {
        return in -> {
            ProjectStatus phase = heldFrom.orElse(status);
            boolean baselineRequired = phase == ProjectStatus.BASELINED || phase == ProjectStatus.IN_PROCUREMENT
                || phase == ProjectStatus.IN_EXECUTION || phase == ProjectStatus.CLOSED;
            Optional<TechnologyBaseline> baseline = baselineRequired || Generate.booleans().generate(in)
                ? Optional.of(baselines().generate(in)) : Optional.empty();
            List<String> objectives = new ArrayList<>();
            int count = integers().between(1, 5).generate(in);
            for (int i = 0; i < count; i++) {
                objectives.add(NeedGenerators.text(1, 200).generate(in));
            }
            Set<NeedId> needs = new LinkedHashSet<>();
            int needCount = integers().between(0, 6).generate(in);
            for (int i = 0; i < needCount; i++) {
                needs.add(NeedGenerators.needIds().generate(in));
            }
            Optional<DateRange> period = Optional.empty();
            if (Generate.booleans().generate(in)) {
                LocalDate start = EPOCH.plusDays(integers().between(0, 3_650).generate(in));
                period = Optional.of(DateRange.of(start, start.plusDays(integers().between(0, 1_500).generate(in))));
            }
            return new ProjectValues(projectIds().generate(in),
                NeedGenerators.text(1, Project.MAX_NAME_LENGTH).generate(in), objectives,
                DepartmentId.of("D-" + integers().between(1, 50).generate(in)),
                Generate.booleans().generate(in)
                    ? Optional.of(PersonId.of("PM-" + integers().between(1, 500).generate(in)))
                    : Optional.empty(),
                needs, positiveEuros().generate(in), period, baseline, heldFrom, status);
        };
    }

    private static Gen<Money> positiveEuros() {
        return Generate.longRange(1L, 100_000_000_000L).map(cents -> Money.euros(BigDecimal.valueOf(cents, 2)));
    }
}
