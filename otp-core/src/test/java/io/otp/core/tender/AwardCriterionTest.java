package io.otp.core.tender;

import static io.otp.core.tender.Fixtures.judged;
import static io.otp.core.tender.LotTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.CriterionId;
import io.otp.core.money.Points;
import org.junit.jupiter.api.Test;

class AwardCriterionTest {

    private static AwardCriterion.Builder base(String id) {
        AwardCriterion.Builder b = AwardCriterion.builder();
        b.id(CriterionId.of(id)).name("Criterio " + id);
        return b;
    }

    @Test
    void priceIsNeverAMatterOfJudgment() {
        ValidationException e = catchValidation(() -> base("P").type(CriterionType.PRICE)
            .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(50)).build());
        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("method", "LCSP-146.1"));
    }

    @Test
    void aFormulaLeafNamesItsFormula() {
        ValidationException e = catchValidation(() -> base("W").type(CriterionType.QUALITY)
            .method(EvaluationMethod.FORMULA).maxPoints(Points.of(10)).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("formula");
    }

    @Test
    void aValueJudgmentCriterionHasNoFormula() {
        ValidationException e = catchValidation(() -> base("J").type(CriterionType.QUALITY)
            .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(10))
            .formula(FormulaReference.of("linear-bounds")).build());
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("LCSP-146.2");
    }

    @Test
    void subCriteriaAddUpToTheirParent() {
        ValidationException e = catchValidation(() -> base("J").type(CriterionType.QUALITY)
            .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(40))
            .addSubCriteria(judged("J1", 25), judged("J2", 10)).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("subCriteria");
        assertThat(e.violations().get(0).message())
            .isEqualTo("criterion J: sub-criteria total 35.00 points, expected 40.00");
    }

    @Test
    void subCriteriaShareTheParentsMethod() {
        AwardCriterion warranty = base("W").type(CriterionType.QUALITY).method(EvaluationMethod.FORMULA)
            .maxPoints(Points.of(10)).formula(FormulaReference.of("linear-bounds")).build();
        ValidationException e = catchValidation(() -> base("Q").type(CriterionType.QUALITY)
            .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(40))
            .addSubCriteria(judged("J1", 30), warranty).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("subCriteria[1].method");
    }

    @Test
    void thresholdAboveMaximumIsRejected() {
        ValidationException e = catchValidation(() -> judgedWithThreshold(20, 21));
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("LCSP-146.3");
        assertThat(judgedWithThreshold(20, 20).minimumThreshold()).contains(Points.of(20));
    }

    private static AwardCriterion judgedWithThreshold(long max, long threshold) {
        return base("J").type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT)
            .maxPoints(Points.of(max)).minimumThreshold(Points.of(threshold)).build();
    }

    @Test
    void directionDefaultsByType() {
        assertThat(Fixtures.price("P", 10).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(judged("J", 10).direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void leavesAndFlattenWalkTheTreeInOrder() {
        AwardCriterion tree = base("Q").type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT)
            .maxPoints(Points.of(40)).addSubCriteria(judged("J1", 30), judged("J2", 10)).build();
        assertThat(tree.flatten().map(c -> c.id().value())).containsExactly("Q", "J1", "J2");
        assertThat(tree.leaves()).extracting(c -> c.id().value()).containsExactly("J1", "J2");
    }
}
