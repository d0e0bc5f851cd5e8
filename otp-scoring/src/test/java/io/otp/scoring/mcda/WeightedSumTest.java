package io.otp.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.scoring.testing.DecisionMatrixGenerators;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class WeightedSumTest {

    private static final List<WeightedSum> ALL = List.of(
        WeightedSum.of(Normalisation.MIN_MAX, Inversion.REFLECT),
        WeightedSum.of(Normalisation.MAX, Inversion.REFLECT),
        WeightedSum.of(Normalisation.MAX, Inversion.RECIPROCAL),
        WeightedSum.of(Normalisation.VECTOR, Inversion.RECIPROCAL),
        WeightedSum.of(Normalisation.VECTOR, Inversion.REFLECT),
        WeightedSum.of(Normalisation.MIN_MAX, Inversion.RECIPROCAL));

    private static DecisionMatrix<String, String> priceAndQuality() {
        return DecisionMatrix.<String, String>builder()
            .criterion(Criterion.cost("price", BigDecimal.ONE))
            .criterion(Criterion.benefit("quality", BigDecimal.ONE))
            .value("A", "price", new BigDecimal("100")).value("A", "quality", new BigDecimal("10"))
            .value("B", "price", new BigDecimal("300")).value("B", "quality", new BigDecimal("90"))
            .build();
    }

    @Test
    void invertsCostBeforeNormalisingAndSoRanksDifferentlyFromTheKnownBug() {
        // Hand calculation, weights 1/2 each, MAX normalisation, reciprocal inversion.
        // Right order (invert, then normalise): price 1/x -> (0.01, 0.00333) / 0.01 = (1, 1/3); quality (10/90, 1).
        //   A = 0.5 + 0.5 * 0.1111 = 0.5556; B = 0.5 * 0.3333 + 0.5 = 0.6667 -> B first.
        // Known bug (normalise, then invert): price x/max = (1/3, 1) -> 1/x = (3, 1).
        //   A = 1.5 + 0.0556 = 1.5556; B = 0.5 + 0.5 = 1.0 -> A first: the ranking flips.
        WeightedSumResult<String, String> r = WeightedSum.of(Normalisation.MAX, Inversion.RECIPROCAL)
            .evaluate(priceAndQuality());
        assertThat(r.ranking()).extracting(AlternativeScore::alternative).containsExactly("B", "A");
        assertThat(r.score("A").orElseThrow().total().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.5556");
        assertThat(r.score("B").orElseThrow().total().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.6667");
        assertThat(r.score("B").orElseThrow().contributions().get("price").normalised()
            .setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.3333");

        MathContext mc = java.math.MathContext.DECIMAL64;
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal buggyA = half.multiply(BigDecimal.ONE.divide(new BigDecimal("100").divide(new BigDecimal("300"), mc), mc))
            .add(half.multiply(new BigDecimal("10").divide(new BigDecimal("90"), mc)));
        BigDecimal buggyB = half.multiply(BigDecimal.ONE).add(half.multiply(BigDecimal.ONE));
        assertThat(buggyA).isGreaterThan(buggyB);
    }

    @Test
    void minMaxWithReflectionGivesTheUsualCostScale() {
        // (max - x) / (max - min): 100 -> 1, 150 -> 0.5, 200 -> 0.
        DecisionMatrix<String, String> m = DecisionMatrix.<String, String>builder()
            .criterion(Criterion.cost("price", BigDecimal.TEN))
            .value("A", "price", new BigDecimal("100"))
            .value("B", "price", new BigDecimal("150"))
            .value("C", "price", new BigDecimal("200"))
            .build();
        WeightedSumResult<String, String> r = WeightedSum.of(Normalisation.MIN_MAX, Inversion.REFLECT).evaluate(m);
        assertThat(r.score("A").orElseThrow().total()).isEqualByComparingTo("1");
        assertThat(r.score("B").orElseThrow().total()).isEqualByComparingTo("0.5");
        assertThat(r.score("C").orElseThrow().total()).isEqualByComparingTo("0");
        assertThat(r.ranking()).extracting(AlternativeScore::rank).containsExactly(1, 2, 3);
    }

    @Test
    void totalIsTheSumOfContributionsAndLiesInZeroOne() {
        qt().forAll(DecisionMatrixGenerators.matrices(), integers().between(0, ALL.size() - 1))
            .checkAssert((m, k) -> {
                for (AlternativeScore<String, String> s : ALL.get(k).evaluate(m).ranking()) {
                    BigDecimal sum = s.contributions().values().stream().map(Contribution::value)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(s.total()).isEqualByComparingTo(sum);
                    assertThat(s.total()).isBetween(BigDecimal.ZERO, new BigDecimal("1.000000000000001"));
                }
            });
    }

    @Test
    void aDominatingAlternativeNeverScoresLower() {
        qt().forAll(integers().all(), integers().between(0, ALL.size() - 1)).checkAssert((seed, k) -> {
            DecisionMatrix<String, String> base = DecisionMatrixGenerators.fromSeed(seed);
            SplittableRandom r = new SplittableRandom(seed);
            String victim = base.alternatives().get(0);
            DecisionMatrix<String, String> m = rebuild(base, UnaryOperator.identity(), b -> {
                for (Criterion<String> c : base.criteria()) {
                    BigDecimal v = base.value(victim, c.id());
                    BigDecimal better = c.orientation() == Orientation.BENEFIT
                        ? v.add(BigDecimal.valueOf(r.nextInt(50)))
                        : v.subtract(BigDecimal.valueOf(r.nextInt(50))).max(BigDecimal.ONE);
                    b.value("Z", c.id(), better);
                }
            });
            WeightedSumResult<String, String> result = ALL.get(k).evaluate(m);
            assertThat(result.score("Z").orElseThrow().total())
                .isGreaterThanOrEqualTo(result.score(victim).orElseThrow().total());
        });
    }

    @Test
    void permutingTheAlternativesChangesNothing() {
        qt().forAll(integers().all(), integers().between(0, ALL.size() - 1)).checkAssert((seed, k) -> {
            DecisionMatrix<String, String> base = DecisionMatrixGenerators.fromSeed(seed);
            List<String> shuffled = new ArrayList<>(base.alternatives());
            Collections.shuffle(shuffled, new java.util.Random(seed));
            UnaryOperator<String> rename = a -> "P" + shuffled.indexOf(a);
            DecisionMatrix<String, String> permuted = rebuild(base, rename, b -> { });
            WeightedSumResult<String, String> before = ALL.get(k).evaluate(base);
            WeightedSumResult<String, String> after = ALL.get(k).evaluate(permuted);
            for (String a : base.alternatives()) {
                AlternativeScore<String, String> x = before.score(a).orElseThrow();
                AlternativeScore<String, String> y = after.score(rename.apply(a)).orElseThrow();
                assertThat(y.total()).isEqualByComparingTo(x.total());
                assertThat(y.contributions().toString()).isEqualTo(x.contributions().toString());
            }
        });
    }

    @Test
    void rejectsValuesTheChosenStepsCannotHandle() {
        DecisionMatrix<String, String> m = DecisionMatrix.<String, String>builder()
            .criterion(Criterion.cost("price", BigDecimal.ONE))
            .criterion(Criterion.benefit("quality", BigDecimal.ONE))
            .value("A", "price", BigDecimal.ZERO).value("A", "quality", new BigDecimal("-1"))
            .value("B", "price", BigDecimal.TEN).value("B", "quality", BigDecimal.ONE)
            .build();
        assertThatThrownBy(() -> WeightedSum.of(Normalisation.MAX, Inversion.RECIPROCAL).evaluate(m))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.messageKey())
                .containsExactly("io.otp.scoring.mcda.value.notPositive", "io.otp.scoring.mcda.value.negative"));
        assertThat(WeightedSum.of(Normalisation.MIN_MAX, Inversion.REFLECT).evaluate(m).ranking()).hasSize(2);
    }

    @Test
    void matrixBuilderListsEveryProblem() {
        DecisionMatrix.Builder<String, String> b = DecisionMatrix.<String, String>builder()
            .criterion(Criterion.benefit("q", new BigDecimal("-1")))
            .criterion(Criterion.benefit("q", BigDecimal.ONE))
            .value("A", "x", BigDecimal.ONE);
        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.messageKey())
            .containsExactlyInAnyOrder("io.otp.scoring.mcda.criterion.duplicate", "io.otp.scoring.mcda.weight.negative",
                "io.otp.scoring.mcda.value.unknownCriterion", "io.otp.scoring.mcda.value.missing"));
    }

    private static DecisionMatrix<String, String> rebuild(DecisionMatrix<String, String> base, UnaryOperator<String> rename,
            java.util.function.Consumer<DecisionMatrix.Builder<String, String>> extra) {
        DecisionMatrix.Builder<String, String> b = DecisionMatrix.builder();
        base.criteria().forEach(b::criterion);
        for (String a : base.alternatives()) {
            for (Criterion<String> c : base.criteria()) {
                b.value(rename.apply(a), c.id(), base.value(a, c.id()));
            }
        }
        extra.accept(b);
        return b.build();
    }
}
