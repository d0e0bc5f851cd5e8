package io.otp.core.rules;

import static io.otp.core.testing.TenderGenerators.REFERENCE_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.Violation;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.core.testing.TenderGenerators;
import java.math.BigDecimal;
import java.util.HashSet;
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
    // --- LCSP art. 145.7 against the test's own reading of the article, exact decimals, no SDK arithmetic

    private static final BigDecimal CAP = new BigDecimal("2.5");

    private static BigDecimal judgedImprovements(AwardCriterion c) {
        if (c.improvement()) {
            return c.method() == EvaluationMethod.VALUE_JUDGMENT ? c.maxPoints().value() : BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (AwardCriterion child : c.subCriteria()) {
            sum = sum.add(judgedImprovements(child));
        }
        return sum;
    }

    private static BigDecimal topLevel(Lot lot, EvaluationMethod method) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AwardCriterion c : lot.criteria()) {
            if (c.method() == method) {
                sum = sum.add(c.maxPoints().value());
            }
        }
        return sum;
    }

    /** The cap applies to judged improvements where art. 146.2.a calls a committee of experts. */
    private static boolean capBroken(Tender t, Lot lot) {
        boolean article146_2a = (t.procedure() == ProcedureType.OPEN || t.procedure() == ProcedureType.RESTRICTED)
            && topLevel(lot, EvaluationMethod.VALUE_JUDGMENT).compareTo(topLevel(lot, EvaluationMethod.FORMULA)) > 0;
        BigDecimal judged = BigDecimal.ZERO;
        for (AwardCriterion c : lot.criteria()) {
            judged = judged.add(judgedImprovements(c));
        }
        // share > 2.5 % decided as points * 100 > 2.5 * total, without dividing
        return article146_2a && judged.movePointRight(2).compareTo(CAP.multiply(lot.totalPoints().value())) > 0;
    }

    private static Set<String> reported(List<Violation> violations, String ruleId) {
        return violations.stream().filter(v -> v.ruleId().equals(ruleId)).map(Violation::path)
            .collect(Collectors.toSet());
    }

    @Test
    void improvementsCapFlagsExactlyTheLotsWhoseJudgedImprovementsExceedTwoAndAHalfPerCentUnderArticle146_2a() {
        qt().withExamples(1000).forAll(TenderGenerators.anyTenders()).checkAssert(t -> {
            List<Violation> all = VALIDATOR.validate(t, REFERENCE_DATE);
            Set<String> expected = new HashSet<>();
            // a warning that the latest known thresholds were applied (a date after them) lets the lot rules run
            boolean lotRulesRan = t.procedure() != ProcedureType.MINOR_CONTRACT
                && all.stream().noneMatch(v -> v.ruleId().equals(ProcurementRules.THRESHOLDS_IN_FORCE) && v.isError());
            for (int i = 0; lotRulesRan && i < t.lots().size(); i++) {
                if (capBroken(t, t.lots().get(i))) {
                    expected.add("lots[" + i + "].criteria");
                }
            }
            assertThat(reported(all, ProcurementRules.IMPROVEMENTS_CAP)).as("%s", t).isEqualTo(expected);
        });
    }

    @Test
    void improvementsCapNeverFlagsALotWithoutJudgedImprovements() {
        qt().withExamples(1000).forAll(TenderGenerators.anyTenders()).checkAssert(t -> {
            for (String path : reported(VALIDATOR.validate(t, REFERENCE_DATE), ProcurementRules.IMPROVEMENTS_CAP)) {
                int i = Integer.parseInt(path.substring("lots[".length(), path.indexOf(']')));
                BigDecimal judged = BigDecimal.ZERO;
                for (AwardCriterion c : t.lots().get(i).criteria()) {
                    judged = judged.add(judgedImprovements(c));
                }
                assertThat(judged.signum()).as("%s flagged at %s", t, path).isPositive();
            }
        });
    }
}
