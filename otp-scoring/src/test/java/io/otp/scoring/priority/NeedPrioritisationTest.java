package io.otp.scoring.priority;

import static io.otp.scoring.priority.PriorityFixtures.assessed;
import static io.otp.scoring.priority.PriorityFixtures.unassessed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.NeedId;
import io.otp.core.money.Money;
import io.otp.core.need.Need;
import io.otp.core.project.EnsCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NeedPrioritisationTest {

    private static final List<PriorityCriterion> ORDER = List.of(PriorityCriterion.URGENCY,
        PriorityCriterion.STRATEGIC_ALIGNMENT, PriorityCriterion.COST, PriorityCriterion.FEASIBILITY);

    private static BigDecimal r4(BigDecimal x) {
        return x.setScale(4, RoundingMode.HALF_UP);
    }

    @Test
    void ranksFourNeedsWithRankOrderWeightsAsComputedByHand() {
        // ROC for n = 4 (Barron and Barrett 1996): 25/48, 13/48, 7/48, 3/48 = 0.5208, 0.2708, 0.1458, 0.0625.
        // Min-max over the four needs, cost reflected: normalised = (200000 - cost) / 150000.
        //          urgency   alignment  cost        feasibility   score (in 48ths)
        // N-1      5 -> 1    3 -> 1/3   200000 -> 0  4 -> 2/3      25 + 13/3 + 0 + 2        = 31.3333 -> 0.6528
        // N-2      3 -> 1/2  5 -> 1     50000 -> 1   5 -> 1        12.5 + 13 + 7 + 3        = 35.5    -> 0.7396
        // N-3      4 -> 3/4  4 -> 2/3   100000 -> 2/3 2 -> 0       18.75 + 26/3 + 14/3 + 0  = 32.0833 -> 0.6684
        // N-4      1 -> 0    2 -> 0     150000 -> 1/3 3 -> 1/3     0 + 0 + 7/3 + 1          = 3.3333  -> 0.0694
        PriorityWeights weights = PriorityWeights.rankOrder(ORDER);
        assertThat(weights.weights().values()).extracting(PriorityWeightsTest::r4).containsExactly(
            new BigDecimal("0.5208"), new BigDecimal("0.2708"), new BigDecimal("0.1458"), new BigDecimal("0.0625"));
        PrioritisedNeeds result = NeedPrioritisation.of(weights).prioritise(List.of(
            assessed("N-1", 5, 3, "200000.00", 4), assessed("N-2", 3, 5, "50000.00", 5),
            assessed("N-3", 4, 4, "100000.00", 2), assessed("N-4", 1, 2, "150000.00", 3)));
        assertThat(result.ranking()).extracting(p -> p.need().id().value())
            .containsExactly("N-2", "N-3", "N-1", "N-4");
        assertThat(result.ranking()).extracting(PrioritisedNeed::rank).containsExactly(1, 2, 3, 4);
        assertThat(result.ranking()).extracting(p -> r4(p.score())).containsExactly(
            new BigDecimal("0.7396"), new BigDecimal("0.6684"), new BigDecimal("0.6528"), new BigDecimal("0.0694"));
        PrioritisedNeed second = result.of(NeedId.of("N-2")).orElseThrow();
        // Urgency 3 of N-2: 0.5208 x 0.5 = 0.2604; its cost, the lowest, is reflected to the highest.
        assertThat(r4(second.contributions().get(PriorityCriterion.URGENCY).value())).isEqualByComparingTo("0.2604");
        assertThat(second.contributions().get(PriorityCriterion.COST).normalised()).isEqualByComparingTo("1");
        assertThat(second.contributions().get(PriorityCriterion.COST).raw()).isEqualByComparingTo("50000.00");
        assertThat(second.explanation()).startsWith("URGENCY 0.2604 = 0.5208 x 0.5000 (raw 3); ");
        assertThat(second.contributions().values().stream().map(c -> c.value())
            .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(second.score());
        assertThat(result.weights().isConsistent()).isTrue();
        assertThat(result.weights().consistencyRatio()).isEmpty();
    }

    @Test
    void ranksWithAhpWeightsAndReportsTheConsistencyRatio() {
        // Consistent judgements from weights 4 : 2 : 1, so w = 4/7, 2/7, 1/7 and CR = 0.
        List<PriorityCriterion> criteria = List.of(PriorityCriterion.LEGAL_IMPACT, PriorityCriterion.URGENCY,
            PriorityCriterion.SECURITY_IMPACT);
        PriorityWeights weights = PriorityWeights.ahp(criteria,
            new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
        // N-A: legal 5 -> 1, urgency 1 -> 0, HIGH -> 1: 4/7 + 1/7 = 0.7143
        // N-B: legal 1 -> 0, urgency 5 -> 1, BASIC -> 0: 2/7 = 0.2857
        PrioritisedNeeds result = NeedPrioritisation.of(weights).prioritise(List.of(
            assessed("N-B", 5, 3, Money.euros("10.00"), 3, 1, EnsCategory.BASIC),
            assessed("N-A", 1, 3, Money.euros("10.00"), 3, 5, EnsCategory.HIGH)));
        assertThat(result.ranking()).extracting(p -> p.need().id().value()).containsExactly("N-A", "N-B");
        assertThat(result.ranking()).extracting(p -> r4(p.score()))
            .containsExactly(new BigDecimal("0.7143"), new BigDecimal("0.2857"));
        assertThat(result.weights().consistencyRatio().getAsDouble()).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(result.weights().judgementToRevise()).isEmpty();
    }

    @Test
    void needsWithEqualScoresShareARank() {
        PrioritisedNeeds result = NeedPrioritisation.of(PriorityWeights.rankOrder(ORDER)).prioritise(List.of(
            assessed("N-2", 3, 3, "1000.00", 3), assessed("N-1", 3, 3, "1000.00", 3),
            assessed("N-3", 1, 1, "2000.00", 1)));
        assertThat(result.ranking()).extracting(PrioritisedNeed::rank).containsExactly(1, 1, 3);
        assertThat(result.ranking()).extracting(p -> p.need().id().value()).containsExactly("N-1", "N-2", "N-3");
    }

    @Test
    void rejectsEveryProblemOfTheInputAtOnce() {
        Need ok = assessed("N-1", 3, 3, "1000.00", 3);
        Need dollars = assessed("N-3", 3, 3, Money.of(new BigDecimal("5.00"), java.util.Currency.getInstance("USD")),
            3, 3, EnsCategory.BASIC);
        NeedPrioritisation prioritisation = NeedPrioritisation.of(PriorityWeights.rankOrder(ORDER));
        assertThatThrownBy(() -> prioritisation.prioritise(List.of(ok, unassessed("N-2"), ok, dollars)))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations())
                .extracting(v -> v.path() + " [" + v.ruleId() + "]").containsExactly(
                    "needs[1].assessment [OTP-PRIORITY-ASSESSMENT]",
                    "needs[2] [OTP-PRIORITY-DUPLICATE]",
                    "needs[3].assessment.estimatedCost [OTP-PRIORITY-CURRENCY]"))
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::message)
                .allSatisfy(m -> assertThat(m).doesNotContain("{")));
        assertThatThrownBy(() -> prioritisation.prioritise(List.of()))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::ruleId)
                .containsExactly("OTP-PRIORITY-NEEDS"));
    }

    @Test
    void permutingTheNeedsDoesNotChangeTheRanking() {
        qt().forAll(longs().all(), integers().between(1, 8)).checkAssert((seed, size) -> {
            Random random = new Random(seed);
            List<Need> needs = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                needs.add(assessed("N-" + i, 1 + random.nextInt(5), 1 + random.nextInt(5),
                    Money.euros(BigDecimal.valueOf(1 + random.nextInt(1000), 0).setScale(2)), 1 + random.nextInt(5),
                    1 + random.nextInt(5), EnsCategory.values()[random.nextInt(3)]));
            }
            List<PriorityCriterion> order = new ArrayList<>(List.of(PriorityCriterion.values()));
            Collections.shuffle(order, random);
            NeedPrioritisation p = NeedPrioritisation.of(PriorityWeights.rankOrder(order));
            List<Need> shuffled = new ArrayList<>(needs);
            Collections.shuffle(shuffled, random);
            assertThat(places(p.prioritise(shuffled))).isEqualTo(places(p.prioritise(needs)));
        });
    }

    private static List<String> places(PrioritisedNeeds result) {
        return result.ranking().stream().map(x -> x.rank() + " " + x.need().id() + " " + x.score().toPlainString())
            .collect(Collectors.toList());
    }
}
