package io.otp.scoring.formula;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.id.BidId;
import io.otp.core.money.Points;
import io.otp.core.tender.Direction;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaParameter;
import io.otp.scoring.spi.FormulaScore;
import io.otp.scoring.spi.ScoringFormula;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The formulas exactly at their kinks and edges; the expected points are worked by hand in the comments.
 */
class BoundaryMutantsTest {

    private static final Formulas FORMULAS = Formulas.builtIns();

    private static FormulaInput prices(long max, String budget, Map<String, BigDecimal> params, MathContext mc,
            String... offers) {
        FormulaInput.Builder b = FormulaInput.builder().maxPoints(Points.of(max)).direction(Direction.LOWER_IS_BETTER)
            .putAllParameters(params).budget(new BigDecimal(budget)).mathContext(mc);
        for (int i = 0; i < offers.length; i++) {
            b.putValues(BidId.of("B" + (i + 1)), new BigDecimal(offers[i]));
        }
        return b.build();
    }

    private static BigDecimal points(SortedMap<BidId, FormulaScore> scores, String bid) {
        return scores.get(BidId.of(bid)).points();
    }

    @Test
    void kinkedWithTheBestDiscountExactlyAtTheKneeStaysOnTheFirstSegment() {
        // k = 10 %, K = 90, M = 100, B = 100,000. B1 90,000: discount 10 % = k, so bmax = k and there is no
        // second segment: 90 x 10 / 10 = 90 (not 100). B2 95,000: 5 % -> 90 x 5 / 10 = 45.
        SortedMap<BidId, FormulaScore> scores = FORMULAS.require("kinked").score(prices(100, "100000",
            Map.of("kneeDiscount", BigDecimal.TEN, "kneePoints", new BigDecimal("90")), MathContext.DECIMAL64,
            "90000", "95000"));
        assertThat(points(scores, "B1")).isEqualByComparingTo("90");
        assertThat(points(scores, "B2")).isEqualByComparingTo("45");
        assertThat(scores.get(BidId.of("B1")).formula()).isEqualTo("90 × 10 / 10");
    }

    @Test
    void kinkedExactlyAtTheKneeScoresTheKneePointsWhenOthersDiscountMore() {
        // k = 10 %, K = 90, M = 100, B = 100,000, bmax = 40 % (60,000). 90,000 (10 %) -> 90;
        // 87,000 (13 %) -> 90 + 10 x (13 - 10) / (40 - 10) = 91; 60,000 -> 100 (DOMAIN.md section 4).
        SortedMap<BidId, FormulaScore> scores = FORMULAS.require("kinked").score(prices(100, "100000",
            Map.of("kneeDiscount", BigDecimal.TEN, "kneePoints", new BigDecimal("90")), MathContext.DECIMAL64,
            "90000", "87000", "60000"));
        assertThat(points(scores, "B1")).isEqualByComparingTo("90");
        assertThat(points(scores, "B2")).isEqualByComparingTo("91");
        assertThat(points(scores, "B3")).isEqualByComparingTo("100");
    }

    @Test
    void powerUsesExactlyTheFirst64BinaryDigitsOfAnExponent() {
        // The documented computation: an exponent whose binary expansion does not end (0.3 = 0.0100110011..._2)
        // is applied through its first 64 binary digits. t = floor(0.3 x 2^64) / 2^64 is those digits exactly
        // (a finite decimal: 2^-64 divides exactly), so 0.3 and t must give the same points to the last digit.
        // Digit 65 of 0.3 is 1 (the digits repeat 1001 from the second on: digit k is 1 when k mod 4 is 1 or 2),
        // so a 65th step would multiply by one more root, r^(2^-65), and the two results would part at about
        // the 20th significant digit: visible with 40 digits of precision.
        // B = 100,000, lowest 50,000 (bmax 50 %), offer 75,000: r = 25,000 / 50,000 = 0.5.
        BigDecimal twoTo64 = BigDecimal.valueOf(2).pow(64);
        BigDecimal t = new BigDecimal("0.3").multiply(twoTo64).setScale(0, RoundingMode.FLOOR).divide(twoTo64);
        assertThat(t).isLessThan(new BigDecimal("0.3")).isGreaterThan(new BigDecimal("0.2999999999999999999"));
        MathContext forty = new MathContext(40, RoundingMode.HALF_EVEN);
        ScoringFormula power = FORMULAS.require("power");
        BigDecimal withPointThree = points(power.score(prices(100, "100000", Map.of("exponent", new BigDecimal("0.3")),
            forty, "50000", "75000")), "B2");
        BigDecimal withT = points(power.score(prices(100, "100000", Map.of("exponent", t), forty, "50000", "75000")),
            "B2");
        assertThat(withPointThree).isEqualByComparingTo(withT);
        // 0.5^0.3 = 0.8122523963562355...: 81.225 points to three decimals.
        assertThat(withPointThree.setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo("81.225");
    }

    @Test
    void powerWithTheSquareRootIsExact() {
        // n = 0.5, B = 100,000, lowest 50,000 (bmax 50 %); offer 87,500: r = 12,500 / 50,000 = 0.25,
        // 100 x 0.25^0.5 = 50 exactly. Offer 100,000: r = 0, 0 points.
        SortedMap<BidId, FormulaScore> scores = FORMULAS.require("power").score(prices(100, "100000",
            Map.of("exponent", new BigDecimal("0.5")), new MathContext(40), "50000", "87500", "100000"));
        assertThat(points(scores, "B1")).isEqualByComparingTo("100");
        assertThat(points(scores, "B2")).isEqualByComparingTo("50");
        assertThat(points(scores, "B3")).isEqualByComparingTo("0");
    }

    @Test
    void yesNoExplainsWhetherTheBidOffered() {
        // M = 10 (points carry two decimals): value 1 scores 10, value 0 scores 0.
        FormulaInput input = FormulaInput.builder().maxPoints(Points.of(10)).direction(Direction.HIGHER_IS_BETTER)
            .putValues(BidId.of("B1"), BigDecimal.ONE).putValues(BidId.of("B2"), BigDecimal.ZERO).build();
        SortedMap<BidId, FormulaScore> scores = FORMULAS.require("yes-no").score(input);
        assertThat(points(scores, "B1")).isEqualByComparingTo("10");
        assertThat(scores.get(BidId.of("B1")).formula()).isEqualTo("10.00 (offered)");
        assertThat(points(scores, "B2")).isEqualByComparingTo("0");
        assertThat(scores.get(BidId.of("B2")).formula()).isEqualTo("0 (not offered)");
    }

    @Test
    void theFormulasWithAPercentageParameterDeclareItOpenAtBothEnds() {
        // Loaded afresh through the service loader, so each provider is constructed here.
        Formulas loaded = Formulas.discovered(Formulas.class.getClassLoader());
        for (String[] formula : new String[][] {{"proportional-corrected", "significantDiscount"},
                {"satiety", "satietyDiscount"}, {"kinked", "kneeDiscount"}}) {
            FormulaParameter p = loaded.require(formula[0]).parameters().get(0);
            assertThat(p.name()).isEqualTo(formula[1]);
            assertThat(p.minimum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
            assertThat(p.maximum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
            assertThat(p.minimumInclusive()).isFalse();
            assertThat(p.maximumInclusive()).isFalse();
        }
    }
}
