package io.otp.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.core.need.Need;
import io.otp.core.need.NeedAssessment;
import io.otp.core.need.NeedCategory;
import io.otp.core.need.NeedStatus;
import io.otp.core.need.Rating;
import io.otp.core.need.Urgency;
import io.otp.core.project.EnsCategory;
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
 * Generators of valid {@link Need}s, built through the public builder, in every status.
 */
public final class NeedGenerators {

    private static final String LETTERS =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíóúñÑçü0123456789";
    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    private NeedGenerators() {
    }

    /**
     * Every attribute of a need, as given to the builder, so tests can compare what was given with
     * what the built need returns.
     */
    public record NeedValues(NeedId id, DepartmentId department, Optional<OrganisationId> organisation,
                             String title, String description, NeedCategory category, List<CpvCode> cpvCodes,
                             Optional<Money> estimatedBudget, Urgency urgency, LocalDate dateRaised,
                             NeedStatus status, Optional<NeedId> mergedInto, Optional<ProjectId> projectId,
                             Optional<String> decisionNote) {

        /**
         * Builds the need these values describe.
         *
         * @return the need
         */
        public Need build() {
            return buildWith(Optional.empty());
        }

        /**
         * Builds the need these values describe, with the given assessment.
         *
         * @param assessment the assessment, or empty
         * @return the need
         */
        public Need buildWith(Optional<NeedAssessment> assessment) {
            return Need.builder().assessment(assessment).id(id).requestingDepartment(department).requestingOrganisation(organisation)
                .title(title).description(description).category(category).addAllCpvCodes(cpvCodes)
                .estimatedBudget(estimatedBudget).urgency(urgency).dateRaised(dateRaised).status(status)
                .mergedInto(mergedInto).projectId(projectId).decisionNote(decisionNote).build();
        }
    }

    /** Ids of needs: {@code N-1} to {@code N-99999}. */
    public static Gen<NeedId> needIds() {
        return integers().between(1, 99_999).map(i -> NeedId.of("N-" + i));
    }

    /** The values of valid needs in any status. */
    public static Gen<NeedValues> needValues() {
        return Generate.enumValues(NeedStatus.class).flatMap(NeedGenerators::needValuesIn);
    }

    /** The values of valid needs in the given status, with the data that status requires. */
    public static Gen<NeedValues> needValuesIn(NeedStatus status) {
        return in -> {
            NeedId id = needIds().generate(in);
            Optional<NeedId> mergedInto = status == NeedStatus.MERGED
                ? Optional.of(NeedId.of("M-" + integers().between(1, 99_999).generate(in)))
                : Optional.empty();
            Optional<ProjectId> project = status == NeedStatus.CONVERTED_TO_PROJECT
                ? Optional.of(ProjectId.of("P-" + integers().between(1, 9_999).generate(in)))
                : Optional.empty();
            boolean noteRequired = status == NeedStatus.REJECTED;
            boolean noteAllowed = noteRequired || status == NeedStatus.RAISED;
            Optional<String> note = noteRequired || (noteAllowed && Generate.booleans().generate(in))
                ? Optional.of(text(1, 200).generate(in)) : Optional.empty();
            return new NeedValues(id,
                DepartmentId.of("D-" + integers().between(1, 50).generate(in)),
                Generate.booleans().generate(in)
                    ? Optional.of(OrganisationId.of("ORG-" + integers().between(1, 20).generate(in)))
                    : Optional.empty(),
                text(1, Need.MAX_TITLE_LENGTH).generate(in),
                text(1, 2_000).generate(in),
                Generate.enumValues(NeedCategory.class).generate(in),
                distinctCpvCodes().generate(in),
                Generate.booleans().generate(in) ? Optional.of(positiveEuros().generate(in)) : Optional.empty(),
                Generate.enumValues(Urgency.class).generate(in),
                EPOCH.plusDays(integers().between(0, 3_650).generate(in)),
                status, mergedInto, project, note);
        };
    }

    /** Valid needs in any status, assessed or not. */
    public static Gen<Need> needs() {
        return in -> {
            NeedValues values = needValues().generate(in);
            return values.buildWith(Generate.booleans().generate(in)
                ? Optional.of(assessments().generate(in)) : Optional.empty());
        };
    }

    /** Ratings on the whole scale with a rationale. */
    public static Gen<Rating> ratings() {
        return in -> Rating.of(integers().between(Rating.MIN, Rating.MAX).generate(in), text(1, 200).generate(in));
    }

    /** Valid assessments of needs. */
    public static Gen<NeedAssessment> assessments() {
        return in -> NeedAssessment.builder()
            .feasibility(ratings().generate(in))
            .estimatedCost(positiveEuros().generate(in))
            .costRationale(text(1, 200).generate(in))
            .strategicAlignment(ratings().generate(in))
            .urgency(ratings().generate(in))
            .legalImpact(ratings().generate(in))
            .securityCategory(Generate.enumValues(EnsCategory.class).generate(in))
            .securityRationale(text(1, 200).generate(in))
            .assessor(PersonId.of("P-" + integers().between(1, 999).generate(in)))
            .date(EPOCH.plusDays(integers().between(0, 3_650).generate(in)))
            .build();
    }

    /** Valid needs in the given status. */
    public static Gen<Need> needsIn(NeedStatus status) {
        return needValuesIn(status).map(NeedValues::build);
    }

    /**
     * Text that is not blank: a letter or digit first, then letters (accented ones included), digits
     * and spaces.
     */
    public static Gen<String> text(int minLength, int maxLength) {
        return in -> {
            int length = integers().between(minLength, maxLength).generate(in);
            StringBuilder s = new StringBuilder(length);
            s.append(LETTERS.charAt(integers().between(0, LETTERS.length() - 1).generate(in)));
            for (int i = 1; i < length; i++) {
                int c = integers().between(0, LETTERS.length()).generate(in);
                s.append(c == LETTERS.length() ? ' ' : LETTERS.charAt(c));
            }
            return s.toString();
        };
    }

    private static Gen<List<CpvCode>> distinctCpvCodes() {
        return in -> {
            int size = integers().between(0, 5).generate(in);
            Set<CpvCode> codes = new LinkedHashSet<>();
            for (int i = 0; i < size; i++) {
                codes.add(cpvCode().generate(in));
            }
            return new ArrayList<>(codes);
        };
    }

    private static Gen<CpvCode> cpvCode() {
        // Divisions 03 to 98 are those the CPV uses; the check digit is completed by CpvCode.of.
        return integers().between(3_000_000, 98_999_999).map(n -> CpvCode.of(String.format("%08d", n)));
    }

    private static Gen<Money> positiveEuros() {
        return Generate.longRange(1L, 10_000_000_000L).map(cents -> Money.euros(BigDecimal.valueOf(cents, 2)));
    }
}
