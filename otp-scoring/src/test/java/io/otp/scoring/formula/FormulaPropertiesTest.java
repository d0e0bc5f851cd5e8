package io.otp.scoring.formula;

import static io.otp.scoring.testing.FormulaGenerators.ALL_FORMULAS;
import static io.otp.scoring.testing.FormulaGenerators.PRICE_FORMULAS;
import static io.otp.scoring.testing.FormulaGenerators.arbitraryInputs;
import static io.otp.scoring.testing.FormulaGenerators.validInputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import io.otp.scoring.spi.ScoringFormula;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Properties every built-in formula keeps (issue 4, tests). */
class FormulaPropertiesTest {

    private static final Formulas FORMULAS = Formulas.builtIns();

    @Test
    void pointsLieBetweenZeroAndTheMaximum() {
        for (String id : ALL_FORMULAS) {
            ScoringFormula formula = FORMULAS.require(id);
            qt().forAll(validInputs(id)).checkAssert(input -> formula.score(input).values().forEach(s ->
                assertThat(s.points()).as(id).isBetween(BigDecimal.ZERO, input.maxPoints().value())));
        }
    }

    @Test
    void aStrictlyBetterValueNeverScoresFewerPoints() {
        for (String id : ALL_FORMULAS) {
            ScoringFormula formula = FORMULAS.require(id);
            qt().forAll(validInputs(id)).checkAssert(input -> {
                SortedMap<BidId, FormulaScore> scores = formula.score(input);
                boolean lowerIsBetter = lowerIsBetter(id, input);
                input.values().forEach((a, va) -> input.values().forEach((b, vb) -> {
                    int c = va.compareTo(vb);
                    boolean aBetter = lowerIsBetter ? c < 0 : c > 0;
                    if (aBetter) {
                        assertThat(scores.get(a).points()).as("%s: %s=%s vs %s=%s", id, a, va, b, vb)
                            .isGreaterThanOrEqualTo(scores.get(b).points());
                    }
                }));
            });
        }
    }

    @Test
    void linearBoundsIsMonotoneInBothDirections() {
        ScoringFormula formula = FORMULAS.require("linear-bounds");
        qt().forAll(validInputs("linear-bounds")).checkAssert(input -> {
            boolean lower = input.parameters().get("best").compareTo(input.parameters().get("worst")) < 0;
            SortedMap<BidId, FormulaScore> scores = formula.score(input);
            input.values().forEach((a, va) -> input.values().forEach((b, vb) -> {
                if (lower ? va.compareTo(vb) < 0 : va.compareTo(vb) > 0) {
                    assertThat(scores.get(a).points()).isGreaterThanOrEqualTo(scores.get(b).points());
                }
            }));
        });
        // Both directions really are generated: a check that the generator covers them.
        assertThat(List.of(true, false)).allSatisfy(lower -> assertThat(
            FORMULAS.require("linear-bounds").score(BuiltInFormulasTest.quantities(10,
                lower ? Map.of("worst", BigDecimal.TEN, "best", BigDecimal.ONE)
                    : Map.of("worst", BigDecimal.ONE, "best", BigDecimal.TEN), "1"))
                .get(BidId.of("B1")).points()).isEqualByComparingTo(lower ? "10" : "0"));
    }

    @Test
    void theBestValueGetsTheMaximumWhereTheFormulaPromisesIt() {
        for (String id : ALL_FORMULAS) {
            ScoringFormula formula = FORMULAS.require(id);
            qt().forAll(validInputs(id)).checkAssert(input -> {
                if (promisesMaximum(id, input)) {
                    SortedMap<BidId, FormulaScore> scores = formula.score(input);
                    BigDecimal best = lowerIsBetter(id, input)
                        ? Collections.min(input.values().values()) : Collections.max(input.values().values());
                    input.values().forEach((bid, v) -> {
                        if (v.compareTo(best) == 0) {
                            assertThat(scores.get(bid).points()).as(id)
                                .isEqualByComparingTo(input.maxPoints().value());
                        }
                    });
                }
            });
        }
    }

    @Test
    void permutingTheBidsChangesNothing() {
        for (String id : ALL_FORMULAS) {
            ScoringFormula formula = FORMULAS.require(id);
            qt().forAll(validInputs(id), integers().all()).checkAssert((input, seed) -> {
                List<BidId> bids = new ArrayList<>(input.values().keySet());
                List<BidId> shuffled = new ArrayList<>(bids);
                Collections.shuffle(shuffled, new Random(seed));
                FormulaInput.Builder b = FormulaInput.builder().maxPoints(input.maxPoints())
                    .direction(input.direction()).putAllParameters(input.parameters());
                input.budget().ifPresent(b::budget);
                for (int i = 0; i < bids.size(); i++) {
                    b.putValues(shuffled.get(i), input.values().get(bids.get(i)));
                }
                SortedMap<BidId, FormulaScore> original = formula.score(input);
                SortedMap<BidId, FormulaScore> permuted = formula.score(b.build());
                for (int i = 0; i < bids.size(); i++) {
                    assertThat(permuted.get(shuffled.get(i)).points()).as(id)
                        .isEqualTo(original.get(bids.get(i)).points());
                }
            });
        }
    }

    @Test
    void scalingPricesAndBudgetLeavesScaleFreeFormulasUnchanged() {
        // Required for inverse-proportional, linear-discount and relative-to-lowest; every price
        // formula here divides one exact rational, so all of them keep it.
        for (String id : PRICE_FORMULAS) {
            ScoringFormula formula = FORMULAS.require(id);
            qt().forAll(validInputs(id), integers().between(1, 100_000)).checkAssert((input, k) -> {
                BigDecimal factor = BigDecimal.valueOf(k, 2);
                FormulaInput.Builder b = FormulaInput.builder().maxPoints(input.maxPoints())
                    .direction(input.direction()).putAllParameters(input.parameters());
                input.budget().ifPresent(budget -> b.budget(budget.multiply(factor)));
                input.values().forEach((bid, v) -> b.putValues(bid, v.multiply(factor)));
                SortedMap<BidId, FormulaScore> scaled = formula.score(b.build());
                formula.score(input).forEach((bid, s) -> assertThat(scaled.get(bid).points()).as(id)
                    .isEqualByComparingTo(s.points()));
            });
        }
    }

    @Test
    void badInputGivesValidationExceptionsWithPathsNeverArithmeticExceptions() {
        for (String id : ALL_FORMULAS) {
            ScoringFormula formula = FORMULAS.require(id);
            qt().forAll(arbitraryInputs(id)).checkAssert(builder -> {
                try {
                    FormulaInput input = builder.build();
                    formula.score(input).values().forEach(s -> assertThat(s.points())
                        .isBetween(BigDecimal.ZERO, input.maxPoints().value()));
                } catch (ValidationException e) {
                    assertThat(e.violations()).isNotEmpty();
                    assertThat(e.violations()).extracting(Violation::path).allSatisfy(path ->
                        assertThat(path).matches("parameters\\.\\w+|values\\[B\\d+]|budget|direction"));
                }
            });
        }
    }

    private static boolean lowerIsBetter(String id, FormulaInput input) {
        if ("linear-bounds".equals(id)) {
            return input.parameters().get("best").compareTo(input.parameters().get("worst")) < 0;
        }
        return !"yes-no".equals(id);
    }

    /** Whether the formula's documentation promises M to the best value of this input. */
    private static boolean promisesMaximum(String id, FormulaInput input) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        Map<String, BigDecimal> p = input.parameters();
        switch (id) {
            case "inverse-proportional":
            case "relative-to-lowest":
                return true;
            case "linear-bounds":
                return lowerIsBetter(id, input)
                    ? Collections.min(input.values().values()).compareTo(p.get("best")) <= 0
                    : Collections.max(input.values().values()).compareTo(p.get("best")) >= 0;
            case "yes-no":
                return Collections.max(input.values().values()).compareTo(BigDecimal.ONE) == 0;
            default:
                BigDecimal budget = input.budget().orElseThrow();
                BigDecimal saving = hundred.multiply(budget.subtract(Collections.min(input.values().values())));
                switch (id) {
                    case "linear-discount":
                    case "power":
                        return saving.signum() > 0;
                    case "proportional-corrected":
                        return saving.compareTo(p.get("significantDiscount").multiply(budget)) >= 0;
                    case "satiety":
                        return saving.compareTo(p.get("satietyDiscount").multiply(budget)) >= 0;
                    case "kinked":
                        return saving.compareTo(p.get("kneeDiscount").multiply(budget)) > 0;
                    default:
                        throw new AssertionError(id);
                }
        }
    }
}
