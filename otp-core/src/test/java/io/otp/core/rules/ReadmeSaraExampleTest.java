package io.otp.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.tender.Tender;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The README's example of the harmonised-regulation assessment, kept compiling and true: a legal
 * service (Annex IV and intellectual) of 760,000 EUR reaches the 750,000 EUR threshold of LCSP art.
 * 22.1.c, is published in the DOUE, has 35 days for offers (art. 156.2), is open to the special appeal
 * (over 100,000 EUR, art. 44.1.a) and waits 15 business days before formalisation (art. 153.3).
 */
class ReadmeSaraExampleTest {

    @Test
    void readmeExample() {
        // --- README snippet begins
        AwardCriterion price = AwardCriterion.builder().id(CriterionId.of("C1")).name("Precio")
            .type(CriterionType.PRICE).method(EvaluationMethod.FORMULA).maxPoints(Points.of(49))
            .formula(FormulaReference.of("inverse-proportional")).build();
        AwardCriterion proposal = AwardCriterion.builder().id(CriterionId.of("C2")).name("Propuesta técnica")
            .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(51)).build();
        Tender tender = Tender.builder()
            .id(TenderId.of("EXP-2026-014")).title("Asesoría jurídica")
            .contractingAuthority(OrganisationId.of("L01280796"))
            .contractType(ContractType.SERVICES)
            .addServiceCharacters(ServiceCharacter.ANNEX_IV, ServiceCharacter.INTELLECTUAL)
            .procedure(ProcedureType.OPEN)
            .estimatedValue(Money.euros("760000.00"))
            .addCpvCodes(CpvCode.parse("79100000-5"))
            .addLots(Lot.builder().id(LotId.of("L1")).title("Asesoría jurídica").budget(Money.euros("760000.00"))
                .addCriteria(price, proposal).build())
            .noDivisionJustification("Una sola prestación")
            .addExpertCommittee(io.otp.core.id.PersonId.of("P1"), io.otp.core.id.PersonId.of("P2"),
                io.otp.core.id.PersonId.of("P3"))
            .build();

        TenderValidation result = OtpValidator.standard().assess(tender, LocalDate.of(2026, 3, 2));
        SaraAssessment sara = result.harmonisedRegulation().orElseThrow();
        sara.subjectToHarmonisedRegulation();   // true: 760,000.00 >= 750,000.00 (LCSP art. 22.1.c)
        sara.publishedInDoue();                 // true (LCSP arts. 135.1, 154.1)
        sara.offerTimeLimits().get(0);          // 35 CALENDAR days from NOTICE_SENT_TO_EU_PUBLICATIONS_OFFICE
        sara.specialAppeal();                   // true: over 100,000.00 (LCSP art. 44.1.a)
        sara.standstill();                      // 15 BUSINESS days from AWARD_NOTIFICATION_SENT (art. 153.3)
        sara.explanation().forEach(e -> System.out.println(e.article() + ": " + e.message(Locale.forLanguageTag("es"))));
        // --- README snippet ends

        assertThat(result.isValid()).as("%s", result.violations()).isTrue();
        assertThat(sara.subjectToHarmonisedRegulation()).isTrue();
        assertThat(sara.threshold()).isEqualTo(Money.euros("750000.00"));
        assertThat(sara.publishedInDoue()).isTrue();
        assertThat(sara.offerTimeLimits().get(0).days()).isEqualTo(35);
        assertThat(sara.specialAppeal()).isTrue();
        assertThat(sara.standstill().orElseThrow().days()).isEqualTo(15);
        assertThat(sara.standstill().orElseThrow().dayKind()).isEqualTo(DayKind.BUSINESS);
    }
}
