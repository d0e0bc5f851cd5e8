package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.rules.OtpValidator;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code example of the README, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleBuildsValidatesAndRoundTrips() {
        AwardCriterion price = AwardCriterion.builder()
            .id(CriterionId.of("PRICE")).name("Precio")
            .type(CriterionType.PRICE).method(EvaluationMethod.FORMULA)
            .maxPoints(Points.of(60)).formula(FormulaReference.of("inverse-proportional"))
            .build();
        AwardCriterion proposal = AwardCriterion.builder()
            .id(CriterionId.of("PROPOSAL")).name("Propuesta técnica")
            .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT)
            .maxPoints(Points.of(40))
            .build();

        Tender tender = Tender.builder()
            .id(TenderId.of("2026/EXP-0042")).title("Mantenimiento de la sede electrónica")
            .contractingAuthority(OrganisationId.of("L01470011"))
            .contractType(ContractType.SERVICES).procedure(ProcedureType.SIMPLIFIED_OPEN)
            .estimatedValue(Money.euros("120000.00"))
            .addCpvCodes(CpvCode.of("72267000-4"))
            .addLots(Lot.builder().id(LotId.of("L1")).title("Lote único")
                .budget(Money.euros("100000.00"))
                .addCriteria(price, proposal).build())
            .noDivisionJustification("A single system with a single maintainer (LCSP art. 99.3)")
            .build();

        List<Violation> violations = OtpValidator.standard().validate(tender, LocalDate.parse("2026-06-01"));
        // Value judgment weighs 40 of 100 points; the simplified open procedure allows 25 % (art. 159.1.b).
        assertThat(violations).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("LCSP-159.1.b", "lots[0].criteria"));
        assertThat(violations.get(0).message()).startsWith("lot L1: value-judgment criteria weigh 40.00 %");

        String json = OtpJson.standard().write(tender);
        assertThat(OtpJson.standard().read(json, Tender.class)).isEqualTo(tender);
    }
}
