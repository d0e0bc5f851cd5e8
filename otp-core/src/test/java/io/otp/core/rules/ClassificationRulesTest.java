package io.otp.core.rules;

import static io.otp.core.testing.TenderGenerators.formulaQuality;
import static io.otp.core.testing.TenderGenerators.lot;
import static io.otp.core.testing.TenderGenerators.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.classification.spi.Catalogues;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.party.Organisation;
import io.otp.core.party.OrganisationKind;
import io.otp.core.party.TaxId;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ContractingAuthorityKind;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.tender.Tender;
import io.otp.core.testing.CatalogueFixtures;
import io.otp.core.testing.CatalogueFixtures.CountingCpvCatalogue;
import io.otp.core.testing.TenderGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules that consult classification catalogues: unknown CPV and NUTS codes, and services of LCSP
 * Annex IV declared as ordinary. Thresholds of 2026-2027 (DOMAIN.md section 2): supplies and services
 * of other authorities 216,000 EUR, of central government 140,000 EUR, Annex IV 750,000 EUR.
 */
class ClassificationRulesTest {

    private static final LocalDate DAY_2026 = LocalDate.of(2026, 6, 15);
    private static final CpvCode IT_SERVICES = CpvCode.of("72000000-5");
    private static final CpvCode SOFTWARE = CpvCode.of("72260000-5");
    private static final CpvCode HEALTH_AND_SOCIAL = CpvCode.of("85000000");
    // 7·3 + 2·7 + 9·1 + 9·3 + 9·7 + 9·1 + 9·3 + 9·7 = 233: check digit 3 (DOMAIN.md section 7).
    private static final CpvCode INVENTED = CpvCode.of("72999999");

    private static final CountingCpvCatalogue LIST = CatalogueFixtures.cpv(
        List.of(IT_SERVICES, SOFTWARE, HEALTH_AND_SOCIAL), List.of(HEALTH_AND_SOCIAL));

    private static OtpValidator validator(Catalogues catalogues) {
        return OtpValidator.standard().withCatalogues(catalogues);
    }

    /** A one-lot tender of 100,000 EUR whose lot gives 51 % of the points to quality. */
    private static Tender.Builder builder(ContractType type, ServiceCharacter character, ProcedureType procedure,
                                          List<CpvCode> codes, CpvCode... lotCodes) {
        Lot lot = Lot.builder().id(LotId.of("L1")).title("Lote L1").budget(Money.euros("100000.00"))
            .addCriteria(price("C1", "49"), formulaQuality("C2", "51")).addCpvCodes(lotCodes).build();
        return Tender.builder().id(TenderId.of("T1")).title("Expediente T1")
            .contractingAuthority(OrganisationId.of("L01280796")).addAllCpvCodes(codes).contractType(type)
            .serviceCharacter(character).procedure(procedure).estimatedValue(Money.euros("100000.00"))
            .addLots(lot).noDivisionJustification("Prestación única");
    }

    private static Tender services(ServiceCharacter character, ProcedureType procedure, CpvCode main) {
        return builder(ContractType.SERVICES, character, procedure, List.of(main)).build();
    }

    private static Tender ordinaryOpen(CpvCode main, CpvCode... lotCodes) {
        return builder(ContractType.SERVICES, ServiceCharacter.ORDINARY, ProcedureType.OPEN, List.of(main), lotCodes)
            .build();
    }

    // --- CPV-UNKNOWN

    @Test
    void unknownCpvCodesOfTheTenderAndItsLotsAreReportedWithTheirPaths() {
        Tender tender = builder(ContractType.SERVICES, ServiceCharacter.ORDINARY, ProcedureType.OPEN,
            List.of(IT_SERVICES, CpvCode.of("72888888")), SOFTWARE, INVENTED).build();
        List<Violation> v = validator(Catalogues.builtIns().withCpv(LIST)).validate(tender, DAY_2026);
        assertThat(v).extracting(Violation::ruleId, Violation::path).containsExactly(
            tuple("CPV-UNKNOWN", "cpvCodes[1]"), tuple("CPV-UNKNOWN", "lots[0].cpvCodes[1]"));
        assertThat(v.get(1).message()).isEqualTo("CPV code 72999999-3 is not in the official list (test CPV list);"
            + " use a code of the Common Procurement Vocabulary (Regulation (EC) No 213/2008)");
        assertThat(v.get(1).message(Locale.forLanguageTag("es")))
            .startsWith("el código CPV 72999999-3 no figura en la lista oficial (test CPV list)");
    }

    @Test
    void withoutCatalogueOnlyTheFormatIsCheckedAndNoCodeIsUnknown() {
        Tender tender = ordinaryOpen(INVENTED, INVENTED);
        assertThat(validator(Catalogues.builtIns()).validate(tender, DAY_2026)).isEmpty();
        assertThat(OtpValidator.standard().catalogues().cpv()).as("no provider in otp-core's tests").isEmpty();
        assertThat(OtpValidator.standard().validate(tender, DAY_2026)).isEmpty();
    }

    @Test
    void knownCodesRaiseNothing() {
        assertThat(validator(Catalogues.builtIns().withCpv(LIST)).validate(ordinaryOpen(IT_SERVICES, SOFTWARE), DAY_2026))
            .isEmpty();
    }

    @Test
    void unknownCodesAreCheckedEvenWithoutThresholdsInForce() {
        List<Violation> v = validator(Catalogues.builtIns().withCpv(LIST))
            .validate(ordinaryOpen(INVENTED), LocalDate.of(2010, 1, 1));
        assertThat(v).extracting(Violation::ruleId).containsExactly("OTP-THRESHOLDS", "CPV-UNKNOWN");
    }

    @Test
    void exactlyTheCodesMissingFromTheCatalogueAreReported() {
        // Property: for any valid tender and any catalogue holding a subset of its codes, the unknown
        // codes reported are exactly the tender's codes outside that subset, position by position.
        qt().forAll(TenderGenerators.validTenders()).checkAssert(tender -> {
            List<CpvCode> all = new ArrayList<>(tender.cpvCodes());
            tender.lots().forEach(l -> all.addAll(l.cpvCodes()));
            Set<CpvCode> known = new HashSet<>();
            for (int i = 0; i < all.size(); i += 2) {
                known.add(all.get(i));
            }
            Catalogues catalogues = Catalogues.builtIns().withCpv(CatalogueFixtures.cpv(known, List.of()));
            List<Violation> unknown = ProcurementRules.classificationViolations(tender, catalogues);
            Set<CpvCode> expected = new LinkedHashSet<>(all);
            expected.removeAll(known);
            assertThat(unknown).allMatch(v -> v.ruleId().equals(ProcurementRules.CPV_UNKNOWN));
            assertThat(unknown.stream().map(v -> CpvCode.of(v.arguments().get("value"))).collect(Collectors.toSet()))
                .isEqualTo(expected);
            assertThat(ProcurementRules.classificationViolations(tender,
                Catalogues.builtIns().withCpv(CatalogueFixtures.cpv(all, List.of())))).isEmpty();
        });
    }

    // --- LCSP-ANNEX-IV

    @Test
    void socialServiceDeclaredOrdinaryIsReportedWithItsOwnThreshold() {
        List<Violation> v = validator(Catalogues.builtIns().withCpv(LIST)).validate(ordinaryOpen(HEALTH_AND_SOCIAL),
            DAY_2026);
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(tuple("LCSP-ANNEX-IV", "serviceCharacters"));
        assertThat(v.get(0).message()).isEqualTo("tender T1: the main CPV code 85000000-9 is a social or other"
            + " specific service of LCSP Annex IV, but ANNEX_IV is not among its declared service characters; add it"
            + " (with INTELLECTUAL too if it is also an intellectual service): its EU threshold is 750000.00 EUR, not 216000.00 EUR (LCSP art. 22.1.c), and quality criteria"
            + " must weigh at least 51.00 % of the points (LCSP art. 145.4)");
        assertThat(v.get(0).message(Locale.forLanguageTag("es"))).contains("anexo IV de la LCSP")
            .contains("750000.00 EUR");
    }

    @Test
    void annexIvMessageNamesTheThresholdTheDeclarationWouldApply() {
        Tender central = builder(ContractType.SERVICES, ServiceCharacter.ORDINARY, ProcedureType.OPEN,
            List.of(HEALTH_AND_SOCIAL)).authorityKind(ContractingAuthorityKind.CENTRAL_GOVERNMENT).build();
        Violation v = validator(Catalogues.builtIns().withCpv(LIST)).validate(central, DAY_2026).get(0);
        assertThat(v.arguments()).containsEntry("threshold", "750000.00 EUR")
            .containsEntry("declaredThreshold", "140000.00 EUR").containsEntry("cpv", "85000000-9");
    }

    @Test
    void socialServiceDeclaredAnnexIvIsNotReportedButIntellectualAloneIs() {
        OtpValidator validator = validator(Catalogues.builtIns().withCpv(LIST));
        assertThat(validator.validate(services(ServiceCharacter.ANNEX_IV, ProcedureType.OPEN, HEALTH_AND_SOCIAL),
            DAY_2026)).isEmpty();
        // A service may now be both (a legal service is of Annex IV and intellectual): declared intellectual
        // only, the Annex IV threshold would be missed, so the mismatch is reported.
        assertThat(validator.validate(services(ServiceCharacter.INTELLECTUAL, ProcedureType.OPEN,
            HEALTH_AND_SOCIAL), DAY_2026)).extracting(Violation::ruleId).containsExactly("LCSP-ANNEX-IV");
        Tender both = builder(ContractType.SERVICES, ServiceCharacter.INTELLECTUAL, ProcedureType.OPEN,
            List.of(HEALTH_AND_SOCIAL)).addServiceCharacters(ServiceCharacter.ANNEX_IV).build();
        assertThat(validator.validate(both, DAY_2026)).isEmpty();
    }

    @Test
    void onlyTheMainCpvCodeOfAServicesContractDecidesAnnexIv() {
        OtpValidator validator = validator(Catalogues.builtIns().withCpv(LIST));
        Tender socialSecond = builder(ContractType.SERVICES, ServiceCharacter.ORDINARY, ProcedureType.OPEN,
            List.of(IT_SERVICES, HEALTH_AND_SOCIAL)).build();
        assertThat(validator.validate(socialSecond, DAY_2026)).isEmpty();
        Tender supplies = builder(ContractType.SUPPLIES, ServiceCharacter.ORDINARY, ProcedureType.OPEN,
            List.of(HEALTH_AND_SOCIAL)).build();
        assertThat(validator.validate(supplies, DAY_2026)).isEmpty();
    }

    @Test
    void minorContractsAreNotAskedAboutAnnexIv() {
        Tender minor = Tender.builder().id(TenderId.of("T1")).title("Expediente T1")
            .contractingAuthority(OrganisationId.of("L01280796")).addCpvCodes(HEALTH_AND_SOCIAL)
            .contractType(ContractType.SERVICES).procedure(ProcedureType.MINOR_CONTRACT)
            .estimatedValue(Money.euros("9000.00")).addLots(lot("L1", Money.euros("9000.00"), price("C1", "100")))
            .noDivisionJustification("Prestación única").build();
        assertThat(validator(Catalogues.builtIns().withCpv(LIST)).validate(minor, DAY_2026)).isEmpty();
    }

    @Test
    void withoutCatalogueAnOrdinarySocialServiceIsNotReported() {
        CountingCpvCatalogue unused = CatalogueFixtures.cpv(List.of(), List.of());
        assertThat(validator(Catalogues.builtIns()).validate(ordinaryOpen(HEALTH_AND_SOCIAL), DAY_2026)).isEmpty();
        assertThat(ProcurementRules.tenderViolations(ordinaryOpen(HEALTH_AND_SOCIAL),
            ThresholdTable.builtIns().find(DAY_2026).orElseThrow())).isEmpty();
        assertThat(unused.questions()).isZero();
    }

    // --- NUTS-UNKNOWN

    private static Organisation organisation(String nuts) {
        Organisation.Builder b = Organisation.builder().id(OrganisationId.of("L01280796"))
            .legalName("Ayuntamiento de Madrid").taxId(TaxId.of("P2807900B")).kind(OrganisationKind.PUBLIC_BODY);
        if (nuts != null) {
            b.nutsCode(NutsCode.of(nuts));
        }
        return b.build();
    }

    @Test
    void unknownNutsCodeOfAnOrganisationIsReported() {
        Catalogues catalogues = Catalogues.builtIns().withNuts(CatalogueFixtures.nuts(List.of(NutsCode.of("ES300"))));
        assertThat(validator(catalogues).validate(organisation("ES300"))).isEmpty();
        assertThat(validator(catalogues).validate(organisation(null))).isEmpty();
        List<Violation> v = validator(catalogues).validate(organisation("ES399"));
        assertThat(v).extracting(Violation::ruleId, Violation::path).containsExactly(tuple("NUTS-UNKNOWN", "nutsCode"));
        assertThat(v.get(0).message()).isEqualTo("organisation L01280796: NUTS code ES399 is not in the classification"
            + " in force (test NUTS list); use a region of the NUTS classification (Regulation (EC) No 1059/2003)");
        assertThat(validator(Catalogues.builtIns()).validate(organisation("ES399"))).isEmpty();
    }

    @Test
    void catalogueRulesAreListedWithTheirMessages() {
        assertThat(ProcurementRules.ruleIds()).contains("CPV-UNKNOWN", "NUTS-UNKNOWN", "LCSP-ANNEX-IV");
        assertThat(ProcurementRules.messageKeys("CPV-UNKNOWN")).containsExactly("io.otp.core.rules.cpv.unknown");
        assertThat(validator(Catalogues.builtIns().withCpv(LIST)).toString()).contains("Catalogues[cpv: test CPV list;");
    }
}
