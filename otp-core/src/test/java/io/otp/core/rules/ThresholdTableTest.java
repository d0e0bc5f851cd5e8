package io.otp.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ContractingAuthorityKind;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.time.DateRange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Thresholds by period; amounts from DOMAIN.md section 2 (LCSP arts. 20 to 22, 118, 145, 146, 159). */
class ThresholdTableTest {

    private static final LocalDate LAST_DAY_2025 = LocalDate.of(2025, 12, 31);
    private static final LocalDate FIRST_DAY_2026 = LocalDate.of(2026, 1, 1);

    @Test
    void lastDayOf2025AndFirstDayOf2026SelectDifferentPeriods() {
        LegalThresholds old = ThresholdTable.builtIns().forDate(LAST_DAY_2025);
        LegalThresholds current = ThresholdTable.builtIns().forDate(FIRST_DAY_2026);
        assertThat(old).isNotEqualTo(current);
        assertThat(old.validity()).isEqualTo(DateRange.of(LocalDate.of(2024, 1, 1), LAST_DAY_2025));
        assertThat(old.euWorksAndConcessionsThreshold()).isEqualTo(Money.euros(5_538_000));
        assertThat(old.euCentralSuppliesAndServicesThreshold()).isEqualTo(Money.euros(143_000));
        assertThat(old.euOtherSuppliesAndServicesThreshold()).isEqualTo(Money.euros(221_000));
        assertThat(old.euSocialServicesThreshold()).isEqualTo(Money.euros(750_000));
        assertThat(current.validity()).isEqualTo(DateRange.of(FIRST_DAY_2026, LocalDate.of(2027, 12, 31)));
        assertThat(current.euWorksAndConcessionsThreshold()).isEqualTo(Money.euros(5_404_000));
        assertThat(current.euCentralSuppliesAndServicesThreshold()).isEqualTo(Money.euros(140_000));
        assertThat(current.euOtherSuppliesAndServicesThreshold()).isEqualTo(Money.euros(216_000));
        assertThat(current.euSocialServicesThreshold()).isEqualTo(Money.euros(750_000));
    }

    @Test
    void nationalLimitsAreTheLaws() {
        LegalThresholds t = ThresholdTable.builtIns().forDate(FIRST_DAY_2026);
        assertThat(t.minorWorksLimit()).isEqualTo(Money.euros(40_000));
        assertThat(t.minorSuppliesAndServicesLimit()).isEqualTo(Money.euros(15_000));
        assertThat(t.simplifiedWorksLimit()).isEqualTo(Money.euros(2_000_000));
        assertThat(t.simplifiedSuppliesAndServicesLimit()).isEqualTo(Money.euros(140_000));
        assertThat(t.simplifiedValueJudgmentCap()).isEqualTo(Percentage.of(25));
        assertThat(t.simplifiedIntellectualValueJudgmentCap()).isEqualTo(Percentage.of(45));
        assertThat(t.superSimplifiedWorksLimit()).isEqualTo(Money.euros(80_000));
        assertThat(t.superSimplifiedSuppliesAndServicesLimit()).isEqualTo(Money.euros(60_000));
        assertThat(t.minimumQualityShare()).isEqualTo(Percentage.of(51));
        assertThat(t.improvementsCap()).isEqualTo(Percentage.of("2.5"));
        assertThat(t.minimumExpertCommitteeSize()).isEqualTo(3);
    }

    @Test
    void dateOutsideEveryPeriodGivesAClearError() {
        LocalDate before = LocalDate.of(2023, 12, 31);
        assertThat(ThresholdTable.builtIns().find(before)).isEmpty();
        assertThatThrownBy(() -> ThresholdTable.builtIns().forDate(before))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::ruleId)
                .containsExactly("OTP-THRESHOLDS"))
            .hasMessageContaining("no legal thresholds are known for 2023-12-31")
            .hasMessageContaining("2024-01-01/2025-12-31, 2026-01-01/2027-12-31");
        assertThat(ThresholdTable.builtIns().find(LocalDate.of(2028, 1, 1))).isEmpty();
    }

    @Test
    void hostAddsALaterPeriodAsData() {
        LegalThresholds latest = ThresholdTable.builtIns().forDate(LocalDate.of(2027, 12, 31));
        LegalThresholds next = latest.withValidity(DateRange.parse("2028-01-01/2029-12-31"))
            .withEuThresholds(Money.euros(5_500_000), Money.euros(145_000), Money.euros(225_000),
                Money.euros(750_000));
        ThresholdTable table = ThresholdTable.builtIns().toBuilder().add(next).build();
        assertThat(table.periods()).hasSize(3);
        LegalThresholds in2028 = table.forDate(LocalDate.of(2028, 3, 1));
        assertThat(in2028.euCentralSuppliesAndServicesThreshold()).isEqualTo(Money.euros(145_000));
        assertThat(in2028.minorSuppliesAndServicesLimit()).isEqualTo(latest.minorSuppliesAndServicesLimit());
        assertThat(latest.euCentralSuppliesAndServicesThreshold()).isEqualTo(Money.euros(140_000));
    }

    @Test
    void periodsAreSortedAndMayLeaveGaps() {
        LegalThresholds p2026 = ThresholdTable.builtIns().forDate(FIRST_DAY_2026);
        LegalThresholds p2030 = p2026.withValidity(DateRange.parse("2030-01-01/2031-12-31"));
        ThresholdTable table = ThresholdTable.of(List.of(p2030, p2026));
        assertThat(table.periods()).containsExactly(p2026, p2030);
        assertThat(table.find(LocalDate.of(2029, 6, 1))).isEmpty();
    }

    @Test
    void rejectsOverlappingPeriods() {
        LegalThresholds p2026 = ThresholdTable.builtIns().forDate(FIRST_DAY_2026);
        LegalThresholds overlapping = p2026.withValidity(DateRange.parse("2027-12-31/2029-12-31"));
        assertThatThrownBy(() -> ThresholdTable.builder().add(p2026).add(overlapping).build())
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("threshold periods 2026-01-01/2027-12-31 and 2027-12-31/2029-12-31 overlap");
    }

    @Test
    void rejectsAnEmptyTable() {
        assertThatThrownBy(() -> ThresholdTable.builder().build()).isInstanceOf(ValidationException.class)
            .hasMessageContaining("at least one period");
    }

    @Test
    void rejectsSharesOutsideZeroToHundredAndNonPositiveAmounts() {
        LegalThresholds p = ThresholdTable.builtIns().forDate(FIRST_DAY_2026);
        assertThatThrownBy(() -> LegalThresholds.builder().validity(p.validity())
            .minorWorksLimit(Money.euros(0)).minorSuppliesAndServicesLimit(p.minorSuppliesAndServicesLimit())
            .euWorksAndConcessionsThreshold(p.euWorksAndConcessionsThreshold())
            .euCentralSuppliesAndServicesThreshold(p.euCentralSuppliesAndServicesThreshold())
            .euOtherSuppliesAndServicesThreshold(p.euOtherSuppliesAndServicesThreshold())
            .euSocialServicesThreshold(p.euSocialServicesThreshold())
            .simplifiedWorksLimit(p.simplifiedWorksLimit())
            .simplifiedValueJudgmentCap(Percentage.of(0))
            .simplifiedIntellectualValueJudgmentCap(Percentage.of(101))
            .superSimplifiedWorksLimit(p.superSimplifiedWorksLimit())
            .superSimplifiedSuppliesAndServicesLimit(p.superSimplifiedSuppliesAndServicesLimit())
            .minimumQualityShare(p.minimumQualityShare()).improvementsCap(p.improvementsCap())
            .minimumExpertCommitteeSize(0).build())
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::path)
                .containsExactly("minorWorksLimit", "simplifiedValueJudgmentCap",
                    "simplifiedIntellectualValueJudgmentCap", "minimumExpertCommitteeSize"));
    }

    @Test
    void euThresholdDependsOnTypeAuthorityAndCharacter() {
        LegalThresholds t = ThresholdTable.builtIns().forDate(FIRST_DAY_2026);
        assertThat(t.euThreshold(ContractType.SERVICES_CONCESSION, ContractingAuthorityKind.OTHER,
            ServiceCharacter.ORDINARY)).contains(Money.euros(5_404_000));
        assertThat(t.euThreshold(ContractType.SUPPLIES, ContractingAuthorityKind.CENTRAL_GOVERNMENT,
            ServiceCharacter.ORDINARY)).contains(Money.euros(140_000));
        assertThat(t.euThreshold(ContractType.SERVICES, ContractingAuthorityKind.OTHER,
            ServiceCharacter.ORDINARY)).contains(Money.euros(216_000));
        assertThat(t.euThreshold(ContractType.SERVICES, ContractingAuthorityKind.CENTRAL_GOVERNMENT,
            ServiceCharacter.ANNEX_IV)).contains(Money.euros(750_000));
        assertThat(t.euThreshold(ContractType.MIXED, ContractingAuthorityKind.OTHER,
            ServiceCharacter.ORDINARY)).isEmpty();
        assertThat(t.minorContractLimit(ContractType.WORKS_CONCESSION)).isEmpty();
        assertThat(t.minorContractLimit(ContractType.WORKS)).contains(Money.euros(40_000));
    }

    private static String period2026(String minorWorks) {
        return "[{\"validity\":{\"start\":\"2026-01-01\",\"end\":\"2027-12-31\"},"
            + "\"minorWorksLimit\":{\"amount\":" + minorWorks + "},"
            + "\"minorSuppliesAndServicesLimit\":{\"amount\":15000},"
            + "\"euWorksAndConcessionsThreshold\":{\"amount\":5404000,\"currency\":\"EUR\"},"
            + "\"euCentralSuppliesAndServicesThreshold\":{\"amount\":140000},"
            + "\"euOtherSuppliesAndServicesThreshold\":{\"amount\":216000},"
            + "\"euSocialServicesThreshold\":{\"amount\":750000},\"simplifiedWorksLimit\":{\"amount\":2000000},"
            + "\"simplifiedValueJudgmentCap\":25,\"simplifiedIntellectualValueJudgmentCap\":45,"
            + "\"superSimplifiedWorksLimit\":{\"amount\":80000},"
            + "\"superSimplifiedSuppliesAndServicesLimit\":{\"amount\":60000},"
            + "\"minimumQualityShare\":51,\"improvementsCap\":2.5,\"minimumExpertCommitteeSize\":3}]";
    }

    @Test
    void readsTheDataFileFormatWithTheSdkReaderAndWithAHostMapper() throws Exception {
        String json = period2026("40000");
        LegalThresholds expected = ThresholdTable.builtIns().forDate(FIRST_DAY_2026);
        ThresholdTable read = ThresholdTable.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.periods()).containsExactly(expected);
        ObjectMapper host = new ObjectMapper().registerModule(new JavaTimeModule());
        assertThat(host.readValue(json, ThresholdTable.class)).isEqualTo(read);
    }

    @Test
    void readingBadJsonGivesAValidationExceptionNotAJacksonOne() {
        assertThatThrownBy(() -> ThresholdTable.read(new ByteArrayInputStream("{not json".getBytes(
            StandardCharsets.UTF_8)))).isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::ruleId)
                .containsExactly("OTP-THRESHOLDS-JSON"));
        String negative = period2026("-1");
        assertThatThrownBy(() -> ThresholdTable.read(new ByteArrayInputStream(negative.getBytes(
            StandardCharsets.UTF_8)))).isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::ruleId)
                .containsExactly("OTP-THRESHOLD-AMOUNT"));
    }
}
