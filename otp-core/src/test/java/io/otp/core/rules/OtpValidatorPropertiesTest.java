package io.otp.core.rules;

import static io.otp.core.testing.TenderGenerators.REFERENCE_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.Violation;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.core.testing.TenderGenerators;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Invariants of the rules over generated tenders and bids. */
class OtpValidatorPropertiesTest {

    private static final OtpValidator VALIDATOR = OtpValidator.standard();

    @Test
    void tendersBuiltWithinEveryLimitHaveNoViolations() {
        qt().forAll(TenderGenerators.validTenders())
            .checkAssert(t -> assertThat(VALIDATOR.validate(t, REFERENCE_DATE)).isEmpty());
    }

    @Test
    void noFalsePositivesForAnyProcedure() {
        for (ProcedureType procedure : ProcedureType.values()) {
            qt().withExamples(300).forAll(TenderGenerators.validTenders(procedure))
                .checkAssert(t -> assertThat(VALIDATOR.validate(t, REFERENCE_DATE))
                    .as("%s tender %s", procedure, t).isEmpty());
        }
    }

    @Test
    void judgmentShareAboveTheCapIsReportedOnExactlyTheLotsOverIt() {
        qt().forAll(TenderGenerators.simplifiedTendersOverJudgmentCap()).checkAssert(c -> {
            Set<String> reported = VALIDATOR.validate(c.tender(), REFERENCE_DATE).stream()
                .filter(v -> v.ruleId().equals(ProcurementRules.SIMPLIFIED_VALUE_JUDGMENT))
                .map(Violation::path).collect(Collectors.toSet());
            Set<String> expected = c.lotsOverCap().stream().map(i -> "lots[" + i + "].criteria")
                .collect(Collectors.toSet());
            assertThat(reported).isEqualTo(expected);
        });
    }

    @Test
    void validBidsForValidTendersHaveNoViolations() {
        qt().forAll(TenderGenerators.validTenders().flatMap(t -> TenderGenerators.validBids(t).map(b -> Map.entry(t, b))))
            .checkAssert(e -> {
                List<Bid> bids = e.getValue();
                assertThat(VALIDATOR.validate(e.getKey(), bids, REFERENCE_DATE)).isEmpty();
            });
    }

    @Test
    void everyViolationReportedIsInTheCatalogueWithAKnownMessage() {
        qt().forAll(TenderGenerators.anyTenders()).checkAssert(t -> {
            for (Violation v : VALIDATOR.validate(t, REFERENCE_DATE)) {
                assertThat(ProcurementRules.messageKeys(v.ruleId())).as(v.toString()).contains(v.messageKey());
                assertThat(v.message()).as(v.toString()).doesNotContain("{").doesNotStartWith(v.messageKey());
            }
        });
    }

    @Test
    void generatedTendersExerciseEveryTenderRule() {
        Set<String> seen = new java.util.HashSet<>();
        qt().withExamples(1500).forAll(TenderGenerators.anyTenders())
            .checkAssert(t -> VALIDATOR.validate(t).forEach(v -> seen.add(v.ruleId())));
        assertThat(seen).as("rules the generated tenders break, so that agreement tests are not vacuous")
            .contains(ProcurementRules.MINOR_CONTRACT, ProcurementRules.SIMPLIFIED_SCOPE,
                ProcurementRules.SIMPLIFIED_VALUE, ProcurementRules.SIMPLIFIED_VALUE_JUDGMENT,
                ProcurementRules.SUPER_SIMPLIFIED, ProcurementRules.SUPER_SIMPLIFIED_FORMULA_ONLY,
                ProcurementRules.QUALITY_SHARE, ProcurementRules.IMPROVEMENTS_CAP, ProcurementRules.EXPERT_COMMITTEE,
                ProcurementRules.NO_DIVISION_JUSTIFICATION, ProcurementRules.ESTIMATED_VALUE,
                ProcurementRules.THRESHOLDS_IN_FORCE);
    }
}
