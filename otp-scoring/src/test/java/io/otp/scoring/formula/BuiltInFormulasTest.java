package io.otp.scoring.formula;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.id.BidId;
import io.otp.core.money.Points;
import io.otp.core.tender.Direction;
import io.otp.core.tender.FormulaReference;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Worked examples of every built-in formula: DOMAIN.md section 4 and hand calculations. */
class BuiltInFormulasTest {

    private static final Formulas FORMULAS = Formulas.builtIns();
    private static final RoundingPolicy TWO_DECIMALS = RoundingPolicy.standard();

    static FormulaInput prices(long max, String budget, Map<String, BigDecimal> params, String... offers) {
        FormulaInput.Builder b = FormulaInput.builder().maxPoints(Points.of(max))
            .direction(Direction.LOWER_IS_BETTER).putAllParameters(params);
        if (budget != null) {
            b.budget(new BigDecimal(budget));
        }
        for (int i = 0; i < offers.length; i++) {
            b.putValues(BidId.of("B" + (i + 1)), new BigDecimal(offers[i]));
        }
        return b.build();
    }

    static FormulaInput quantities(long max, Map<String, BigDecimal> params, String... values) {
        FormulaInput.Builder b = FormulaInput.builder().maxPoints(Points.of(max))
            .direction(Direction.HIGHER_IS_BETTER).putAllParameters(params);
        for (int i = 0; i < values.length; i++) {
            b.putValues(BidId.of("B" + (i + 1)), new BigDecimal(values[i]));
        }
        return b.build();
    }

    static List<String> rounded(SortedMap<BidId, FormulaScore> scores) {
        // In the order of the offers given: B1, B2, ... B10 (not the text order of the ids).
        List<String> out = new ArrayList<>();
        scores.entrySet().stream()
            .sorted(java.util.Comparator.comparing(e -> Integer.parseInt(e.getKey().value().substring(1))))
            .forEach(e -> out.add(TWO_DECIMALS.apply(e.getValue().points()).toString()));
        return out;
    }

    static SortedMap<BidId, FormulaScore> score(String id, FormulaInput input) {
        return FORMULAS.require(id).score(input);
    }

    static Map<String, BigDecimal> p(String name, String value) {
        return Map.of(name, new BigDecimal(value));
    }

    @Test
    void roadsPliegoLinearDiscountScoresTenPointsPerFourPercent() {
        // DOMAIN.md section 4: roads pliego, linear on discount, bmax = 40 %, M = 100:
        // 4, 8, ... 36 % score 10, 20, ... 90; 40 % scores 100. Budget 100,000 (hand choice).
        String[] offers = {"96000", "92000", "88000", "84000", "80000", "76000", "72000", "68000", "64000", "60000"};
        assertThat(rounded(score("linear-discount", prices(100, "100000", Map.of(), offers))))
            .containsExactly("10.00", "20.00", "30.00", "40.00", "50.00", "60.00", "70.00", "80.00", "90.00",
                "100.00");
    }

    @Test
    void roadsPliegoKinkedVersionIsReproducedExactlyWithKneeTenPercentAtNinetyPoints() {
        // DOMAIN.md section 4: old kinked roads formula (90 points at 10 %), bmax = 40 %:
        // 5 % -> 45, 13 % -> 91, 16 % -> 92, 37 % -> 99, 40 % -> 100. With kneeDiscount = 10,
        // kneePoints = 90, M = 100 every number is exact (no rounding needed).
        FormulaInput input = prices(100, "100000", Map.of("kneeDiscount", BigDecimal.TEN,
            "kneePoints", BigDecimal.valueOf(90)), "95000", "87000", "84000", "63000", "60000");
        SortedMap<BidId, FormulaScore> scores = score("kinked", input);
        assertThat(scores.values()).extracting(s -> s.points().stripTrailingZeros().toPlainString())
            .containsExactly("45", "91", "92", "99", "100");
        assertThat(scores.get(BidId.of("B2")).formula()).isEqualTo("90 + (100.00 − 90) × (13 − 10) / (40 − 10)");
    }

    @Test
    void kinkedBelowTheKneeNeverReachesTheMaximum() {
        // Hand calculation: knee 10 % at 90 points, best discount 8 % -> 90 × 8 / 10 = 72; 4 % -> 36.
        assertThat(rounded(score("kinked", prices(100, "100000",
            Map.of("kneeDiscount", BigDecimal.TEN, "kneePoints", BigDecimal.valueOf(90)), "92000", "96000", "100000"))))
            .containsExactly("72.00", "36.00", "0.00");
    }

    @Test
    void inverseProportionalGivesTheLowestOfferTheMaximumAndExplainsTheNumbers() {
        // Hand calculation: M = 30; 30 × 100000 / 120000 = 25.
        SortedMap<BidId, FormulaScore> scores = score("inverse-proportional",
            prices(30, null, Map.of(), "100000.00", "120000.00"));
        assertThat(rounded(scores)).containsExactly("30.00", "25.00");
        FormulaScore second = scores.get(BidId.of("B2"));
        assertThat(second.formula()).isEqualTo("30.00 × 100000.00 / 120000.00");
        assertThat(second.inputs()).containsExactly(Map.entry("offer", new BigDecimal("120000.00")),
            Map.entry("lowestOffer", new BigDecimal("100000.00")));
    }

    @Test
    void inverseProportionalKeepsUnroundedPointsForThePolicy() {
        // Hand calculation: 40 × 80000 / 120000 = 26.666..., 16 digits (DECIMAL64), rounded half-up 26.67.
        FormulaScore third = score("inverse-proportional", prices(40, "130000", Map.of(), "80000", "100000", "120000"))
            .get(BidId.of("B3"));
        assertThat(third.points()).isEqualByComparingTo("26.66666666666667");
        assertThat(TWO_DECIMALS.apply(third.points())).isEqualTo(Points.of("26.67"));
    }

    @Test
    void linearDiscountScoresZeroForEveryoneWhenNobodyDiscounts() {
        // Decision documented in LinearDiscount: no saving, no points.
        SortedMap<BidId, FormulaScore> scores = score("linear-discount", prices(50, "1000", Map.of(), "1000", "1000"));
        assertThat(rounded(scores)).containsExactly("0.00", "0.00");
        assertThat(scores.get(BidId.of("B1")).formula()).startsWith("0 (nobody discounts");
    }

    @Test
    void singleOrEqualDiscountingBidsScoreTheMaximum() {
        assertThat(rounded(score("linear-discount", prices(50, "1000", Map.of(), "900")))).containsExactly("50.00");
        assertThat(rounded(score("linear-discount", prices(50, "1000", Map.of(), "900", "900"))))
            .containsExactly("50.00", "50.00");
        assertThat(rounded(score("inverse-proportional", prices(50, null, Map.of(), "900", "900"))))
            .containsExactly("50.00", "50.00");
        assertThat(rounded(score("relative-to-lowest", prices(50, null, Map.of(), "900"))))
            .containsExactly("50.00");
        assertThat(rounded(score("power", prices(50, "1000", p("exponent", "0.5"), "900", "900"))))
            .containsExactly("50.00", "50.00");
    }

    @Test
    void proportionalCorrectedScoresAgainstTheSignificantDiscountWhenNobodyReachesIt() {
        // Hand calculation, Bs = 5 %: discounts 2 % and 1 % -> 100 × 2 / 5 = 40, 100 × 1 / 5 = 20.
        assertThat(rounded(score("proportional-corrected",
            prices(100, "100000", p("significantDiscount", "5"), "98000", "99000", "100000"))))
            .containsExactly("40.00", "20.00", "0.00");
        // bmax = 10 % >= Bs: linear on discount; 5 % -> 50.
        assertThat(rounded(score("proportional-corrected",
            prices(100, "100000", p("significantDiscount", "5"), "90000", "95000"))))
            .containsExactly("100.00", "50.00");
        // Nobody discounts: 0 for all, no division by zero.
        assertThat(rounded(score("proportional-corrected",
            prices(100, "100000", p("significantDiscount", "5"), "100000"))))
            .containsExactly("0.00");
    }

    @Test
    void powerComputesRootsAndIntegerExponentsExactly() {
        // Hand calculation: discounts 40 % (best) and 10 % -> ratio 0.25; sqrt = 0.5; square = 0.0625.
        assertThat(score("power", prices(100, "100000", p("exponent", "0.5"), "60000", "90000"))
            .get(BidId.of("B2")).points()).isEqualByComparingTo("50");
        assertThat(score("power", prices(100, "100000", p("exponent", "2"), "60000", "90000"))
            .get(BidId.of("B2")).points()).isEqualByComparingTo("6.25");
        // 0.25^0.25 = 0.70710678118654752...; 0.25^0.3 = 0.65975395538644713 (Python decimal, 50 digits).
        assertThat(rounded(score("power", prices(100, "100000", p("exponent", "0.25"), "60000", "90000"))))
            .containsExactly("100.00", "70.71");
        BigDecimal general = score("power", prices(100, "100000", p("exponent", "0.3"), "60000", "90000"))
            .get(BidId.of("B2")).points();
        assertThat(general.subtract(new BigDecimal("65.975395538644713")).abs())
            .isLessThan(new BigDecimal("1E-12"));
    }

    @Test
    void powerScoresZeroWhenNobodyDiscounts() {
        assertThat(rounded(score("power", prices(100, "1000", p("exponent", "0.5"), "1000", "1000"))))
            .containsExactly("0.00", "0.00");
    }

    @Test
    void satietyGivesTheMaximumFromTheCapOn() {
        // Hand calculation, S = 20 %: 30 % -> 100; 20 % -> 100; 10 % -> 50; 0 % -> 0.
        assertThat(rounded(score("satiety", prices(100, "100000", p("satietyDiscount", "20"),
            "70000", "80000", "90000", "100000"))))
            .containsExactly("100.00", "100.00", "50.00", "0.00");
    }

    @Test
    void relativeToLowestLosesTheMaximumPerHundredPercentAboveTheLowest() {
        // Hand calculation: 100 × (1 − (60000 − 50000) / 50000) = 80; at twice the lowest or above: 0.
        assertThat(rounded(score("relative-to-lowest", prices(100, null, Map.of(),
            "50000", "60000", "100000", "120000"))))
            .containsExactly("100.00", "80.00", "0.00", "0.00");
    }

    @Test
    void linearBoundsScoresWarrantyYearsWhereMoreIsBetter() {
        // Hand calculation: worst 2, best 5 years, M = 10: 1 -> 0, 2 -> 0, 3 -> 3.33, 5 -> 10, 7 -> 10.
        assertThat(rounded(score("linear-bounds", quantities(10,
            Map.of("worst", BigDecimal.valueOf(2), "best", BigDecimal.valueOf(5)), "1", "2", "3", "5", "7"))))
            .containsExactly("0.00", "0.00", "3.33", "10.00", "10.00");
    }

    @Test
    void linearBoundsScoresDeliveryDaysWhereLessIsBetter() {
        // Hand calculation: worst 30, best 10 days, M = 20: 10 -> 20, 20 -> 10, 35 -> 0, 5 -> 20.
        assertThat(rounded(score("linear-bounds", quantities(20,
            Map.of("worst", BigDecimal.valueOf(30), "best", BigDecimal.TEN), "10", "20", "35", "5"))))
            .containsExactly("20.00", "10.00", "0.00", "20.00");
    }

    @Test
    void yesNoGivesTheMaximumToWhatIsOffered() {
        assertThat(rounded(score("yes-no", quantities(5, Map.of(), "1", "0", "1.00"))))
            .containsExactly("5.00", "0.00", "5.00");
    }

    @Test
    void registryScoresWithTheReferencesParameters() {
        FormulaReference reference = FormulaReference.builder().id("satiety")
            .putParameters("satietyDiscount", BigDecimal.valueOf(20)).build();
        assertThat(rounded(FORMULAS.score(reference, prices(100, "100000", Map.of(), "90000"))))
            .containsExactly("50.00");
    }

    @Test
    void noValuesGiveNoScores() {
        assertThat(score("inverse-proportional", prices(10, null, Map.of()))).isEmpty();
    }
}
