package io.otp.scoring.committee;

import static io.otp.scoring.testing.CommitteeGenerators.TENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.json.OtpJson;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.scoring.testing.CommitteeGenerators;
import io.otp.scoring.testing.CommitteeGenerators.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of every aggregation strategy on generated, valid committee scorings. */
class CommitteePropertiesTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static CommitteeResult run(Scenario s, List<io.otp.core.id.PersonId> members,
        List<EvaluatorScore> scores, AggregationStrategy strategy) {
        return CommitteeScoring.aggregate(TENDER, s.criteria(), s.bids(), members, s.declarations(), true, scores,
            strategy);
    }

    private static List<AggregationStrategy> nonConsensus() {
        return List.of(AggregationStrategy.MEAN, AggregationStrategy.MEDIAN, AggregationStrategy.TRIMMED_MEAN);
    }

    @Test
    void aggregateLiesWithinIndividualScoresAndCriterionMax() {
        qt().forAll(CommitteeGenerators.scenarios()).checkAssert(s -> {
            for (AggregationStrategy strategy : nonConsensus()) {
                CommitteeResult r = run(s, s.members(), s.scores(), strategy);
                assertThat(r.scores()).hasSize(s.bids().size() * s.criteria().size());
                for (AggregatedScore a : r.scores()) {
                    BigDecimal min = a.scores().stream().map(x -> x.points().value()).min(BigDecimal::compareTo)
                        .orElseThrow();
                    BigDecimal max = a.scores().stream().map(x -> x.points().value()).max(BigDecimal::compareTo)
                        .orElseThrow();
                    AwardCriterion c = s.criteria().stream().filter(x -> x.id().equals(a.criterion())).findFirst()
                        .orElseThrow();
                    assertThat(a.scores()).hasSize(s.members().size());
                    assertThat(a.points()).isBetween(min, max);
                    assertThat(a.points()).isBetween(BigDecimal.ZERO, c.maxPoints().value());
                }
            }
        });
    }

    @Test
    void orderOfMembersAndScoresChangesNothing() {
        qt().forAll(CommitteeGenerators.scenarios()).checkAssert(s -> {
            List<io.otp.core.id.PersonId> members = new ArrayList<>(s.members());
            List<EvaluatorScore> scores = new ArrayList<>(s.scores());
            Random random = new Random(s.scores().size());
            Collections.shuffle(members, random);
            Collections.shuffle(scores, random);
            for (AggregationStrategy strategy : nonConsensus()) {
                CommitteeResult a = run(s, s.members(), s.scores(), strategy);
                CommitteeResult b = run(s, members, scores, strategy);
                assertThat(b).isEqualTo(a);
                assertThat(JSON.writeBytes(b)).isEqualTo(JSON.writeBytes(a));
            }
        });
    }

    @Test
    void allStrategiesAgreeWhenAllScoresAreEqual() {
        qt().forAll(CommitteeGenerators.scenarios()).checkAssert(s -> {
            List<EvaluatorScore> equal = new ArrayList<>();
            for (EvaluatorScore e : s.scores()) {
                Points first = s.scores().stream()
                    .filter(x -> x.bid().equals(e.bid()) && x.criterion().equals(e.criterion()))
                    .findFirst().orElseThrow().points();
                equal.add(EvaluatorScore.builder().evaluator(e.evaluator()).bid(e.bid())
                    .criterion(e.criterion()).points(first).justification(e.justification()).build());
            }
            CommitteeResult mean = run(s, s.members(), equal, AggregationStrategy.MEAN);
            for (AggregationStrategy other : AggregationStrategy.values()) {
                CommitteeResult r = run(s, s.members(), equal, other);
                for (int i = 0; i < r.scores().size(); i++) {
                    assertThat(r.scores().get(i).points()).isEqualByComparingTo(mean.scores().get(i).points());
                }
            }
        });
    }

    @Test
    void resultRoundTripsThroughJsonByteIdentical() {
        qt().forAll(CommitteeGenerators.scenarios()).checkAssert(s -> {
            for (AggregationStrategy strategy : nonConsensus()) {
                CommitteeResult r = run(s, s.members(), s.scores(), strategy);
                byte[] bytes = JSON.writeBytes(r);
                CommitteeResult back = JSON.read(bytes, CommitteeResult.class);
                assertThat(back).isEqualTo(r);
                assertThat(JSON.writeBytes(back)).isEqualTo(bytes);
            }
            for (var d : s.declarations()) {
                assertThat(JSON.read(JSON.write(d), ConflictOfInterestDeclaration.class)).isEqualTo(d);
            }
        });
    }
}
