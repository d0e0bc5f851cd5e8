package io.otp.scoring.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.scoring.testing.PointsMatrixGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class WeightSensitivityTest {

    private static final CriterionId TECH = CriterionId.of("TECH");
    private static final CriterionId PRICE = CriterionId.of("PRICE");
    private static final BidId B1 = BidId.of("B1");
    private static final BidId B2 = BidId.of("B2");

    private static PointsMatrix twoBids() {
        return PointsMatrix.builder()
            .criterion(TECH, new BigDecimal("40")).criterion(PRICE, new BigDecimal("60"))
            .points(B1, TECH, new BigDecimal("38")).points(B1, PRICE, new BigDecimal("36"))
            .points(B2, TECH, new BigDecimal("12")).points(B2, PRICE, new BigDecimal("60"))
            .build();
    }

    @Test
    void findsTheExactThresholdOfTheHandExample() {
        // Hand calculation: B1 = 38 + 36 = 74, B2 = 12 + 60 = 72. Changing TECH by d (PRICE gets -d):
        // B1(d) = 74 + d * (38/40 - 36/60) = 74 + 0.35 d; B2(d) = 72 + d * (12/40 - 60/60) = 72 - 0.7 d.
        // They meet at d = -2 / 1.05 = -40/21 = -1.904762 points = -4.761905 % of 40. Raising TECH never helps B2.
        CriterionSensitivity tech = WeightSensitivity.analyse(twoBids(), TECH);
        assertThat(tech.winner()).isEqualTo(B1);
        assertThat(tech.increase()).isEmpty();
        WeightChange down = tech.decrease().orElseThrow();
        assertThat(down.newWinner()).isEqualTo(B2);
        assertThat(down.points().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("-1.904762");
        assertThat(down.percentOfWeight().orElseThrow().setScale(6, RoundingMode.HALF_UP))
            .isEqualByComparingTo("-4.761905");
        assertThat(tech.toString()).contains("no change within [0, total]");

        // Symmetrically, PRICE must rise by 40/21 points (3.174603 % of 60).
        CriterionSensitivity price = WeightSensitivity.analyse(twoBids(), PRICE);
        assertThat(price.decrease()).isEmpty();
        assertThat(price.increase().orElseThrow().points().setScale(6, RoundingMode.HALF_UP))
            .isEqualByComparingTo("1.904762");
        assertThat(price.increase().orElseThrow().percentOfWeight().orElseThrow().setScale(6, RoundingMode.HALF_UP))
            .isEqualByComparingTo("3.174603");
    }

    @Test
    void redistributionKeepsTheTotal() {
        qt().forAll(PointsMatrixGenerators.matrices()).checkAssert(m -> {
            for (CriterionId c : m.criteria()) {
                if (m.total().compareTo(m.weights().get(c)) == 0) {
                    continue; // nothing to redistribute over: documented in weightsAfterChange
                }
                BigDecimal sum = m.weightsAfterChange(c, new BigDecimal("-0.5").min(m.weights().get(c).negate()))
                    .values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum.subtract(m.total()).abs()).isLessThan(new BigDecimal("1e-12"));
            }
        });
    }

    @Test
    void thresholdFlipsTheWinnerJustBeyondAndNotBefore() {
        qt().forAll(PointsMatrixGenerators.matrices()).checkAssert(m -> {
            BidId winner = m.ranking().get(0);
            BigDecimal total = m.total();
            for (CriterionSensitivity s : WeightSensitivity.analyse(m)) {
                CriterionId c = s.criterion();
                BigDecimal w = s.declaredWeight();
                BigDecimal rest = total.subtract(w);
                assertThat(s.winner()).isEqualTo(winner);
                check(m, c, winner, s.increase().map(WeightChange::points).orElse(null), rest, BigDecimal.ONE);
                check(m, c, winner, s.decrease().map(WeightChange::points).orElse(null), w.negate(),
                    BigDecimal.ONE.negate());
            }
        });
    }

    private static void check(PointsMatrix m, CriterionId c, BidId winner, BigDecimal d, BigDecimal limit,
            BigDecimal sign) {
        if (limit.signum() == 0 || m.total().compareTo(m.weights().get(c)) == 0) {
            return;
        }
        if (d == null) {
            // No change within the range: even close to the end the winner is the same.
            BigDecimal nearEnd = limit.multiply(new BigDecimal("0.999999"));
            assertThat(m.rankingAt(m.weightsAfterChange(c, nearEnd)).get(0)).isEqualTo(winner);
            return;
        }
        assertThat(d.signum() * sign.signum()).isGreaterThanOrEqualTo(0);
        BigDecimal eps = new BigDecimal("1e-7").multiply(BigDecimal.ONE.max(d.abs())).multiply(sign);
        BigDecimal beyond = d.add(eps);
        if (beyond.abs().compareTo(limit.abs()) <= 0) {
            assertThat(m.rankingAt(m.weightsAfterChange(c, beyond)).get(0)).isNotEqualTo(winner);
        }
        if (d.signum() != 0) {
            BigDecimal before = d.subtract(eps);
            assertThat(m.rankingAt(m.weightsAfterChange(c, before)).get(0)).isEqualTo(winner);
        }
    }
}
