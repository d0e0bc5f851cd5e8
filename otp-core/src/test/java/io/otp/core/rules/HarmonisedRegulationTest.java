package io.otp.core.rules;

import static io.otp.core.testing.TenderGenerators.lot;
import static io.otp.core.testing.TenderGenerators.price;
import static io.otp.core.testing.TenderGenerators.tenderBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.spi.Catalogues;
import io.otp.core.id.LotId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ContractingAuthorityKind;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.tender.Tender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Harmonised regulation (LCSP arts. 19 to 23) and its consequences, on worked examples whose
 * expected figures are computed by hand in each test from the amounts of DOMAIN.md section 2
 * (2026&ndash;2027: works and concessions 5,404,000; supplies and services 140,000 central government,
 * 216,000 other authorities; Annex IV 750,000; 2024&ndash;2025: 5,538,000 / 143,000 / 221,000 / 750,000).
 */
class HarmonisedRegulationTest {

    private static final LegalThresholds Y2026 = ThresholdTable.builtIns().forDate(LocalDate.of(2026, 6, 1));
    private static final LegalThresholds Y2025 = ThresholdTable.builtIns().forDate(LocalDate.of(2025, 6, 1));
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Tender.Builder oneLot(ContractType type, ProcedureType procedure, String value) {
        return tenderBuilder("T1").contractType(type).procedure(procedure).estimatedValue(Money.euros(value))
            .noDivisionJustification("Prestación única").addLots(lot("L1", Money.euros(value), price("C1", "100")));
    }

    private static SaraAssessment assess(Tender.Builder b) {
        return HarmonisedRegulation.assess(b.build(), Y2026);
    }

    // --- the threshold, LCSP arts. 19.1, 20.1, 21.1, 22.1

    @Test
    void servicesOfOtherAuthoritiesReachTheThresholdOnlyAtItsAmount() {
        // 216,000.00 is the threshold of 2026-2027; art. 19.1 says "igual o superior".
        SaraAssessment below = assess(oneLot(ContractType.SERVICES, ProcedureType.OPEN, "215999.99"));
        SaraAssessment at = assess(oneLot(ContractType.SERVICES, ProcedureType.OPEN, "216000.00"));
        assertThat(below.subjectToHarmonisedRegulation()).isFalse();
        assertThat(at.subjectToHarmonisedRegulation()).isTrue();
        assertThat(at.threshold()).isEqualTo(Money.euros("216000.00"));
        assertThat(at.thresholdArticle()).isEqualTo("LCSP-22.1.b");
        assertThat(at.thresholdPeriod().toString()).isEqualTo("2026-01-01/2027-12-31");
        assertThat(at.valueCounted()).isEqualTo(Money.euros("216000.00"));
        assertThat(at.explanation().stream().filter(e -> e.conclusion().equals(SaraAssessment.SARA)))
            .extracting(Explanation::article).containsExactly("LCSP-19.1");
        assertThat(below.explanation().get(0).message()).isEqualTo("estimated value 215999.99 EUR (1 lot(s)"
            + " counted together, LCSP art. 101.12) is below the EU threshold 216000.00 EUR (LCSP-22.1.b, thresholds of"
            + " 2026-01-01/2027-12-31): the contract is not subject to harmonised regulation (LCSP art. 19.1)");
    }

    @Test
    void centralGovernmentHasTheLowerThresholdForSuppliesAndServices() {
        Tender.Builder at = oneLot(ContractType.SUPPLIES, ProcedureType.OPEN, "140000.00")
            .authorityKind(ContractingAuthorityKind.CENTRAL_GOVERNMENT);
        Tender.Builder below = oneLot(ContractType.SERVICES, ProcedureType.OPEN, "139999.99")
            .authorityKind(ContractingAuthorityKind.CENTRAL_GOVERNMENT);
        assertThat(assess(at).subjectToHarmonisedRegulation()).isTrue();
        assertThat(assess(at).thresholdArticle()).isEqualTo("LCSP-21.1.a");
        assertThat(assess(below).subjectToHarmonisedRegulation()).isFalse();
        assertThat(assess(below).threshold()).isEqualTo(Money.euros("140000.00"));
        // The same 140,000.00 for another authority is below 216,000.00.
        assertThat(assess(oneLot(ContractType.SUPPLIES, ProcedureType.OPEN, "140000.00")).subjectToHarmonisedRegulation())
            .isFalse();
    }

    @Test
    void defenceSuppliesGetTheCentralThresholdAndTheExplanationNamesTheOther() {
        SaraAssessment a = assess(oneLot(ContractType.SUPPLIES, ProcedureType.OPEN, "150000.00")
            .authorityKind(ContractingAuthorityKind.CENTRAL_GOVERNMENT_DEFENCE));
        assertThat(a.subjectToHarmonisedRegulation()).isTrue();
        assertThat(a.threshold()).isEqualTo(Money.euros("140000.00"));
        assertThat(a.explanation()).anySatisfy(e -> {
            assertThat(e.article()).isEqualTo("LCSP-21.1.a");
            assertThat(e.arguments()).containsEntry("otherThreshold", "216000.00 EUR");
        });
    }

    @Test
    void theThresholdsOfThePeriodApply() {
        Tender t = oneLot(ContractType.SERVICES, ProcedureType.OPEN, "220999.99").build();
        assertThat(HarmonisedRegulation.assess(t, Y2025).threshold()).isEqualTo(Money.euros("221000.00"));
        assertThat(HarmonisedRegulation.assess(t, Y2025).subjectToHarmonisedRegulation()).isFalse();
        // In 2026 the same value is above 216,000.00.
        assertThat(HarmonisedRegulation.assess(t, Y2026).subjectToHarmonisedRegulation()).isTrue();
        Tender works = oneLot(ContractType.WORKS, ProcedureType.OPEN, "5404000.00").build();
        assertThat(HarmonisedRegulation.assess(works, Y2026).subjectToHarmonisedRegulation()).isTrue();
        assertThat(HarmonisedRegulation.assess(works, Y2025).subjectToHarmonisedRegulation()).isFalse();
        assertThat(HarmonisedRegulation.assess(works, Y2026).thresholdArticle()).isEqualTo("LCSP-20.1");
    }

    @Test
    void aLegalServiceIsOfAnnexIvAndIntellectualAndEachRuleTakesItsOwnCharacter() {
        Tender.Builder legal = oneLot(ContractType.SERVICES, ProcedureType.OPEN, "749999.99")
            .addServiceCharacters(ServiceCharacter.ANNEX_IV, ServiceCharacter.INTELLECTUAL);
        SaraAssessment below = assess(legal);
        // Annex IV: 750,000.00 (art. 22.1.c), not 216,000.00, although the service is also intellectual.
        assertThat(below.threshold()).isEqualTo(Money.euros("750000.00"));
        assertThat(below.thresholdArticle()).isEqualTo("LCSP-22.1.c");
        assertThat(below.subjectToHarmonisedRegulation()).isFalse();
        assertThat(below.serviceCharacters()).containsExactly(ServiceCharacter.INTELLECTUAL, ServiceCharacter.ANNEX_IV);
        assertThat(assess(oneLot(ContractType.SERVICES, ProcedureType.OPEN, "750000.00")
            .addServiceCharacters(ServiceCharacter.ANNEX_IV, ServiceCharacter.INTELLECTUAL)).subjectToHarmonisedRegulation())
            .isTrue();
        // Intellectual: no super-simplified procedure (art. 159.6), whatever the Annex IV character.
        Tender superSimplified = oneLot(ContractType.SERVICES, ProcedureType.SUPER_SIMPLIFIED_OPEN, "30000.00")
            .addServiceCharacters(ServiceCharacter.ANNEX_IV, ServiceCharacter.INTELLECTUAL).build();
        assertThat(ProcurementRules.tenderViolations(superSimplified, Y2026)).extracting(Violation::ruleId)
            .contains("LCSP-159.6");
        // Both: quality at least 51 % (art. 145.4); the lot here is all price.
        assertThat(ProcurementRules.tenderViolations(legal.build(), Y2026)).extracting(Violation::ruleId)
            .containsExactly("LCSP-145.4");
    }

    @Test
    void aMixedContractTakesTheSuppliesAndServicesThresholdAndSaysWhy() {
        SaraAssessment a = assess(oneLot(ContractType.MIXED, ProcedureType.OPEN, "216000.00"));
        assertThat(a.subjectToHarmonisedRegulation()).isTrue();
        assertThat(a.explanation()).extracting(Explanation::article).contains("LCSP-18.1");
    }

    // --- lots, LCSP arts. 101.12 and 20.2, 21.2, 22.2

    /** Five lots of 50,000.00 and one of 900,000.00: 1,150,000.00 in all. */
    private static Tender sixLots(String estimated) {
        Tender.Builder b = tenderBuilder("T1").contractType(ContractType.SERVICES).procedure(ProcedureType.OPEN)
            .estimatedValue(Money.euros(estimated));
        for (int i = 1; i <= 5; i++) {
            b.addLots(lot("L" + i, Money.euros("50000.00"), price("C1", "100")));
        }
        return b.addLots(lot("L6", Money.euros("900000.00"), price("C1", "100"))).build();
    }

    private static Set<LotId> lots(String... ids) {
        Set<LotId> out = new java.util.HashSet<>();
        for (String id : ids) {
            out.add(LotId.of(id));
        }
        return out;
    }

    @Test
    void everyLotCountsAndAtMostTwentyPercentOfLotsBelowEightyThousandMayBeExempted() {
        // 5 x 50,000 + 900,000 = 1,150,000 >= 216,000: subject. 20 % of 1,150,000 = 230,000.
        // Lots below 80,000: L1..L5. Four of them are 200,000 <= 230,000; five are 250,000 > 230,000.
        SaraAssessment a = HarmonisedRegulation.assess(sixLots("1150000.00"), Y2026);
        assertThat(a.subjectToHarmonisedRegulation()).isTrue();
        assertThat(a.valueCounted()).isEqualTo(Money.euros("1150000.00"));
        assertThat(a.lotExemptionLimit()).contains(Money.euros("80000.00"));
        assertThat(a.lotExemptionCap()).contains(Money.euros("230000.00"));
        assertThat(a.lotsEligibleForExemption()).extracting(LotId::value).containsExactly("L1", "L2", "L3", "L4", "L5");
        assertThat(a.largestExemption()).extracting(LotId::value).containsExactly("L1", "L2", "L3", "L4");
        assertThat(a.exemptedLots()).isEmpty();
        assertThat(a.exemptedValue()).isEqualTo(Money.euros("0.00"));

        SaraAssessment four = HarmonisedRegulation.assess(sixLots("1150000.00"), Y2026, lots("L2", "L3", "L4", "L5"));
        assertThat(four.exemptedLots()).extracting(LotId::value).containsExactly("L2", "L3", "L4", "L5");
        assertThat(four.exemptedValue()).isEqualTo(Money.euros("200000.00"));

        ValidationException five = catchThrowableOfType(ValidationException.class, () -> HarmonisedRegulation.assess(
            sixLots("1150000.00"), Y2026, lots("L1", "L2", "L3", "L4", "L5")));
        assertThat(five.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("exemptedLots", "LCSP-22.2"));
        assertThat(five.violations().get(0).message()).isEqualTo("exempted lots [L1, L2, L3, L4, L5] are worth"
            + " 250000.00 EUR, more than 20.00 % of the value of all lots 1150000.00 EUR, that is 230000.00 EUR");

        ValidationException big = catchThrowableOfType(ValidationException.class, () -> HarmonisedRegulation.assess(
            sixLots("1150000.00"), Y2026, lots("L6")));
        assertThat(big.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("lots[5].budget", "LCSP-22.2"));
        assertThat(big.violations().get(0).arguments()).containsEntry("value", "900000.00 EUR")
            .containsEntry("limit", "80000.00 EUR");
    }

    @Test
    void exactlyTwentyPercentMayBeExempted() {
        // 4 x 50,000 + 800,000 = 1,000,000; 20 % = 200,000 = the four small lots: "no sobrepase" allows it.
        Tender.Builder b = tenderBuilder("T1").contractType(ContractType.SUPPLIES).procedure(ProcedureType.OPEN)
            .estimatedValue(Money.euros("1000000.00"));
        for (int i = 1; i <= 4; i++) {
            b.addLots(lot("L" + i, Money.euros("50000.00"), price("C1", "100")));
        }
        Tender t = b.addLots(lot("L5", Money.euros("800000.00"), price("C1", "100"))).build();
        SaraAssessment a = HarmonisedRegulation.assess(t, Y2026, lots("L1", "L2", "L3", "L4"));
        assertThat(a.largestExemption()).hasSize(4);
        assertThat(a.exemptedValue()).isEqualTo(Money.euros("200000.00"));
        assertThat(a.explanation()).extracting(Explanation::article).contains("LCSP-21.2");
    }

    @Test
    void worksLotsBelowOneMillionMayBeExempted() {
        // 2 x 999,999.99 + 8,000,000.02 = 10,000,000.00; 20 % = 2,000,000.00 >= 1,999,999.98.
        Tender t = tenderBuilder("T1").contractType(ContractType.WORKS).procedure(ProcedureType.OPEN)
            .estimatedValue(Money.euros("10000000.00"))
            .addLots(lot("L1", Money.euros("999999.99"), price("C1", "100")),
                lot("L2", Money.euros("999999.99"), price("C1", "100")),
                lot("L3", Money.euros("8000000.02"), price("C1", "100"))).build();
        SaraAssessment a = HarmonisedRegulation.assess(t, Y2026);
        assertThat(a.lotExemptionLimit()).contains(Money.euros("1000000.00"));
        assertThat(a.largestExemption()).extracting(LotId::value).containsExactly("L1", "L2");
    }

    @Test
    void lotValuesAreUnknownWhenTheEstimatedValueIsNotTheSumOfTheBudgets() {
        SaraAssessment a = HarmonisedRegulation.assess(sixLots("1200000.00"), Y2026);
        assertThat(a.lotsEligibleForExemption()).isEmpty();
        assertThat(a.explanation()).extracting(Explanation::messageKey)
            .contains("io.otp.core.rules.sara.exemption.valuesUnknown");
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> HarmonisedRegulation.assess(sixLots("1200000.00"), Y2026, lots("L1")));
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("LCSP-22.2");
    }

    @Test
    void noExemptionForConcessionsNorForContractsNotSubject() {
        ValidationException notSubject = catchThrowableOfType(ValidationException.class, () -> HarmonisedRegulation
            .assess(oneLot(ContractType.SERVICES, ProcedureType.OPEN, "100000.00").build(), Y2026, lots("L1")));
        assertThat(notSubject.violations()).extracting(Violation::ruleId).containsExactly("LCSP-22.2");
        assertThat(notSubject.violations().get(0).arguments()).containsEntry("reason", "notSubject");
        ValidationException unknown = catchThrowableOfType(ValidationException.class, () -> HarmonisedRegulation
            .assess(sixLots("1150000.00"), Y2026, lots("L9")));
        assertThat(unknown.violations()).extracting(Violation::ruleId, Violation::path)
            .containsExactly(tuple("OTP-SARA-LOT", "exemptedLots"));
        Tender concession = tenderBuilder("T1").contractType(ContractType.SERVICES_CONCESSION)
            .procedure(ProcedureType.OPEN).estimatedValue(Money.euros("6000000.00"))
            .addLots(lot("L1", Money.euros("50000.00"), price("C1", "100")),
                lot("L2", Money.euros("5950000.00"), price("C1", "100"))).build();
        SaraAssessment a = HarmonisedRegulation.assess(concession, Y2026);
        assertThat(a.subjectToHarmonisedRegulation()).isTrue();
        assertThat(a.lotsEligibleForExemption()).isEmpty();
        assertThat(a.lotExemptionLimit()).isEmpty();
    }

    // --- publication, LCSP arts. 135.1 and 154.1

    @Test
    void subjectContractsArePublishedInTheDoue() {
        SaraAssessment sara = assess(oneLot(ContractType.SERVICES, ProcedureType.OPEN, "216000.00"));
        assertThat(sara.publishedInDoue()).isTrue();
        assertThat(sara.publications()).containsExactly(PublicationObligation.CONTRACT_NOTICE_IN_PROFILE,
            PublicationObligation.CONTRACT_NOTICE_IN_DOUE, PublicationObligation.FORMALISATION_NOTICE_IN_PROFILE,
            PublicationObligation.FORMALISATION_NOTICE_IN_DOUE);
        SaraAssessment national = assess(oneLot(ContractType.SERVICES, ProcedureType.OPEN, "215999.99"));
        assertThat(national.publishedInDoue()).isFalse();
        assertThat(national.publications()).containsExactly(PublicationObligation.CONTRACT_NOTICE_IN_PROFILE,
            PublicationObligation.FORMALISATION_NOTICE_IN_PROFILE);
        SaraAssessment negotiated = assess(oneLot(ContractType.SERVICES, ProcedureType.NEGOTIATED_WITHOUT_PUBLICATION,
            "300000.00"));
        assertThat(negotiated.publications()).containsExactly(PublicationObligation.FORMALISATION_NOTICE_IN_PROFILE,
            PublicationObligation.FORMALISATION_NOTICE_IN_DOUE);
        SaraAssessment minor = assess(oneLot(ContractType.SERVICES, ProcedureType.MINOR_CONTRACT, "14000.00"));
        assertThat(minor.publications()).isEmpty();
        assertThat(minor.offerTimeLimits()).isEmpty();
        assertThat(minor.explanation()).extracting(Explanation::messageKey)
            .contains("io.otp.core.rules.sara.timeLimits.minor");
    }

    // --- time limits, LCSP arts. 156 and 159

    @Test
    void openProcedureSubjectHasThirtyFiveCalendarDaysFromSendingTheNoticeAndItsReductions() {
        SaraAssessment a = assess(oneLot(ContractType.SERVICES, ProcedureType.OPEN, "216000.00"));
        assertThat(a.offerTimeLimits()).extracting(TimeLimit::days, TimeLimit::dayKind, TimeLimit::countedFrom,
            TimeLimit::applicableCase, TimeLimit::article).containsExactly(
            tuple(35, DayKind.CALENDAR, TimeLimitStart.NOTICE_SENT_TO_EU_PUBLICATIONS_OFFICE, TimeLimitCase.GENERAL,
                "LCSP-156.2"),
            tuple(15, DayKind.CALENDAR, TimeLimitStart.NOTICE_SENT_TO_EU_PUBLICATIONS_OFFICE,
                TimeLimitCase.PRIOR_INFORMATION_NOTICE, "LCSP-156.3.a"),
            tuple(15, DayKind.CALENDAR, TimeLimitStart.NOTICE_SENT_TO_EU_PUBLICATIONS_OFFICE, TimeLimitCase.URGENCY,
                "LCSP-156.3.b"),
            tuple(30, DayKind.CALENDAR, TimeLimitStart.NOTICE_SENT_TO_EU_PUBLICATIONS_OFFICE,
                TimeLimitCase.ELECTRONIC_SUBMISSION, "LCSP-156.3.c"));
    }

    @Test
    void openProcedureNotSubjectHasFifteenDaysOrTwentySixForWorksFromTheProfile() {
        assertThat(assess(oneLot(ContractType.SUPPLIES, ProcedureType.OPEN, "100000.00")).offerTimeLimits())
            .extracting(TimeLimit::days, TimeLimit::countedFrom, TimeLimit::article)
            .containsExactly(tuple(15, TimeLimitStart.DAY_AFTER_PUBLICATION_IN_PROFILE, "LCSP-156.6"));
        assertThat(assess(oneLot(ContractType.WORKS, ProcedureType.OPEN, "3000000.00")).offerTimeLimits())
            .extracting(TimeLimit::days, TimeLimit::article).containsExactly(tuple(26, "LCSP-156.6"));
    }

    @Test
    void simplifiedProceduresHaveTheirOwnLimits() {
        assertThat(assess(oneLot(ContractType.SERVICES, ProcedureType.SIMPLIFIED_OPEN, "100000.00")).offerTimeLimits())
            .extracting(TimeLimit::days, TimeLimit::dayKind, TimeLimit::article)
            .containsExactly(tuple(15, DayKind.CALENDAR, "LCSP-159.3"));
        assertThat(assess(oneLot(ContractType.WORKS, ProcedureType.SIMPLIFIED_OPEN, "1000000.00")).offerTimeLimits())
            .extracting(TimeLimit::days).containsExactly(20);
        assertThat(assess(oneLot(ContractType.SUPPLIES, ProcedureType.SUPER_SIMPLIFIED_OPEN, "50000.00"))
            .offerTimeLimits()).extracting(TimeLimit::days, TimeLimit::dayKind, TimeLimit::applicableCase)
            .containsExactly(tuple(10, DayKind.BUSINESS, TimeLimitCase.GENERAL),
                tuple(5, DayKind.BUSINESS, TimeLimitCase.CURRENT_PURCHASES_OF_GOODS));
        SaraAssessment restricted = assess(oneLot(ContractType.SERVICES, ProcedureType.RESTRICTED, "300000.00"));
        assertThat(restricted.offerTimeLimits()).isEmpty();
        assertThat(restricted.explanation()).extracting(Explanation::messageKey)
            .contains("io.otp.core.rules.sara.timeLimits.notCovered");
    }

    // --- special appeal (art. 44.1) and standstill (art. 153.3)

    @Test
    void specialAppealIsForValuesOverTheLimitNotAtIt() {
        SaraAssessment at = assess(oneLot(ContractType.SERVICES, ProcedureType.OPEN, "100000.00"));
        assertThat(at.specialAppeal()).isFalse();
        assertThat(at.standstill()).isEmpty();
        SaraAssessment over = assess(oneLot(ContractType.SERVICES, ProcedureType.OPEN, "100000.01"));
        assertThat(over.specialAppeal()).isTrue();
        assertThat(over.specialAppealArticle()).isEqualTo("LCSP-44.1.a");
        assertThat(over.standstill()).contains(TimeLimit.of(15, DayKind.BUSINESS,
            TimeLimitStart.AWARD_NOTIFICATION_SENT, TimeLimitCase.GENERAL, "LCSP-153.3"));
        // Not subject to harmonised regulation, and still open to the special appeal: it goes by value.
        assertThat(over.subjectToHarmonisedRegulation()).isFalse();
        assertThat(assess(oneLot(ContractType.WORKS, ProcedureType.OPEN, "3000000.00")).specialAppeal()).isFalse();
        assertThat(assess(oneLot(ContractType.WORKS, ProcedureType.OPEN, "3000000.01")).specialAppeal()).isTrue();
        SaraAssessment concession = assess(oneLot(ContractType.WORKS_CONCESSION, ProcedureType.OPEN, "3000000.01"));
        assertThat(concession.specialAppeal()).isTrue();
        assertThat(concession.specialAppealArticle()).isEqualTo("LCSP-44.1.c");
        assertThat(assess(oneLot(ContractType.SERVICES_CONCESSION, ProcedureType.OPEN, "3000000.00")).specialAppeal())
            .isFalse();
    }

    // --- explanations, bad input, JSON and the validator

    @Test
    void everyExplanationRendersInEnglishAndSpanish() {
        SaraAssessment a = HarmonisedRegulation.assess(sixLots("1150000.00"), Y2026, lots("L1"));
        assertThat(a.explanation()).extracting(Explanation::conclusion).contains(SaraAssessment.SARA,
            SaraAssessment.LOT_EXEMPTION, SaraAssessment.PUBLICATION, SaraAssessment.TIME_LIMITS,
            SaraAssessment.SPECIAL_APPEAL, SaraAssessment.STANDSTILL, SaraAssessment.LIMITATION);
        for (Explanation e : a.explanation()) {
            assertThat(io.otp.core.OtpMessages.isDefined(e.messageKey())).as(e.messageKey()).isTrue();
            assertThat(e.message()).doesNotContain("{").isNotEqualTo(e.message(SPANISH));
            assertThat(e.message(SPANISH)).doesNotContain("{");
        }
    }

    @Test
    void badInputIsAValidationExceptionNamingTheField() {
        Tender dollars = tenderBuilder("T1").contractType(ContractType.SERVICES).procedure(ProcedureType.OPEN)
            .estimatedValue(Money.of(new java.math.BigDecimal("300000.00"), Currency.getInstance("USD")))
            .addLots(Lot.builder().id(LotId.of("L1")).title("Lote").budget(Money.of(new java.math.BigDecimal("300000.00"),
                Currency.getInstance("USD"))).addCriteria(price("C1", "100")).build()).build();
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> HarmonisedRegulation.assess(dollars, Y2026));
        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("estimatedValue", "OTP-MONEY-CURRENCY"));
        assertThat(catchThrowableOfType(ValidationException.class, () -> HarmonisedRegulation.assess(null, Y2026))
            .violations()).extracting(Violation::path).containsExactly("tender");
        assertThat(catchThrowableOfType(ValidationException.class, () -> HarmonisedRegulation.assess(
            sixLots("1150000.00"), Y2026, null)).violations()).extracting(Violation::path).containsExactly("exemptedLots");
        Set<LotId> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThat(catchThrowableOfType(ValidationException.class, () -> HarmonisedRegulation.assess(
            sixLots("1150000.00"), Y2026, withNull))).isNotNull();
    }

    @Test
    void theAssessmentIsDeterministicJsonAndRoundTrips() {
        OtpJson json = OtpJson.standard();
        SaraAssessment a = HarmonisedRegulation.assess(sixLots("1150000.00"), Y2026, lots("L1", "L2"));
        String text = json.write(a);
        assertThat(json.write(HarmonisedRegulation.assess(sixLots("1150000.00"), Y2026, lots("L2", "L1"))))
            .isEqualTo(text);
        assertThat(json.read(text, SaraAssessment.class)).isEqualTo(a);
        assertThat(text).contains("\"subjectToHarmonisedRegulation\":true")
            .contains("\"exemptedLots\":[\"L1\",\"L2\"]").contains("\"threshold\":{\"amount\":216000.00,\"currency\":\"EUR\"}");
    }

    @Test
    void theValidatorReturnsTheAssessmentWithTheThresholdsOfThePublicationDate() {
        Tender published = oneLot(ContractType.SERVICES, ProcedureType.OPEN, "218000.00")
            .keyDates(KeyDates.builder().publication(LocalDate.of(2025, 12, 31)).build()).build();
        TenderValidation v = OtpValidator.standard().withCatalogues(Catalogues.builtIns())
            .assess(published, LocalDate.of(2026, 6, 1));
        assertThat(v.isValid()).isTrue();
        assertThat(v.thresholdDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        // 2025: the threshold is 221,000.00, so 218,000.00 is not subject; in 2026 it would be.
        assertThat(v.harmonisedRegulation().orElseThrow().threshold()).isEqualTo(Money.euros("221000.00"));
        assertThat(v.harmonisedRegulation().orElseThrow().subjectToHarmonisedRegulation()).isFalse();
        assertThat(v.harmonisedRegulation().orElseThrow().specialAppeal()).isTrue();
        List<Violation> errors = new ArrayList<>(v.errors());
        assertThat(errors).isEmpty();
    }
}
