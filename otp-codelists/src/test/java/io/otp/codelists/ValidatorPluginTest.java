package io.otp.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.otp.codelists.internal.provider.OfficialCpvCatalogue;
import io.otp.codelists.internal.provider.OfficialNutsCatalogue;
import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.classification.spi.Catalogues;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.party.Organisation;
import io.otp.core.party.OrganisationKind;
import io.otp.core.party.TaxId;
import io.otp.core.rules.OtpValidator;
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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * otp-codelists plugged into the core's validator: found with ServiceLoader on the module path (the
 * tests run there), consulted for CPV and NUTS codes and for LCSP Annex IV services. Thresholds of
 * 2026-2027 (DOMAIN.md section 2).
 */
class ValidatorPluginTest {

    private static final LocalDate DAY_2026 = LocalDate.of(2026, 6, 15);
    private static final CpvCode INVENTED = CpvCode.of("72999999");

    private static Tender services(ServiceCharacter character, CpvCode... codes) {
        AwardCriterion price = AwardCriterion.builder().id(CriterionId.of("PRICE")).name("Precio")
            .type(CriterionType.PRICE).method(EvaluationMethod.FORMULA).maxPoints(Points.of(49))
            .formula(FormulaReference.of("inverse-proportional")).build();
        AwardCriterion quality = AwardCriterion.builder().id(CriterionId.of("QUALITY")).name("Plan de calidad")
            .type(CriterionType.QUALITY).method(EvaluationMethod.FORMULA).maxPoints(Points.of(51))
            .formula(FormulaReference.of("linear")).build();
        Lot lot = Lot.builder().id(LotId.of("L1")).title("Lote único").budget(Money.euros("200000.00"))
            .addCriteria(price, quality).build();
        return Tender.builder().id(TenderId.of("2026/EXP-0007")).title("Servicios")
            .contractingAuthority(OrganisationId.of("L01280796")).contractType(ContractType.SERVICES)
            .serviceCharacter(character).procedure(ProcedureType.OPEN).estimatedValue(Money.euros("200000.00"))
            .addCpvCodes(codes).addLots(lot).noDivisionJustification("Prestación única").build();
    }

    @Test
    void serviceLoaderFindsBothCataloguesWithoutLoadingTheLists() {
        Catalogues found = Catalogues.standard();
        assertThat(found.cpv()).get().isInstanceOf(OfficialCpvCatalogue.class);
        assertThat(found.nuts()).get().isInstanceOf(OfficialNutsCatalogue.class);
        assertThat(found).hasToString("Catalogues[cpv: CPV, eForms SDK 1.15.1; nuts: NUTS, eForms SDK 1.15.1]");
        assertThat(OtpValidator.standard().catalogues()).isSameAs(found);
    }

    @Test
    void inventedCodeIsRejectedWithTheCatalogueAndAcceptedWithout() {
        Tender tender = services(ServiceCharacter.ORDINARY, CpvCode.of("72000000-5"), INVENTED);
        List<Violation> with = OtpValidator.standard().validate(tender, DAY_2026);
        assertThat(with).extracting(Violation::ruleId, Violation::path)
            .containsExactly(tuple("CPV-UNKNOWN", "cpvCodes[1]"));
        assertThat(with.get(0).message()).isEqualTo("CPV code 72999999-3 is not in the official list"
            + " (CPV, eForms SDK 1.15.1); use a code of the Common Procurement Vocabulary"
            + " (Regulation (EC) No 213/2008)");
        assertThat(OtpValidator.standard().withCatalogues(Catalogues.builtIns()).validate(tender, DAY_2026))
            .as("format only").isEmpty();
    }

    @Test
    void codeWhosePrintedCheckDigitTheRuleDoesNotReproduceIsAcceptedByItsDigits() {
        Tender tender = services(ServiceCharacter.ORDINARY, CpvCode.of("72400000"), CpvCode.of("72267000-4"));
        assertThat(OtpValidator.standard().validate(tender, DAY_2026)).isEmpty();
    }

    @Test
    void socialServiceDeclaredOrdinaryIsRecognisedAsAnnexIv() {
        List<Violation> v = OtpValidator.standard().validate(services(ServiceCharacter.ORDINARY,
            CpvCode.of("85311000")), DAY_2026);
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(tuple("LCSP-ANNEX-IV", "serviceCharacters"));
        assertThat(v.get(0).arguments()).containsEntry("threshold", "750000.00 EUR")
            .containsEntry("declaredThreshold", "216000.00 EUR");
        assertThat(v.get(0).message(Locale.forLanguageTag("es"))).contains("servicio social o específico del anexo IV");
        assertThat(OtpValidator.standard().validate(services(ServiceCharacter.ANNEX_IV, CpvCode.of("85311000")),
            DAY_2026)).isEmpty();
        assertThat(OtpValidator.standard().withCatalogues(Catalogues.builtIns())
            .validate(services(ServiceCharacter.ORDINARY, CpvCode.of("85311000")), DAY_2026)).isEmpty();
    }

    @Test
    void unknownNutsCodeOfAnOrganisationIsRejected() {
        Organisation.Builder b = Organisation.builder().id(OrganisationId.of("L01280796"))
            .legalName("Ayuntamiento de Madrid").taxId(TaxId.of("P2807900B")).kind(OrganisationKind.PUBLIC_BODY);
        Organisation madrid = b.nutsCode(NutsCode.of("ES300")).build();
        assertThat(OtpValidator.standard().validate(madrid)).isEmpty();
        Organisation nowhere = Organisation.builder().id(OrganisationId.of("L01280796"))
            .legalName("Ayuntamiento de Madrid").taxId(TaxId.of("P2807900B")).kind(OrganisationKind.PUBLIC_BODY)
            .nutsCode(NutsCode.of("ES399")).build();
        assertThat(OtpValidator.standard().validate(nowhere)).extracting(Violation::ruleId)
            .containsExactly("NUTS-UNKNOWN");
        assertThat(OtpValidator.standard().withCatalogues(Catalogues.builtIns()).validate(nowhere)).isEmpty();
    }

    @Test
    void classificationsCanBeInjectedDirectly() {
        Catalogues explicit = Catalogues.builtIns().withCpv(EuCodelists.official().cpv())
            .withNuts(EuCodelists.official().nuts());
        Tender tender = services(ServiceCharacter.ORDINARY, INVENTED);
        assertThat(OtpValidator.standard().withCatalogues(explicit).validate(tender, DAY_2026))
            .extracting(Violation::ruleId).containsExactly("CPV-UNKNOWN");
        assertThat(new OfficialCpvCatalogue().label(CpvCode.of("72000000"), Locale.forLanguageTag("es")))
            .contains("Servicios TI: consultoría, desarrollo de software, Internet y apoyo");
        assertThat(new OfficialNutsCatalogue().label(NutsCode.of("ES511"), Locale.ENGLISH)).contains("Barcelona");
    }
}
