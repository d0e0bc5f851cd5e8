package io.otp.scoring.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.scoring.testing.PointsMatrixGenerators;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankReversalTest {

    private static final CriterionId TECH = CriterionId.of("TECH");
    private static final CriterionId PRICE = CriterionId.of("PRICE");
    private static final BidId A = BidId.of("A");
    private static final BidId B = BidId.of("B");
    private static final BidId C = BidId.of("C");
    private static final Map<BidId, BigDecimal> PRICES = Map.of(A, new BigDecimal("100"), B, new BigDecimal("200"),
        C, new BigDecimal("400"));
    private static final Map<BidId, BigDecimal> TECH_POINTS = Map.of(A, BigDecimal.ZERO, B, BigDecimal.TEN,
        C, new BigDecimal("30"));

    /** Inverse-proportional price points 60 * Pmin / Pi (DOMAIN.md section 4) over the bids given, plus fixed tech. */
    private static PointsMatrix score(Set<BidId> bids) {
        BigDecimal pmin = bids.stream().map(PRICES::get).min(BigDecimal::compareTo).orElseThrow();
        PointsMatrix.Builder m = PointsMatrix.builder().criterion(TECH, new BigDecimal("40"))
            .criterion(PRICE, new BigDecimal("60"));
        for (BidId b : bids) {
            m.points(b, TECH, TECH_POINTS.get(b));
            m.points(b, PRICE, new BigDecimal("60").multiply(pmin).divide(PRICES.get(b), java.math.MathContext.DECIMAL64));
        }
        return m.build();
    }

    @Test
    void removingTheCheapestBidReversesTheOthersUnderARelativeFormula() {
        // Hand calculation: all three: A 60 + 0 = 60, B 30 + 10 = 40, C 15 + 30 = 45 -> A, C, B.
        // Without A the lowest price is 200: B 60 + 10 = 70, C 30 + 30 = 60 -> B, C: C and B swap.
        List<RankReversalOutcome> outcomes = RankReversal.check(Set.of(A, B, C), RankReversalTest::score);
        assertThat(outcomes).extracting(RankReversalOutcome::removed).containsExactly(A, B, C);
        RankReversalOutcome withoutA = outcomes.get(0);
        assertThat(withoutA.reversed()).isTrue();
        assertThat(withoutA.orderBefore()).containsExactly(C, B);
        assertThat(withoutA.orderAfter()).containsExactly(B, C);
        assertThat(outcomes.get(1).reversed()).isFalse();
        assertThat(outcomes.get(2).reversed()).isFalse();
    }

    @Test
    void fixedPointsNeverReverse() {
        qt().forAll(PointsMatrixGenerators.matrices()).checkAssert(m ->
            assertThat(RankReversal.check(m)).noneMatch(RankReversalOutcome::reversed).hasSize(m.bids().size()));
    }

    @Test
    void pointsMatrixRejectsPointsAboveTheMaximumAndMissingPoints() {
        PointsMatrix.Builder b = PointsMatrix.builder().criterion(TECH, BigDecimal.TEN).criterion(PRICE, BigDecimal.TEN)
            .points(A, TECH, new BigDecimal("11"));
        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.messageKey())
            .containsExactly("io.otp.scoring.sensitivity.points.outOfRange", "io.otp.scoring.sensitivity.points.missing"));
    }
}
