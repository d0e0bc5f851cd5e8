package io.otp.core.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.MissingValueException;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.testing.ViolationAssertions;
import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.core.testing.NeedGenerators;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NeedTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void generatedValidNeedsBuildAndKeepTheirValues() {
        qt().forAll(NeedGenerators.needValues()).checkAssert(v -> {
            Need need = v.build();
            assertThat(need.id()).isEqualTo(v.id());
            assertThat(need.requestingDepartment()).isEqualTo(v.department());
            assertThat(need.requestingOrganisation()).isEqualTo(v.organisation());
            assertThat(need.title()).isEqualTo(v.title());
            assertThat(need.description()).isEqualTo(v.description());
            assertThat(need.category()).isEqualTo(v.category());
            assertThat(need.cpvCodes()).containsExactlyElementsOf(v.cpvCodes());
            assertThat(need.estimatedBudget()).isEqualTo(v.estimatedBudget());
            assertThat(need.urgency()).isEqualTo(v.urgency());
            assertThat(need.dateRaised()).isEqualTo(v.dateRaised());
            assertThat(need.status()).isEqualTo(v.status());
            assertThat(need.mergedInto()).isEqualTo(v.mergedInto());
            assertThat(need.projectId()).isEqualTo(v.projectId());
            assertThat(need.decisionNote()).isEqualTo(v.decisionNote());
            assertThat(v.build()).isEqualTo(need).hasSameHashCodeAs(need);
        });
    }

    @Test
    void cpvCodesAreImmutable() {
        Need need = valid(base().addCpvCodes(CpvCode.of("72000000-5")));
        assertThatThrownBy(() -> need.cpvCodes().add(CpvCode.of("48000000-8")))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void statusDefaultsToRaised() {
        assertThat(valid(base()).status()).isEqualTo(NeedStatus.RAISED);
    }

    @Test
    void rejectsBlankTitle() {
        assertOnlyViolation(base(" \t", "d"), "title", "OTP-NEED-TITLE",
            "need N-7: the title is blank; give a short title of at most 300 characters");
    }

    @Test
    void acceptsTitleOfExactly300CharactersAndRejects301() {
        assertThat(valid(base("x".repeat(300), "d")).title()).hasSize(300);
        assertOnlyViolation(base("x".repeat(301), "d"), "title", "OTP-NEED-TITLE",
            "need N-7: the title has 301 characters, at most 300 are allowed");
    }

    @Test
    void countsTitleLengthInCharactersNotUtf16Units() {
        String emoji = new String(Character.toChars(0x1F4BB));
        assertThat(valid(base(emoji.repeat(300), "d")).title()).hasSize(600);
        assertOnlyViolation(base(emoji.repeat(301), "d"), "title", "OTP-NEED-TITLE",
            "need N-7: the title has 301 characters, at most 300 are allowed");
    }

    @Test
    void rejectsBlankDescription() {
        assertOnlyViolation(base("t", ""), "description", "OTP-NEED-DESCRIPTION",
            "need N-7: the description is blank; describe what the department needs and why");
    }

    @Test
    void rejectsNegativeOrZeroBudget() {
        assertOnlyViolation(base().estimatedBudget(Money.euros("-1.00")), "estimatedBudget", "OTP-NEED-BUDGET",
            "need N-7: the estimated budget must be greater than zero, got -1.00 EUR");
        assertOnlyViolation(base().estimatedBudget(Money.euros(0)), "estimatedBudget", "OTP-NEED-BUDGET",
            "need N-7: the estimated budget must be greater than zero, got 0.00 EUR");
        assertThat(valid(base().estimatedBudget(Money.euros("0.01"))).estimatedBudget())
            .contains(Money.euros("0.01"));
    }

    @Test
    void rejectsDuplicateCpvCodeAtItsSecondPosition() {
        Violation v = assertOnlyViolation(base().addCpvCodes(CpvCode.of("72000000-5"), CpvCode.of("48000000-8"),
                CpvCode.of("72000000")),
            "cpvCodes[2]", "OTP-NEED-CPV",
            "need N-7: CPV code 72000000-5 is listed more than once (first at position 0); list each code once");
        assertThat(v.arguments()).containsEntry("first", "0");
    }

    @Test
    void acceptsACodeAndItsParentInTheHierarchy() {
        assertThat(valid(base().addCpvCodes(CpvCode.of("72000000-5"), CpvCode.of("72260000-5"))).cpvCodes())
            .hasSize(2);
    }

    @Test
    void rejectsMergedWithoutMergedInto() {
        assertOnlyViolation(base().status(NeedStatus.MERGED), "mergedInto", "OTP-NEED-MERGED-INTO",
            "need N-7: status MERGED requires mergedInto, the need it was merged into");
    }

    @Test
    void rejectsMergedIntoUnlessMerged() {
        assertOnlyViolation(base().status(NeedStatus.UNDER_ANALYSIS).mergedInto(NeedId.of("N-8")), "mergedInto",
            "OTP-NEED-MERGED-INTO",
            "need N-7: mergedInto N-8 is allowed only with status MERGED, the status is UNDER_ANALYSIS");
    }

    @Test
    void rejectsNeedMergedIntoItself() {
        assertOnlyViolation(base().status(NeedStatus.MERGED).mergedInto(NeedId.of("N-7")), "mergedInto",
            "OTP-NEED-MERGED-INTO", "need N-7 cannot be merged into itself; mergedInto must name another need");
    }

    @Test
    void rejectsConvertedWithoutProjectAndProjectUnlessConverted() {
        assertOnlyViolation(base().status(NeedStatus.CONVERTED_TO_PROJECT), "projectId", "OTP-NEED-PROJECT",
            "need N-7: status CONVERTED_TO_PROJECT requires projectId, the project that meets the need");
        assertOnlyViolation(base().status(NeedStatus.APPROVED).projectId(ProjectId.of("P-1")), "projectId",
            "OTP-NEED-PROJECT",
            "need N-7: projectId P-1 is allowed only with status CONVERTED_TO_PROJECT, the status is APPROVED");
    }

    @Test
    void rejectsRejectedWithoutReason() {
        assertOnlyViolation(base().status(NeedStatus.REJECTED), "decisionNote", "OTP-NEED-DECISION-NOTE",
            "need N-7: a rejected need requires a decision note giving the reason");
    }

    @Test
    void rejectsBlankDecisionNote() {
        assertOnlyViolation(base().decisionNote(" "), "decisionNote", "OTP-NEED-DECISION-NOTE",
            "need N-7: the decision note is blank; leave it out or write the note");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> base("", " ").estimatedBudget(Money.euros(-5)).status(NeedStatus.MERGED).build());
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("title", "description", "estimatedBudget", "mergedInto");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void missingRequiredAttributesAreNamed() {
        assertThatThrownBy(() -> Need.builder().id(NeedId.of("N-1")).build())
            .isInstanceOf(MissingValueException.class)
            .hasMessageContaining("requestingDepartment").hasMessageContaining("title")
            .hasMessageContaining("dateRaised");
    }

    @Test
    void nullAttributeIsNamed() {
        assertThatThrownBy(() -> Need.builder().title(null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("title");
    }

    @Test
    void spanishMessageNamesTheRule() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> base("x".repeat(301), "d").build());
        assertThat(e.violations().get(0).message(SPANISH))
            .isEqualTo("necesidad N-7: el título tiene 301 caracteres y se admiten 300 como máximo");
    }

    private static Violation assertOnlyViolation(Need.Builder builder, String path, String ruleId,
                                                 String englishMessage) {
        return ViolationAssertions.assertOnlyViolation(builder::build, path, ruleId, englishMessage);
    }

    static void assertMessagesInBothLanguages(ValidationException e) {
        ViolationAssertions.assertMessagesInBothLanguages(e);
    }

    private static Need valid(Need.Builder builder) {
        return builder.build();
    }

    /** A need of the tax department, complete but for what each test adds. */
    private static Need.Builder base() {
        return base("Bizum payments", "The tax office needs its payment gateway to accept Bizum.");
    }

    private static Need.Builder base(String title, String description) {
        return Need.builder().id(NeedId.of("N-7")).requestingDepartment(DepartmentId.of("D-HACIENDA"))
            .title(title).description(description)
            .category(NeedCategory.SYSTEM_EVOLUTION).urgency(Urgency.MEDIUM).dateRaised(LocalDate.of(2026, 3, 9));
    }

}
