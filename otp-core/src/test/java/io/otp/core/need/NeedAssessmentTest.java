package io.otp.core.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.project.EnsCategory;
import io.otp.core.testing.NeedGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NeedAssessmentTest {

    private static NeedAssessment assessment() {
        return withoutCostAndSecurity()
            .estimatedCost(Money.euros("120000.00"))
            .costRationale("two similar contracts of 2025")
            .securityRationale("personal data of citizens")
            .build();
    }

    private static NeedAssessment.Builder withoutCostAndSecurity() {
        NeedAssessment.Builder b = NeedAssessment.builder();
        b.feasibility(Rating.of(4, "proven open-source solutions exist"))
            .strategicAlignment(Rating.of(5, "digital strategy objective 2"))
            .urgency(Rating.of(3, "within the year"))
            .legalImpact(Rating.of(5, "Law 39/2015 electronic registry"))
            .securityCategory(EnsCategory.MEDIUM)
            .assessor(PersonId.of("P-7"))
            .date(LocalDate.of(2026, 3, 2));
        return b;
    }

    private static Need raised() {
        return Need.builder().id(NeedId.of("N-1")).requestingDepartment(DepartmentId.of("D-1"))
            .title("Electronic registry").description("Replace the paper registry").category(NeedCategory.NEW_SYSTEM)
            .urgency(Urgency.MEDIUM).dateRaised(LocalDate.of(2026, 2, 1)).build();
    }

    @Test
    void rejectsEveryBrokenRuleOfAnAssessmentAtOnce() {
        assertThatThrownBy(() -> withoutCostAndSecurity()
            .estimatedCost(Money.euros("0.00")).costRationale(" ").securityRationale("").build())
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("estimatedCost", "costRationale", "securityRationale"));
    }

    @Test
    void rejectsScoresOutsideTheScaleAndBlankRationales() {
        assertThatThrownBy(() -> Rating.of(6, " "))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::ruleId)
                .containsExactlyInAnyOrder("OTP-NEED-RATING", "OTP-NEED-RATIONALE"));
        assertThatThrownBy(() -> Rating.of(0, "x")).isInstanceOf(ValidationException.class);
        assertThat(Rating.of(1, "x").score()).isEqualTo(1);
    }

    @Test
    void anAssessmentIsAttachedOnlyUnderAnalysisAndKeptByLaterMoves() {
        assertThatThrownBy(() -> raised().assess(assessment()))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::ruleId)
                .containsExactly("OTP-NEED-ASSESSMENT"));
        Need assessed = raised().startAnalysis().assess(assessment());
        assertThat(assessed.status()).isEqualTo(NeedStatus.UNDER_ANALYSIS);
        assertThat(assessed.assessment()).contains(assessment());
        Need converted = assessed.approve().convertToProject(ProjectId.of("P-1"));
        assertThat(converted.assessment()).contains(assessment());
        assertThat(assessed.reject("no budget").assessment()).contains(assessment());
        assertThatThrownBy(() -> assessed.approve().assess(assessment()))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    void jsonWithoutAssessmentStillReads() throws Exception {
        OtpJson json = OtpJson.standard();
        // JSON written before the assessment existed has no such field at all.
        ObjectNode tree = (ObjectNode) json.mapper().readTree(json.write(raised()));
        tree.remove("assessment");
        Need read = json.read(tree.toString(), Need.class);
        assertThat(read).isEqualTo(raised());
        assertThat(read.assessment()).isEmpty();
    }

    @Test
    void assessedNeedsRoundTripThroughJson() {
        OtpJson json = OtpJson.standard();
        qt().forAll(NeedGenerators.needs()).checkAssert(need ->
            assertThat(json.read(json.write(need), Need.class)).isEqualTo(need));
    }
}
