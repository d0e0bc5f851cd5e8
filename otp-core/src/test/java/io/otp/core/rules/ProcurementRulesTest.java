package io.otp.core.rules;

import static io.otp.core.testing.TenderGenerators.cost;
import static io.otp.core.testing.TenderGenerators.formulaImprovement;
import static io.otp.core.testing.TenderGenerators.formulaQuality;
import static io.otp.core.testing.TenderGenerators.judgedImprovement;
import static io.otp.core.testing.TenderGenerators.judgment;
import static io.otp.core.testing.TenderGenerators.lot;
import static io.otp.core.testing.TenderGenerators.price;
import static io.otp.core.testing.TenderGenerators.tenderBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.money.Money;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.tender.Tender;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of each rule, at its limit and just inside it. Amounts: DOMAIN.md section 2 and
 * LCSP arts. 99, 101, 118, 145, 146 and 159; thresholds of 2026-2027 unless said otherwise.
 */
class ProcurementRulesTest {

    private static final LocalDate DAY_2026 = LocalDate.of(2026, 6, 15);
    private static final Locale SPANISH = new Locale("es");
    private static final OtpValidator VALIDATOR = OtpValidator.standard();

    private static Tender tender(ProcedureType procedure, ContractType type, String value, Lot... lots) {
        return tender(procedure, type, ServiceCharacter.ORDINARY, value, lots);
    }

    private static Tender tender(ProcedureType procedure, ContractType type, ServiceCharacter character,
                                 String value, Lot... lots) {
        return tenderBuilder("T1").procedure(procedure).contractType(type).serviceCharacter(character)
            .estimatedValue(Money.euros(value)).addLots(lots)
            .noDivisionJustification("Prestación única").build();
    }

    private static Lot priceOnly(String budget) {
        return lot("L1", Money.euros(budget), price("C1", "100"));
    }

    private static List<Violation> violations(Tender tender) {
        return VALIDATOR.validate(tender, DAY_2026);
    }

    private static List<String> ruleIds(List<Violation> violations) {
        return violations.stream().map(Violation::ruleId).collect(Collectors.toList());
    }

    // --- LCSP art. 118.1: minor contracts

    @Test
    void suppliesMinorContractJustBelowLimitIsValid() {
        assertThat(violations(tender(ProcedureType.MINOR_CONTRACT, ContractType.SUPPLIES, "14999.99",
            priceOnly("14999.99")))).isEmpty();
    }

    @Test
    void suppliesMinorContractAtLimitBreaksArticle118() {
        List<Violation> v = violations(tender(ProcedureType.MINOR_CONTRACT, ContractType.SUPPLIES, "15000.00",
            priceOnly("15000.00")));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("LCSP-118.1");
            assertThat(x.path()).isEqualTo("estimatedValue");
            assertThat(x.message()).isEqualTo("tender T1: estimated value 15000.00 EUR is not below 15000.00 EUR,"
                + " the limit of a minor supplies or services contract (LCSP art. 118.1, VAT excluded)");
        });
    }

    @Test
    void worksMinorContractLimitIsFortyThousand() {
        assertThat(violations(tender(ProcedureType.MINOR_CONTRACT, ContractType.WORKS, "39999.99",
            priceOnly("39999.99")))).isEmpty();
        assertThat(ruleIds(violations(tender(ProcedureType.MINOR_CONTRACT, ContractType.WORKS, "40000.00",
            priceOnly("40000.00"))))).containsExactly("LCSP-118.1");
    }

    @Test
    void mixedMinorContractTakesTheStricterSuppliesAndServicesLimit() {
        assertThat(ruleIds(violations(tender(ProcedureType.MINOR_CONTRACT, ContractType.MIXED, "20000.00",
            priceOnly("20000.00"))))).containsExactly("LCSP-118.1");
    }

    @Test
    void concessionCannotBeMinorContract() {
        List<Violation> v = violations(tender(ProcedureType.MINOR_CONTRACT, ContractType.SERVICES_CONCESSION,
            "1000.00", priceOnly("1000.00")));
        assertThat(v).extracting(Violation::ruleId, Violation::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple("LCSP-118.1", "procedure"));
    }

    // --- LCSP art. 159.1.a: simplified open procedure, value

    @Test
    void simplifiedSuppliesJustBelowCentralThresholdIsValid() {
        assertThat(violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SUPPLIES, "139999.99",
            priceOnly("139999.99")))).isEmpty();
    }

    @Test
    void simplifiedSuppliesAtCentralThresholdBreaksArticle159_1a() {
        List<Violation> v = violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SUPPLIES, "140000.00",
            priceOnly("140000.00")));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("LCSP-159.1.a");
            assertThat(x.path()).isEqualTo("estimatedValue");
            assertThat(x.message()).contains("140000.00 EUR is not below 140000.00 EUR");
        });
    }

    @Test
    void simplifiedLimitIsTheOneInForceOnThePublicationDate() {
        // 2024-2025 central threshold 143,000 EUR; 2026-2027: 140,000 EUR (DOMAIN.md section 2).
        Tender published = tenderBuilder("T1").procedure(ProcedureType.SIMPLIFIED_OPEN)
            .contractType(ContractType.SERVICES).estimatedValue(Money.euros("142999.99"))
            .addLots(priceOnly("142999.99")).noDivisionJustification("Prestación única")
            .keyDates(KeyDates.builder().publication(LocalDate.of(2025, 12, 31)).build()).build();
        assertThat(VALIDATOR.validate(published, DAY_2026)).isEmpty();
        Tender unpublished = tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SERVICES, "142999.99",
            priceOnly("142999.99"));
        assertThat(ruleIds(VALIDATOR.validate(unpublished, LocalDate.of(2025, 12, 31)))).isEmpty();
        assertThat(ruleIds(VALIDATOR.validate(unpublished, LocalDate.of(2026, 1, 1))))
            .containsExactly("LCSP-159.1.a");
    }

    @Test
    void unpublishedTenderUsesTodayInMadrid() {
        Tender unpublished = tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SERVICES, "142000.00",
            priceOnly("142000.00"));
        // 23:30 UTC on 31 December is already 1 January in Madrid (UTC+1): the 2026 threshold applies.
        OtpValidator newYear = VALIDATOR.withClock(Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"),
            OtpValidator.MADRID));
        OtpValidator newYearsEve = VALIDATOR.withClock(Clock.fixed(Instant.parse("2025-12-31T22:30:00Z"),
            OtpValidator.MADRID));
        assertThat(ruleIds(newYear.validate(unpublished))).containsExactly("LCSP-159.1.a");
        assertThat(newYearsEve.validate(unpublished)).isEmpty();
    }

    @Test
    void simplifiedWorksMayReachTwoMillion() {
        assertThat(violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.WORKS, "2000000.00",
            priceOnly("2000000.00")))).isEmpty();
        List<Violation> v = violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.WORKS, "2000000.01",
            priceOnly("2000000.01")));
        assertThat(ruleIds(v)).containsExactly("LCSP-159.1.a");
        assertThat(v.get(0).message()).contains("2000000.01 EUR is above 2000000.00 EUR");
    }

    @Test
    void simplifiedProcedureIsNotForConcessions() {
        List<Violation> v = violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.WORKS_CONCESSION,
            "100000.00", priceOnly("100000.00")));
        assertThat(v).extracting(Violation::ruleId).containsExactly("LCSP-159.1");
        assertThat(v.get(0).path()).isEqualTo("procedure");
    }

    // --- LCSP art. 159.1.b: simplified open procedure, weight of value judgment

    private static Tender simplifiedWithJudgment(ServiceCharacter character, String judged, String formula) {
        Lot lot = lot("L1", Money.euros("100000.00"), price("C1", formula), judgment("C2", judged));
        return tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SERVICES, character, "100000.00", lot);
    }

    @Test
    void valueJudgmentShareExactlyAtTwentyFivePerCentIsValid() {
        assertThat(violations(simplifiedWithJudgment(ServiceCharacter.ORDINARY, "25", "75"))).isEmpty();
    }

    @Test
    void valueJudgmentShareOfTwentyFivePointZeroOneBreaksArticle159_1b() {
        List<Violation> v = violations(simplifiedWithJudgment(ServiceCharacter.ORDINARY, "25.01", "74.99"));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("LCSP-159.1.b");
            assertThat(x.path()).isEqualTo("lots[0].criteria");
            assertThat(x.message()).contains("weigh 25.01 % of the points");
        });
    }

    @Test
    void judgmentShareMessageNamesShareAndLimitsInBothLanguages() {
        Violation v = violations(simplifiedWithJudgment(ServiceCharacter.ORDINARY, "30", "70")).get(0);
        assertThat(v.message()).isEqualTo("lot L1: value-judgment criteria weigh 30.00 % of the points;"
            + " the simplified open procedure allows at most 25.00 % (45.00 % for intellectual services)");
        assertThat(v.message(SPANISH)).isEqualTo("lote L1: los criterios de juicio de valor pesan el 30.00 %"
            + " de los puntos; el procedimiento abierto simplificado admite como máximo el 25.00 %"
            + " (el 45.00 % en servicios de carácter intelectual)");
    }

    @Test
    void intellectualServicesMayGiveFortyFivePerCentToValueJudgment() {
        // Intellectual services also need 51 % quality (art. 145.4): 6 points of formula quality.
        Lot atCap = lot("L1", Money.euros("100000.00"), price("C1", "49"), formulaQuality("C2", "6"),
            judgment("C3", "45"));
        assertThat(violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SERVICES,
            ServiceCharacter.INTELLECTUAL, "100000.00", atCap))).isEmpty();
        Lot above = lot("L1", Money.euros("100000.00"), price("C1", "49"), formulaQuality("C2", "5.99"),
            judgment("C3", "45.01"));
        List<Violation> v = violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SERVICES,
            ServiceCharacter.INTELLECTUAL, "100000.00", above));
        assertThat(ruleIds(v)).containsExactly("LCSP-159.1.b");
        assertThat(v.get(0).message()).isEqualTo("lot L1: value-judgment criteria weigh 45.01 % of the points;"
            + " the simplified open procedure allows at most 45.00 % for intellectual services");
    }

    @Test
    void shareIsOfTheLotTotalNotOfOneHundred() {
        // 15 of 60 points is exactly 25 %; 15.01 of 60.01 is 25.0125 %, shown 25.01 %.
        Lot atCap = lot("L1", Money.euros("1000.00"), price("C1", "45"), judgment("C2", "15"));
        assertThat(violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SERVICES, "1000.00", atCap)))
            .isEmpty();
        Lot above = lot("L1", Money.euros("1000.00"), price("C1", "45"), judgment("C2", "15.01"));
        List<Violation> v = violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SERVICES, "1000.00",
            above));
        assertThat(ruleIds(v)).containsExactly("LCSP-159.1.b");
        assertThat(v.get(0).message()).contains("weigh 25.01 %");
    }

    @Test
    void shareJustAboveCapIsShownWithEnoughDecimalsToDifferFromIt() {
        Lot lot = lot("L1", Money.euros("1000.00"), price("C1", "74.996"), judgment("C2", "25.004"));
        List<Violation> v = violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SERVICES, "1000.00",
            lot));
        assertThat(v.get(0).message()).contains("weigh 25.004 % of the points");
    }

    @Test
    void everyLotIsCheckedAndNamedByItsPath() {
        Lot ok = lot("L1", Money.euros("1000.00"), price("C1", "80"), judgment("C2", "20"));
        Lot over = lot("L2", Money.euros("1000.00"), price("C1", "60"), judgment("C2", "40"));
        List<Violation> v = violations(tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SERVICES, "2000.00",
            ok, over));
        assertThat(v).extracting(Violation::path).containsExactly("lots[1].criteria");
        assertThat(v.get(0).message()).startsWith("lot L2:");
    }

    // --- LCSP art. 159.6: super-simplified open procedure

    @Test
    void superSimplifiedSuppliesAndServicesMustBeBelowSixtyThousand() {
        assertThat(violations(tender(ProcedureType.SUPER_SIMPLIFIED_OPEN, ContractType.SERVICES, "59999.99",
            priceOnly("59999.99")))).isEmpty();
        assertThat(violations(tender(ProcedureType.SUPER_SIMPLIFIED_OPEN, ContractType.SERVICES, "60000.00",
            priceOnly("60000.00")))).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("LCSP-159.6", "estimatedValue"));
    }

    @Test
    void superSimplifiedWorksMustBeBelowEightyThousand() {
        assertThat(violations(tender(ProcedureType.SUPER_SIMPLIFIED_OPEN, ContractType.WORKS, "79999.99",
            priceOnly("79999.99")))).isEmpty();
        assertThat(ruleIds(violations(tender(ProcedureType.SUPER_SIMPLIFIED_OPEN, ContractType.WORKS, "80000.00",
            priceOnly("80000.00"))))).containsExactly("LCSP-159.6");
    }

    @Test
    void superSimplifiedAllowsNoValueJudgmentAtAll() {
        Lot formulasOnly = lot("L1", Money.euros("50000.00"), price("C1", "90"), formulaQuality("C2", "10"));
        assertThat(violations(tender(ProcedureType.SUPER_SIMPLIFIED_OPEN, ContractType.SERVICES, "50000.00",
            formulasOnly))).isEmpty();
        Lot someJudgment = lot("L1", Money.euros("50000.00"), price("C1", "99.99"), judgment("C2", "0.01"));
        List<Violation> v = violations(tender(ProcedureType.SUPER_SIMPLIFIED_OPEN, ContractType.SERVICES,
            "50000.00", someJudgment));
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("LCSP-159.6.c", "lots[0].criteria"));
        assertThat(v.get(0).message()).contains("1 value-judgment criteria worth 0.01 points");
    }

    @Test
    void superSimplifiedExcludesIntellectualServices() {
        Lot lot = lot("L1", Money.euros("30000.00"), price("C1", "40"), formulaQuality("C2", "60"));
        assertThat(violations(tender(ProcedureType.SUPER_SIMPLIFIED_OPEN, ContractType.SERVICES,
            ServiceCharacter.INTELLECTUAL, "30000.00", lot))).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("LCSP-159.6", "procedure"));
    }

    @Test
    void superSimplifiedIsNotForConcessions() {
        assertThat(ruleIds(violations(tender(ProcedureType.SUPER_SIMPLIFIED_OPEN, ContractType.SERVICES_CONCESSION,
            "30000.00", priceOnly("30000.00"))))).containsExactly("LCSP-159.6");
    }

    // --- LCSP art. 145.4: quality for intellectual and Annex IV services

    private static Tender openServices(ServiceCharacter character, AwardCriterion... criteria) {
        return tender(ProcedureType.OPEN, ContractType.SERVICES, character, "500000.00",
            lot("L1", Money.euros("500000.00"), criteria));
    }

    @Test
    void intellectualServicesNeedFiftyOnePerCentQuality() {
        assertThat(violations(openServices(ServiceCharacter.INTELLECTUAL, price("C1", "49"),
            formulaQuality("C2", "26"), judgment("C3", "25")))).isEmpty();
        List<Violation> v = violations(openServices(ServiceCharacter.INTELLECTUAL, price("C1", "49.01"),
            formulaQuality("C2", "25.99"), judgment("C3", "25")));
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("LCSP-145.4", "lots[0].criteria"));
        assertThat(v.get(0).message()).isEqualTo("lot L1: quality criteria weigh 50.99 % of the points;"
            + " intellectual services need at least 51.00 % (LCSP art. 145.4)");
    }

    @Test
    void annexIvServicesNeedFiftyOnePerCentQuality() {
        assertThat(violations(openServices(ServiceCharacter.ANNEX_IV, price("C1", "49"),
            formulaQuality("C2", "51")))).isEmpty();
        List<Violation> v = violations(openServices(ServiceCharacter.ANNEX_IV, price("C1", "40"),
            cost("C2", "10"), formulaQuality("C3", "50")));
        assertThat(ruleIds(v)).containsExactly("LCSP-145.4");
        assertThat(v.get(0).message(SPANISH)).contains("los servicios del anexo IV exigen al menos el 51.00 %");
    }

    @Test
    void ordinaryServicesHaveNoMinimumQuality() {
        assertThat(violations(openServices(ServiceCharacter.ORDINARY, price("C1", "100")))).isEmpty();
    }

    // --- LCSP art. 145.7: improvements. The cap applies only "en los supuestos en que su valoración se
    // efectúe de conformidad con lo establecido en el apartado segundo, letra a) del artículo siguiente":
    // improvements valued by judgment where the committee of experts of art. 146.2.a values them (open or
    // restricted procedure, value-judgment points above formula points). Shares below are worked by hand.

    @Test
    void judgedImprovementsAtExactlyTwoAndAHalfPerCentAreAllowed() {
        // judged 57.5 + 2.5 = 60 > formula 40; improvements 2.5 of 100 = 2.50 %, the cap itself
        Tender atCap = tenderWithCommittee(3, price("C1", "40"), judgment("C2", "57.5"),
            judgedImprovement("C3", "2.5"));
        assertThat(violations(atCap)).isEmpty();
    }

    @Test
    void judgedImprovementsOneHundredthOfAPointAboveTheCapBreakArticle145_7() {
        // judged 57.49 + 2.51 = 60 > formula 40; improvements 2.51 of 100 = 2.51 % > 2.50 %
        Tender above = tenderWithCommittee(3, price("C1", "40"), judgment("C2", "57.49"),
            judgedImprovement("C3", "2.51"));
        List<Violation> v = violations(above);
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("LCSP-145.7", "lots[0].criteria"));
        assertThat(v.get(0).message()).isEqualTo("lot L1: improvements valued by value judgment weigh 2.51"
            + " points, 2.51 % of the points; where value-judgment criteria (60.00 points) outweigh formula"
            + " criteria (40.00 points) in an open or restricted procedure, a committee of experts values them"
            + " (LCSP art. 146.2.a) and they may weigh at most 2.50 %; improvements scored by formula are not"
            + " capped (LCSP art. 145.7)");
        assertThat(v.get(0).message(SPANISH)).isEqualTo("lote L1: las mejoras valoradas mediante juicio de valor"
            + " pesan 2.51 puntos, el 2.51 % de los puntos; cuando los criterios de juicio de valor (60.00 puntos)"
            + " superan a los de fórmula (40.00 puntos) en un procedimiento abierto o restringido, las valora un"
            + " comité de expertos (art. 146.2.a LCSP) y pueden pesar como máximo el 2.50 %; las mejoras"
            + " valoradas mediante fórmula no tienen ese límite (art. 145.7 LCSP)");
    }

    @Test
    void capIsAShareOfTheLotsOwnTotalNotOfAHundredPoints() {
        // total 80: 2.5 % of 80 = 2.00 points. 2.00 is allowed (2.00 * 100 = 200 = 2.5 * 80);
        // 2.01 is not (2.01 / 80 = 2.5125 %, shown 2.51 %).
        assertThat(violations(tenderWithCommittee(3, price("C1", "30"), judgment("C2", "48"),
            judgedImprovement("C3", "2")))).isEmpty();
        List<Violation> v = violations(tenderWithCommittee(3, price("C1", "30"), judgment("C2", "47.99"),
            judgedImprovement("C3", "2.01")));
        assertThat(ruleIds(v)).containsExactly("LCSP-145.7");
        assertThat(v.get(0).arguments()).containsEntry("share", "2.51 %").containsEntry("improvements", "2.01");
    }

    @Test
    void formulaImprovementsOfTenPerCentAreNotCapped() {
        // judged 60 > formula 30 + 10 = 40, yet the 10 % of improvements are scored by formula
        Tender formula = tenderWithCommittee(3, price("C1", "30"), formulaImprovement("C2", "10"),
            judgment("C3", "60"));
        assertThat(violations(formula)).isEmpty();
    }

    @Test
    void onlyTheJudgedPartOfMixedImprovementsCounts() {
        // improvements 2.5 judged + 10 by formula = 12.5 points; only the 2.5 judged count: 2.50 %, allowed
        Tender mixed = tenderWithCommittee(3, price("C1", "30"), formulaImprovement("C2", "10"),
            judgment("C3", "57.5"), judgedImprovement("C4", "2.5"));
        assertThat(violations(mixed)).isEmpty();
        // 2.51 judged + 10 by formula: the judged 2.51 % break the cap, the formula 10 points do not add to it
        List<Violation> v = violations(tenderWithCommittee(3, price("C1", "30"), formulaImprovement("C2", "10"),
            judgment("C3", "57.49"), judgedImprovement("C4", "2.51")));
        assertThat(ruleIds(v)).containsExactly("LCSP-145.7");
        assertThat(v.get(0).arguments()).containsEntry("improvements", "2.51").containsEntry("share", "2.51 %");
    }

    @Test
    void judgedImprovementSubCriterionCountsTowardsTheCap() {
        // a value-judgment criterion of 60 split into 57.49 of technical report and 2.51 of improvements
        AwardCriterion parent = AwardCriterion.builder().id(io.otp.core.id.CriterionId.of("C2")).name("Calidad")
            .type(io.otp.core.tender.CriterionType.QUALITY).method(io.otp.core.tender.EvaluationMethod.VALUE_JUDGMENT)
            .maxPoints(io.otp.core.money.Points.of("60"))
            .addSubCriteria(judgment("C2.1", "57.49"), judgedImprovement("C2.2", "2.51")).build();
        List<Violation> v = violations(tenderWithCommittee(3, price("C1", "40"), parent));
        assertThat(ruleIds(v)).containsExactly("LCSP-145.7");
        assertThat(v.get(0).arguments()).containsEntry("improvements", "2.51");
    }

    @Test
    void judgedImprovementsAreNotCappedWhenJudgmentDoesNotOutweighFormulas() {
        // judged 40 + 10 = 50, formula 50: art. 146.2.a needs MORE value-judgment points, so no cap
        Tender balanced = tenderWithCommittee(0, price("C1", "50"), judgment("C2", "40"),
            judgedImprovement("C3", "10"));
        assertThat(violations(balanced)).isEmpty();
        // judged 39 + 10 = 49 < formula 51
        Tender formulaAhead = tenderWithCommittee(0, price("C1", "51"), judgment("C2", "39"),
            judgedImprovement("C3", "10"));
        assertThat(violations(formulaAhead)).isEmpty();
    }

    @Test
    void judgedImprovementsAreCappedInRestrictedProceduresToo() {
        assertThat(ruleIds(violations(tenderWithCommittee(ProcedureType.RESTRICTED, 3, price("C1", "40"),
            judgment("C2", "57.49"), judgedImprovement("C3", "2.51"))))).containsExactly("LCSP-145.7");
    }

    @Test
    void judgedImprovementsAreNotCappedWhereArticle146_2aDoesNotApply() {
        // a negotiated procedure has no committee of experts under art. 146.2.a, so neither rule applies
        // even with judged 60 > formula 40 and judged improvements of 10 %
        assertThat(violations(tenderWithCommittee(ProcedureType.NEGOTIATED_WITH_PUBLICATION, 0, price("C1", "40"),
            judgment("C2", "50"), judgedImprovement("C3", "10")))).isEmpty();
    }

    // --- LCSP art. 146.2.a: committee of experts

    private static Tender tenderWithCommittee(int experts, AwardCriterion... criteria) {
        return tenderWithCommittee(ProcedureType.OPEN, experts, criteria);
    }

    private static Tender tenderWithCommittee(ProcedureType procedure, int experts, AwardCriterion... criteria) {
        Tender.Builder b = tenderBuilder("T1").procedure(procedure).contractType(ContractType.SERVICES)
            .estimatedValue(Money.euros("500000.00")).noDivisionJustification("Prestación única")
            .addLots(lot("L1", Money.euros("500000.00"), criteria));
        for (int i = 1; i <= experts; i++) {
            b.addExpertCommittee(PersonId.of("P" + i));
        }
        return b.build();
    }

    @Test
    void openProcedureWhereJudgmentOutweighsFormulasNeedsThreeExperts() {
        assertThat(violations(tenderWithCommittee(3, price("C1", "49"), judgment("C2", "51")))).isEmpty();
        List<Violation> v = violations(tenderWithCommittee(2, price("C1", "49"), judgment("C2", "51")));
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("LCSP-146.2.a", "expertCommittee"));
        assertThat(v.get(0).message()).isEqualTo("lot L1: value-judgment criteria (51.00 points) outweigh formula"
            + " criteria (49.00 points), so a committee of at least 3 experts must score them; the tender names 2"
            + " (LCSP art. 146.2.a)");
    }

    @Test
    void noCommitteeNeededWhenJudgmentEqualsFormulas() {
        assertThat(violations(tenderWithCommittee(0, price("C1", "50"), judgment("C2", "50")))).isEmpty();
    }

    @Test
    void committeeRuleAppliesToOpenAndRestrictedProceduresOnly() {
        assertThat(ruleIds(violations(tenderWithCommittee(ProcedureType.RESTRICTED, 0, price("C1", "40"),
            judgment("C2", "60"))))).containsExactly("LCSP-146.2.a");
        assertThat(violations(tenderWithCommittee(ProcedureType.NEGOTIATED_WITH_PUBLICATION, 0,
            price("C1", "40"), judgment("C2", "60")))).isEmpty();
    }

    // --- LCSP arts. 99.3 and 101

    @Test
    void singleLotNeedsReasonsForNotDividing() {
        Tender.Builder base = tenderBuilder("T1").procedure(ProcedureType.OPEN).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("50000.00")).addLots(priceOnly("50000.00"));
        List<Violation> v = violations(base.build());
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("LCSP-99.3", "noDivisionJustification"));
        Tender blank = tenderBuilder("T1").procedure(ProcedureType.OPEN).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("50000.00")).addLots(priceOnly("50000.00"))
            .noDivisionJustification("  ").build();
        assertThat(ruleIds(violations(blank))).containsExactly("LCSP-99.3");
        Tender twoLots = tenderBuilder("T1").procedure(ProcedureType.OPEN).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("50000.00"))
            .addLots(lot("L1", Money.euros("30000.00"), price("C1", "100")),
                lot("L2", Money.euros("20000.00"), price("C1", "100"))).build();
        assertThat(violations(twoLots)).isEmpty();
    }

    @Test
    void estimatedValueBelowTheSumOfTheLotsBreaksArticle101() {
        Lot l1 = lot("L1", Money.euros("60000.00"), price("C1", "100"));
        Lot l2 = lot("L2", Money.euros("40000.00"), price("C1", "100"));
        assertThat(violations(tender(ProcedureType.OPEN, ContractType.SUPPLIES, "100000.00", l1, l2))).isEmpty();
        List<Violation> v = violations(tender(ProcedureType.OPEN, ContractType.SUPPLIES, "99999.99", l1, l2));
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("LCSP-101", "estimatedValue"));
        assertThat(v.get(0).message()).contains("99999.99 EUR is below the base budget of 100000.00 EUR");
    }

    // --- scope and context

    @Test
    void awardCriteriaRulesDoNotApplyToMinorContracts() {
        Lot priceOnly = priceOnly("10000.00");
        assertThat(violations(tender(ProcedureType.MINOR_CONTRACT, ContractType.SERVICES,
            ServiceCharacter.INTELLECTUAL, "10000.00", priceOnly))).isEmpty();
    }

    @Test
    void reportsEveryBrokenRuleInOneCall() {
        // Intellectual services, simplified procedure: 150,000 EUR is not below 140,000 (159.1.a);
        // value judgment 50 % above 45 % (159.1.b); quality 50 % below 51 % (145.4); one lot without
        // reasons (99.3); estimated value below the lot's 160,000 EUR budget (101).
        Tender tender = tenderBuilder("T1").procedure(ProcedureType.SIMPLIFIED_OPEN)
            .contractType(ContractType.SERVICES).serviceCharacter(ServiceCharacter.INTELLECTUAL)
            .estimatedValue(Money.euros("150000.00"))
            .addLots(lot("L1", Money.euros("160000.00"), price("C1", "50"), judgment("C2", "50"))).build();
        List<Violation> v = violations(tender);
        assertThat(ruleIds(v)).containsExactly("LCSP-159.1.a", "LCSP-159.1.b", "LCSP-145.4", "LCSP-99.3",
            "LCSP-101");
        assertThatThrownBy(() -> VALIDATOR.check(tender, DAY_2026)).isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).isEqualTo(v))
            .hasMessageStartingWith("5 rules broken:");
    }

    @Test
    void checkPassesSilentlyOnAValidTender() {
        VALIDATOR.check(tender(ProcedureType.OPEN, ContractType.SUPPLIES, "50000.00", priceOnly("50000.00")),
            DAY_2026);
        assertThat(VALIDATOR.validate(tender(ProcedureType.OPEN, ContractType.SUPPLIES, "50000.00",
            priceOnly("50000.00")), DAY_2026)).isEmpty();
    }

    @Test
    void missingThresholdsAreReportedWhileOtherRulesStillRun() {
        Tender published2023 = tenderBuilder("T1").procedure(ProcedureType.MINOR_CONTRACT)
            .contractType(ContractType.SUPPLIES).estimatedValue(Money.euros("90000.00"))
            .addLots(priceOnly("90000.00"))
            .keyDates(KeyDates.builder().publication(LocalDate.of(2023, 5, 1)).build()).build();
        List<Violation> v = VALIDATOR.validate(published2023, DAY_2026);
        assertThat(v).extracting(Violation::ruleId, Violation::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple("OTP-THRESHOLDS", "keyDates.publication"),
            org.assertj.core.groups.Tuple.tuple("LCSP-99.3", "noDivisionJustification"));
        assertThat(v.get(0).message()).isEqualTo("no legal thresholds are known for 2023-05-01: the threshold"
            + " table covers 2024-01-01/2025-12-31, 2026-01-01/2027-12-31; add the period in force to the"
            + " ThresholdTable");
        Tender unpublished = tender(ProcedureType.OPEN, ContractType.SUPPLIES, "1000.00", priceOnly("1000.00"));
        assertThat(VALIDATOR.validate(unpublished, LocalDate.of(2030, 1, 1)))
            .extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("OTP-THRESHOLDS", ""));
    }

    @Test
    void tenderInAnotherCurrencyIsReportedNotThrown() {
        Currency usd = Currency.getInstance("USD");
        Lot lot = Lot.builder().id(io.otp.core.id.LotId.of("L1")).title("Lote")
            .budget(Money.of(new BigDecimal("1000.00"), usd)).addCriteria(price("C1", "100")).build();
        Tender tender = tenderBuilder("T1").procedure(ProcedureType.MINOR_CONTRACT)
            .contractType(ContractType.SUPPLIES).estimatedValue(Money.of(new BigDecimal("1000.00"), usd))
            .addLots(lot).noDivisionJustification("Prestación única").build();
        assertThat(violations(tender)).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("OTP-MONEY-CURRENCY", "estimatedValue"));
    }

    @Test
    void rulesCanBeAppliedWithExplicitThresholds() {
        LegalThresholds in2025 = ThresholdTable.builtIns().forDate(LocalDate.of(2025, 1, 1));
        Tender tender = tender(ProcedureType.SIMPLIFIED_OPEN, ContractType.SUPPLIES, "142000.00",
            priceOnly("142000.00"));
        assertThat(ProcurementRules.tenderViolations(tender, in2025)).isEmpty();
        assertThat(ruleIds(ProcurementRules.tenderViolations(tender,
            ThresholdTable.builtIns().forDate(LocalDate.of(2026, 1, 1))))).containsExactly("LCSP-159.1.a");
    }
}
