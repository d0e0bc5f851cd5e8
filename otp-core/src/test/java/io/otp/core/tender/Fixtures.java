package io.otp.core.tender;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;

/** Small hand-made tender parts for the tender package's tests. */
final class Fixtures {

    private Fixtures() {
    }

    static AwardCriterion price(String id, long points) {
        return AwardCriterion.builder().id(CriterionId.of(id)).name("Precio").type(CriterionType.PRICE)
            .method(EvaluationMethod.FORMULA).maxPoints(Points.of(points))
            .formula(FormulaReference.of("inverse-proportional")).build();
    }

    static AwardCriterion judged(String id, long points) {
        return AwardCriterion.builder().id(CriterionId.of(id)).name("Memoria técnica")
            .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT)
            .maxPoints(Points.of(points)).build();
    }

    static Lot lot(String id, AwardCriterion... criteria) {
        return Lot.builder().id(LotId.of(id)).title("Lote " + id).budget(Money.euros(100_000))
            .addCriteria(criteria).build();
    }

    static Tender.Builder tender(Lot... lots) {
        Tender.Builder b = Tender.builder();
        b.id(TenderId.of("2026/EXP-0001")).title("Servicios de desarrollo")
            .contractingAuthority(OrganisationId.of("L01280796"))
            .contractType(ContractType.SERVICES).procedure(ProcedureType.OPEN)
            .estimatedValue(Money.euros(300_000)).addCpvCodes(CpvCode.of("72000000-5"))
            .addLots(lots);
        return b;
    }
}
