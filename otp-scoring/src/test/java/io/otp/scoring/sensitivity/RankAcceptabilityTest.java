package io.otp.scoring.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.scoring.testing.PointsMatrixGenerators;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankAcceptabilityTest {

    @Test
    void eachBidsRankSharesAddUpToOne() {
        qt().forAll(PointsMatrixGenerators.matrices(), integers().between(0, 100), longs().all())
            .checkAssert((m, x, seed) -> {
                RankAcceptabilityResult r = RankAcceptability.analyse(m, BigDecimal.valueOf(x), 300, seed);
                for (BidId b : m.bids()) {
                    assertThat(Arrays.stream(r.counts(b)).sum()).isEqualTo(300);
                    double share = 0;
                    for (int rank = 1; rank <= m.bids().size(); rank++) {
                        share += r.share(b, rank);
                    }
                    assertThat(share).isCloseTo(1.0, within(1e-12));
                }
                for (int rank = 0; rank < m.bids().size(); rank++) {
                    int k = rank;
                    assertThat(m.bids().stream().mapToInt(b -> r.counts(b)[k]).sum()).isEqualTo(300);
                }
            });
    }

    @Test
    void withoutPerturbationTheDeclaredRankingHasProbabilityOne() {
        qt().forAll(PointsMatrixGenerators.matrices(), longs().all()).checkAssert((m, seed) -> {
            RankAcceptabilityResult r = RankAcceptability.analyse(m, BigDecimal.ZERO, 200, seed);
            List<BidId> declared = m.ranking();
            for (int i = 0; i < declared.size(); i++) {
                assertThat(r.share(declared.get(i), i + 1)).isEqualTo(1.0);
            }
        });
    }

    @Test
    void theSameSeedGivesIdenticalResults() {
        qt().forAll(PointsMatrixGenerators.matrices(), longs().all()).checkAssert((m, seed) -> {
            RankAcceptabilityResult a = RankAcceptability.analyse(m, new BigDecimal("30"), 500, seed);
            RankAcceptabilityResult b = RankAcceptability.analyse(m, new BigDecimal("30"), 500, seed);
            assertThat(b.toString()).isEqualTo(a.toString());
            assertThat(b.seed()).isEqualTo(seed);
            for (BidId bid : m.bids()) {
                assertThat(b.counts(bid)).containsExactly(a.counts(bid));
            }
        });
    }

    @Test
    void aLargePerturbationCanChangeTheWinner() {
        // Hand example: B1 = 38 + 36 = 74, B2 = 12 + 60 = 72; the winner flips when TECH drops 4.76 % (see
        // WeightSensitivityTest), so with +/-50 % some samples must rank B2 first, and with +/-1 % none can.
        PointsMatrix m = PointsMatrix.builder()
            .criterion(io.otp.core.id.CriterionId.of("TECH"), new BigDecimal("40"))
            .criterion(io.otp.core.id.CriterionId.of("PRICE"), new BigDecimal("60"))
            .points(BidId.of("B1"), io.otp.core.id.CriterionId.of("TECH"), new BigDecimal("38"))
            .points(BidId.of("B1"), io.otp.core.id.CriterionId.of("PRICE"), new BigDecimal("36"))
            .points(BidId.of("B2"), io.otp.core.id.CriterionId.of("TECH"), new BigDecimal("12"))
            .points(BidId.of("B2"), io.otp.core.id.CriterionId.of("PRICE"), new BigDecimal("60"))
            .build();
        assertThat(RankAcceptability.analyse(m, new BigDecimal("50"), 2000, 42L).share(BidId.of("B2"), 1))
            .isBetween(0.05, 0.95);
        assertThat(RankAcceptability.analyse(m, BigDecimal.ONE, 2000, 42L).share(BidId.of("B1"), 1)).isEqualTo(1.0);
    }

    @Test
    void rejectsPerturbationOutOfRangeAndNoSamples() {
        PointsMatrix m = PointsMatrixGenerators.fromSeed(1L);
        assertThatThrownBy(() -> RankAcceptability.analyse(m, new BigDecimal("101"), 0, 1L))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(2));
        assertThatThrownBy(() -> RankAcceptability.analyse(m, new BigDecimal("-1"), 10, 1L))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    void chunksCountedInParallelGiveTheSequentialCounts() {
        // Each chunk skips the draws of the samples before it, so splitting never changes a count.
        qt().withExamples(60).forAll(PointsMatrixGenerators.matrices(), longs().all(), integers().between(2, 9))
            .checkAssert((m, seed, chunks) -> {
                RankAcceptabilityResult one = RankAcceptability.analyse(m, new BigDecimal("40"), 701, seed, 1);
                RankAcceptabilityResult split = RankAcceptability.analyse(m, new BigDecimal("40"), 701, seed, chunks);
                for (BidId bid : m.bids()) {
                    assertThat(split.counts(bid)).containsExactly(one.counts(bid));
                }
            });
        // and the public method, which splits 40,000 samples over the processors, agrees too
        qt().withExamples(3).forAll(PointsMatrixGenerators.matrices(), longs().all()).checkAssert((m, seed) -> {
            RankAcceptabilityResult one = RankAcceptability.analyse(m, new BigDecimal("40"), 40_000, seed, 1);
            RankAcceptabilityResult chosen = RankAcceptability.analyse(m, new BigDecimal("40"), 40_000, seed);
            for (BidId bid : m.bids()) {
                assertThat(chosen.counts(bid)).containsExactly(one.counts(bid));
            }
        });
    }
}
