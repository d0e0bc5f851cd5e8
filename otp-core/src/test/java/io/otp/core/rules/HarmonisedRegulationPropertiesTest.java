package io.otp.core.rules;

import static io.otp.core.testing.TenderGenerators.lot;
import static io.otp.core.testing.TenderGenerators.price;
import static io.otp.core.testing.TenderGenerators.tenderBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.id.LotId;
import io.otp.core.money.Money;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ContractingAuthorityKind;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.tender.Tender;
import io.otp.core.testing.SaraGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Invariants of the harmonised-regulation assessment, against the test's own statement of the
 * 2026&ndash;2027 thresholds (DOMAIN.md section 2) and exact integer arithmetic in cents.
 */
class HarmonisedRegulationPropertiesTest {

    private static final LegalThresholds Y2026 = ThresholdTable.builtIns().forDate(LocalDate.of(2026, 6, 1));

    /** The tender's value in cents above which, or at which, each conclusion holds, as the test reads the law. */
    private static long thresholdCents(ContractType type, ContractingAuthorityKind authority, boolean annexIv) {
        switch (type) {
            case WORKS:
            case WORKS_CONCESSION:
            case SERVICES_CONCESSION:
                return 540_400_000L;
            case SERVICES:
                if (annexIv) {
                    return 75_000_000L;
                }
                return authority == ContractingAuthorityKind.OTHER ? 21_600_000L : 14_000_000L;
            default:
                return authority == ContractingAuthorityKind.OTHER ? 21_600_000L : 14_000_000L;
        }
    }

    private static Tender tender(ContractType type, ContractingAuthorityKind authority, Set<ServiceCharacter> characters,
                                 long cents) {
        Money value = Money.of(BigDecimal.valueOf(cents, 2), Money.EUR);
        return tenderBuilder("T1").contractType(type).procedure(ProcedureType.OPEN).authorityKind(authority)
            .addAllServiceCharacters(characters).estimatedValue(value).noDivisionJustification("Única")
            .addLots(lot("L1", value, price("C1", "100"))).build();
    }

    private static final List<Set<ServiceCharacter>> CHARACTERS = List.of(Set.of(), Set.of(ServiceCharacter.INTELLECTUAL),
        Set.of(ServiceCharacter.ANNEX_IV), Set.of(ServiceCharacter.INTELLECTUAL, ServiceCharacter.ANNEX_IV));

    @Test
    void subjectExactlyWhenTheValueReachesTheThresholdAndRaisingTheValueNeverTurnsItOff() {
        qt().withExamples(2_000).forAll(Generate.enumValues(ContractType.class),
                Generate.enumValues(ContractingAuthorityKind.class), Generate.pick(CHARACTERS),
                Generate.longRange(1, 1_000_000_000L).zip(Generate.longRange(0, 1_000_000_000L),
                    (c, r) -> new long[] {c, r}))
            .checkAssert((type, authority, characters, valueAndRaise) -> {
                long cents = valueAndRaise[0];
                long raise = valueAndRaise[1];
                SaraAssessment low = HarmonisedRegulation.assess(tender(type, authority, characters, cents), Y2026);
                SaraAssessment high = HarmonisedRegulation.assess(tender(type, authority, characters, cents + raise),
                    Y2026);
                long threshold = thresholdCents(type, authority,
                    type == ContractType.SERVICES && characters.contains(ServiceCharacter.ANNEX_IV));
                assertThat(low.subjectToHarmonisedRegulation()).isEqualTo(cents >= threshold);
                assertThat(low.threshold().amount().movePointRight(2).longValueExact()).isEqualTo(threshold);
                if (low.subjectToHarmonisedRegulation()) {
                    assertThat(high.subjectToHarmonisedRegulation()).isTrue();
                    assertThat(high.publishedInDoue()).isTrue();
                }
                if (low.specialAppeal()) {
                    assertThat(high.specialAppeal()).isTrue();
                }
                long appealLimit = type == ContractType.WORKS || type == ContractType.WORKS_CONCESSION
                    || type == ContractType.SERVICES_CONCESSION ? 300_000_000L : 10_000_000L;
                assertThat(low.specialAppeal()).isEqualTo(cents > appealLimit);
                assertThat(low.standstill().isPresent()).isEqualTo(low.specialAppeal());
            });
    }

    @Test
    void theExemptionNeverExceedsTwentyPercentAndCannotTakeAnotherEligibleLot() {
        qt().withExamples(1_000).forAll(Generate.pick(List.of(ContractType.WORKS, ContractType.SUPPLIES,
                    ContractType.SERVICES)),
                org.quicktheories.generators.SourceDSL.lists().of(Generate.longRange(1, 12_000_000L)
                    .mix(Generate.longRange(1, 20_000_000_000L), 40)).ofSizeBetween(2, 12))
            .checkAssert((type, budgets) -> {
                Tender.Builder b = tenderBuilder("T1").contractType(type).procedure(ProcedureType.OPEN);
                long total = 0;
                List<Lot> lots = new ArrayList<>();
                for (int i = 0; i < budgets.size(); i++) {
                    lots.add(lot("L" + i, Money.of(BigDecimal.valueOf(budgets.get(i), 2), Money.EUR), price("C1", "100")));
                    total += budgets.get(i);
                }
                Tender t = b.estimatedValue(Money.of(BigDecimal.valueOf(total, 2), Money.EUR)).addAllLots(lots).build();
                SaraAssessment a = HarmonisedRegulation.assess(t, Y2026);
                if (!a.subjectToHarmonisedRegulation()) {
                    assertThat(a.largestExemption()).isEmpty();
                    return;
                }
                long limit = type == ContractType.WORKS ? 100_000_000L : 8_000_000L;
                Map<LotId, Long> cents = new java.util.HashMap<>();
                for (int i = 0; i < budgets.size(); i++) {
                    cents.put(LotId.of("L" + i), budgets.get(i));
                }
                Set<LotId> eligible = cents.entrySet().stream().filter(e -> e.getValue() < limit).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
                assertThat(Set.copyOf(a.lotsEligibleForExemption())).isEqualTo(eligible);
                long exempted = a.largestExemption().stream().mapToLong(cents::get).sum();
                assertThat(exempted * 100).isLessThanOrEqualTo(20 * total);
                assertThat(eligible).containsAll(a.largestExemption());
                long smallestLeft = eligible.stream().filter(id -> !a.largestExemption().contains(id))
                    .mapToLong(cents::get).min().orElse(Long.MAX_VALUE / 200);
                assertThat((exempted + smallestLeft) * 100).isGreaterThan(20 * total);
                // The authority may exempt what the SDK proposes.
                assertThat(HarmonisedRegulation.assess(t, Y2026, Set.copyOf(a.largestExemption())).exemptedValue()
                    .amount().movePointRight(2).longValueExact()).isEqualTo(exempted);
            });
    }

    @Test
    void everyGeneratedAssessmentIsExplainedAndConsistent() {
        qt().withExamples(200).forAll(SaraGenerators.assessments()).checkAssert(a -> {
            assertThat(a.explanation()).isNotEmpty();
            assertThat(a.publishedInDoue()).isEqualTo(a.subjectToHarmonisedRegulation()
                && a.procedure() != ProcedureType.MINOR_CONTRACT);
            assertThat(a.subjectToHarmonisedRegulation()).isEqualTo(!a.valueCounted().isLessThan(a.threshold()));
            assertThat(a.lotsEligibleForExemption()).containsAll(a.exemptedLots());
            assertThat(a.exemptedValue().amount().multiply(BigDecimal.valueOf(100)))
                .isLessThanOrEqualTo(a.valueCounted().amount().multiply(BigDecimal.valueOf(20)));
        });
    }
}
