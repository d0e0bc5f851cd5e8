package io.otp.scoring.testing;

import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.scoring.committee.AggregatedScore;
import io.otp.scoring.committee.AggregationStrategy;
import io.otp.scoring.committee.CommitteeResult;
import io.otp.scoring.committee.CommitteeScoring;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.EvaluatorScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid committee scorings: tender "T1", 1 to 4 bids "B0".., 1 to 3 value-judgment criteria
 * "C0".. with maximum 1..30 whole points, 3 to 6 members "P0".. all with a DACI, and a complete set of scores
 * with up to two decimals within 0..max; and the results {@link CommitteeScoring} aggregates from them.
 */
public final class CommitteeGenerators {

    /** The tender of every generated scenario. */
    public static final TenderId TENDER = TenderId.of("T1");

    private CommitteeGenerators() {
    }

    /**
     * A complete, valid committee scoring.
     *
     * @param criteria the criteria
     * @param bids the bids
     * @param members the members
     * @param declarations their DACIs
     * @param scores the scores, one per member, bid and criterion
     */
    public record Scenario(List<AwardCriterion> criteria, List<BidId> bids, List<PersonId> members,
        List<ConflictOfInterestDeclaration> declarations, List<EvaluatorScore> scores) {
    }

    /**
     * Returns the generator.
     *
     * @return scenarios, built from a seed
     */
    public static Gen<Scenario> scenarios() {
        return SourceDSL.longs().all().map(CommitteeGenerators::fromSeed);
    }

    /**
     * The results {@link CommitteeScoring#aggregate} computes from {@link #scenarios()}, by any strategy
     * (with the members agreeing on every score for {@link AggregationStrategy#CONSENSUS}).
     *
     * @return the generator
     */
    public static Gen<CommitteeResult> results() {
        return scenarios().zip(Generate.enumValues(AggregationStrategy.class), (s, strategy) ->
            CommitteeScoring.aggregate(TENDER, s.criteria(), s.bids(), s.members(), s.declarations(), false,
                strategy == AggregationStrategy.CONSENSUS ? agreed(s.scores()) : s.scores(), strategy));
    }

    /** The scores with every member giving a bid on a criterion the points of the first member. */
    private static List<EvaluatorScore> agreed(List<EvaluatorScore> scores) {
        java.util.Map<String, Points> first = new java.util.HashMap<>();
        List<EvaluatorScore> out = new ArrayList<>();
        for (EvaluatorScore s : scores) {
            Points points = first.computeIfAbsent(s.bid() + "/" + s.criterion(), k -> s.points());
            out.add(EvaluatorScore.builder().evaluator(s.evaluator()).bid(s.bid()).criterion(s.criterion())
                .points(points).justification(s.justification()).build());
        }
        return out;
    }

    /**
     * One aggregated score out of {@link #results()}, picked at random.
     *
     * @return the generator
     */
    public static Gen<AggregatedScore> aggregatedScores() {
        return results().zip(SourceDSL.integers().all(),
            (r, i) -> r.scores().get(Math.floorMod(i, r.scores().size())));
    }

    /**
     * Individual scores out of {@link #scenarios()}, picked at random.
     *
     * @return the generator
     */
    public static Gen<EvaluatorScore> evaluatorScores() {
        return scenarios().zip(SourceDSL.integers().all(),
            (s, i) -> s.scores().get(Math.floorMod(i, s.scores().size())));
    }

    /**
     * DACIs of people "P0".."P99" for {@link #TENDER}, signed on any day of 1990 to 2100.
     *
     * @return the generator
     */
    public static Gen<ConflictOfInterestDeclaration> declarations() {
        return SourceDSL.integers().between(0, 99).zip(io.otp.core.testing.TimeGenerators.dates(),
            (n, date) -> ConflictOfInterestDeclaration.builder().person(PersonId.of("P" + n)).tender(TENDER)
                .signed(date).build());
    }

    /**
     * Returns a value-judgment quality criterion.
     *
     * @param id the id
     * @param max the maximum points
     * @return the criterion
     */
    public static AwardCriterion criterion(String id, long max) {
        return AwardCriterion.builder().id(CriterionId.of(id)).name("criterion " + id)
            .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(max)).build();
    }

    /**
     * Returns a DACI for {@link #TENDER}.
     *
     * @param person the person
     * @return the declaration
     */
    public static ConflictOfInterestDeclaration daci(PersonId person) {
        return ConflictOfInterestDeclaration.builder().person(person).tender(TENDER)
            .signed(LocalDate.of(2026, 3, 2)).build();
    }

    /**
     * Builds a scenario from a seed.
     *
     * @param seed the seed
     * @return the scenario
     */
    public static Scenario fromSeed(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<AwardCriterion> criteria = new ArrayList<>();
        for (int c = 0, n = 1 + r.nextInt(3); c < n; c++) {
            criteria.add(criterion("C" + c, 1 + r.nextInt(30)));
        }
        List<BidId> bids = new ArrayList<>();
        for (int b = 0, n = 1 + r.nextInt(4); b < n; b++) {
            bids.add(BidId.of("B" + b));
        }
        List<PersonId> members = new ArrayList<>();
        List<ConflictOfInterestDeclaration> dacis = new ArrayList<>();
        for (int p = 0, n = 3 + r.nextInt(4); p < n; p++) {
            members.add(PersonId.of("P" + p));
            dacis.add(daci(members.get(p)));
        }
        List<EvaluatorScore> scores = new ArrayList<>();
        for (BidId b : bids) {
            for (AwardCriterion c : criteria) {
                long maxCents = c.maxPoints().value().movePointRight(2).longValueExact();
                for (PersonId p : members) {
                    scores.add(EvaluatorScore.builder().evaluator(p).bid(b).criterion(c.id())
                        .points(Points.of(java.math.BigDecimal.valueOf(r.nextLong(maxCents + 1), 2)))
                        .justification("reasons of " + p + " for " + b).build());
                }
            }
        }
        return new Scenario(criteria, bids, members, dacis, scores);
    }
}
