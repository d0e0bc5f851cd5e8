package io.otp.core.tender;

import static io.otp.core.tender.Fixtures.judged;
import static io.otp.core.tender.Fixtures.lot;
import static io.otp.core.tender.Fixtures.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LotTest {

    @Test
    void criteriaNotAddingUpToTheTotalAreRejectedWithBothFigures() {
        ValidationException e = catchValidation(() -> lot("L2", price("C1", 60), judged("C2", 35)));
        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("criteria", "OTP-CRITERIA-SUM"));
        assertThat(e.violations().get(0).message())
            .isEqualTo("lot L2: criteria total 95.00 points, expected 100.00");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("es")))
            .isEqualTo("lote L2: los criterios suman 95.00 puntos y deberían sumar 100.00");
    }

    @Test
    void improvementPointsAreSplitByEvaluationMethod() {
        // improvements: 2.5 judged (a leaf) + 1.5 judged (a sub-criterion) + 10 by formula = 14 in all
        AwardCriterion judgedImprovement = AwardCriterion.builder().id(CriterionId.of("J2")).name("Mejoras")
            .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of("2.5"))
            .improvement(true).build();
        AwardCriterion report = AwardCriterion.builder().id(CriterionId.of("J1")).name("Memoria")
            .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of("36.5"))
            .addSubCriteria(
                AwardCriterion.builder().id(CriterionId.of("J1.1")).name("Plan").type(CriterionType.QUALITY)
                    .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of("35")).build(),
                AwardCriterion.builder().id(CriterionId.of("J1.2")).name("Mejoras de plan").type(CriterionType.QUALITY)
                    .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of("1.5")).improvement(true).build())
            .build();
        AwardCriterion formulaImprovement = AwardCriterion.builder().id(CriterionId.of("F1")).name("Mejoras")
            .type(CriterionType.QUALITY).method(EvaluationMethod.FORMULA).maxPoints(Points.of("10"))
            .formula(FormulaReference.of("yes-no")).improvement(true).build();
        Lot lot = Lot.builder().id(LotId.of("L1")).title("Lote").budget(Money.euros(1000))
            .addCriteria(price("P", 51), report, judgedImprovement, formulaImprovement).build();
        assertThat(lot.improvementPointsBy(EvaluationMethod.VALUE_JUDGMENT)).isEqualTo(Points.of("4.00"));
        assertThat(lot.improvementPointsBy(EvaluationMethod.FORMULA)).isEqualTo(Points.of("10.00"));
        assertThat(lot.improvementPoints()).isEqualTo(Points.of("14.00"));
    }

    @Test
    void aDeclaredTotalOtherThanHundredIsHonoured() {
        Lot lot = Lot.builder().id(LotId.of("L1")).title("Lote").budget(Money.euros(1000))
            .totalPoints(Points.of(10)).addCriteria(price("P", 6), judged("J", 4)).build();
        assertThat(lot.shareOf(lot.pointsBy(EvaluationMethod.VALUE_JUDGMENT))).isEqualTo(Percentage.of(40));
    }

    @Test
    void splitsPointsByMethodAndType() {
        Lot lot = lot("L1", price("P", 55), judged("J", 45));
        assertThat(lot.pointsBy(EvaluationMethod.FORMULA)).isEqualTo(Points.of(55));
        assertThat(lot.pointsBy(EvaluationMethod.VALUE_JUDGMENT)).isEqualTo(Points.of(45));
        assertThat(lot.pointsBy(CriterionType.QUALITY)).isEqualTo(Points.of(45));
        assertThat(lot.pointsBy(CriterionType.COST)).isEqualTo(Points.ZERO);
        assertThat(lot.budgetWithVat()).isEqualTo(Money.euros("121000.00"));
    }

    @Test
    void criterionIdsMustBeUniqueAcrossTheTree() {
        AwardCriterion parent = AwardCriterion.builder().id(CriterionId.of("J")).name("Calidad")
            .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(40))
            .addSubCriteria(judged("P", 20), judged("J2", 20)).build();
        ValidationException e = catchValidation(() -> lot("L1", price("P", 60), parent));
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("OTP-UNIQUE-ID");
        assertThat(e.getMessage()).contains("criterion id P");
    }

    @Test
    void qualityThresholdCannotExceedTheJudgedPoints() {
        ValidationException e = catchValidation(() -> Lot.builder().id(LotId.of("L1")).title("Lote")
            .budget(Money.euros(1000)).addCriteria(price("P", 70), judged("J", 30))
            .qualityThreshold(Points.of(31)).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("qualityThreshold");
        assertThat(e.violations().get(0).ruleId()).isEqualTo("LCSP-146.3");
    }

    @Test
    void reportsEveryBrokenInvariantAtOnce() {
        ValidationException e = catchValidation(() -> Lot.builder().id(LotId.of("L9")).title(" ")
            .budget(Money.euros(0)).addCriteria(price("P", 10)).addCpvCodes(
                io.otp.core.classification.CpvCode.of("72000000-5"),
                io.otp.core.classification.CpvCode.of("72000000")).build());
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("title", "budget", "criteria", "cpvCodes[1]");
    }

    @Test
    void anyCriteriaWhosePointsAddUpBuildAndAnyOtherSumIsRejected() {
        // Property: a lot builds exactly when its top-level points add up to the total.
        qt().forAll(lists().of(integers().between(1, 60)).ofSizeBetween(1, 6))
            .checkAssert(points -> {
                List<AwardCriterion> criteria = new ArrayList<>();
                long sum = 0;
                for (int i = 0; i < points.size(); i++) {
                    criteria.add(i == 0 ? price("C" + i, points.get(i)) : judged("C" + i, points.get(i)));
                    sum += points.get(i);
                }
                Lot.Builder b = Lot.builder().id(LotId.of("L1")).title("Lote").budget(Money.euros(1000))
                    .totalPoints(Points.of(100)).addAllCriteria(criteria);
                if (sum == 100) {
                    assertThat(b.build().criteria()).hasSize(points.size());
                } else {
                    ValidationException e = catchValidation(b::build);
                    assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("OTP-CRITERIA-SUM");
                    assertThat(e.violations().get(0).arguments().get("total"))
                        .isEqualTo(Points.of(sum).toString());
                }
            });
    }

    static ValidationException catchValidation(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void catchValidationFailsWhenNothingIsThrown() {
        assertThatThrownBy(() -> catchValidation(() -> { })).isInstanceOf(AssertionError.class);
    }

    @Test
    void aLotWithMoreCriteriaThanTheLimitIsRefused() {
        List<AwardCriterion> criteria = new ArrayList<>();
        for (int i = 1; i <= Lot.MAX_CRITERIA + 1; i++) {
            criteria.add(AwardCriterion.builder().id(CriterionId.of("C" + i)).name("Criterio " + i)
                .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT)
                .maxPoints(Points.of(new java.math.BigDecimal("0.01"))).build());
        }
        assertThatThrownBy(() -> Lot.builder().id(LotId.of("L1"))
                .title("Lote").budget(Money.euros(1000))
                .addCpvCodes(io.otp.core.classification.CpvCode.of("72000000-5")).addAllCriteria(criteria).build())
            .isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.violations()).anySatisfy(v -> {
                    assertThat(v.ruleId()).isEqualTo("OTP-LIMIT-CRITERIA");
                    assertThat(v.message())
                        .isEqualTo("lot L1: 201 criteria and sub-criteria, at most 200");
                }));
    }
}
