package io.otp.scoring.committee;

import static io.otp.scoring.testing.CommitteeGenerators.TENDER;
import static io.otp.scoring.testing.CommitteeGenerators.criterion;
import static io.otp.scoring.testing.CommitteeGenerators.daci;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.ConflictOfInterestRegime;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples (hand calculations in comments) and every validation rule of the committee. */
class CommitteeScoringTest {

    private static final BidId B1 = BidId.of("B1");
    private static final BidId B2 = BidId.of("B2");
    private static final PersonId P1 = PersonId.of("P1");
    private static final PersonId P2 = PersonId.of("P2");
    private static final PersonId P3 = PersonId.of("P3");
    private static final PersonId P4 = PersonId.of("P4");
    private static final AwardCriterion TECH = criterion("TECH", 20);
    private static final List<PersonId> THREE = List.of(P1, P2, P3);

    private static EvaluatorScore score(PersonId p, BidId b, AwardCriterion c, String points) {
        return EvaluatorScore.builder().evaluator(p).bid(b).criterion(c.id()).points(Points.of(points))
            .justification("memoria técnica: " + points).build();
    }

    private static List<ConflictOfInterestDeclaration> dacis(List<PersonId> people) {
        return people.stream().map(io.otp.scoring.testing.CommitteeGenerators::daci).toList();
    }

    private static CommitteeResult run(List<PersonId> members, List<EvaluatorScore> scores, AggregationStrategy s) {
        return CommitteeScoring.aggregate(TENDER, List.of(TECH), List.of(B1), members, dacis(members), true,
            scores, s);
    }

    private static List<EvaluatorScore> b1(String... points) {
        List<PersonId> people = List.of(P1, P2, P3, P4);
        List<EvaluatorScore> out = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            out.add(score(people.get(i), B1, TECH, points[i]));
        }
        return out;
    }

    private static ValidationException failure(Runnable r) {
        return catchThrowableOfType(ValidationException.class, r::run);
    }

    private static List<String> rules(ValidationException e) {
        return e.violations().stream().map(Violation::ruleId).toList();
    }

    @Test
    void meanOfThreeIsUnroundedDecimal64() {
        // (10 + 12 + 15) / 3 = 37 / 3 = 12.33333333333333 (16 significant digits, DECIMAL64)
        CommitteeResult r = CommitteeScoring.aggregate(TENDER, List.of(TECH), List.of(B1), THREE, dacis(THREE),
            true, b1("10", "12", "15"));
        assertThat(r.strategy()).isEqualTo(AggregationStrategy.MEAN);
        AggregatedScore s = r.find(B1, TECH.id()).orElseThrow();
        assertThat(s.points()).isEqualTo(new BigDecimal("12.33333333333333"));
        assertThat(s.scores()).extracting(EvaluatorScore::evaluator).containsExactly(P1, P2, P3);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        // sorted 10, 12, 15 -> middle 12
        assertThat(run(THREE, b1("15", "10", "12"), AggregationStrategy.MEDIAN).scores().get(0).points())
            .isEqualByComparingTo("12");
        // sorted 8, 10, 12, 19 -> (10 + 12) / 2 = 11
        List<PersonId> four = List.of(P1, P2, P3, P4);
        assertThat(run(four, b1("19", "8", "12", "10"), AggregationStrategy.MEDIAN).scores().get(0).points())
            .isEqualByComparingTo("11");
    }

    @Test
    void trimmedMeanDropsOneHighestAndOneLowest() {
        // sorted 2, 10, 13, 20 -> drop 2 and 20 -> (10 + 13) / 2 = 11.5 (the plain mean would be 11.25)
        List<PersonId> four = List.of(P1, P2, P3, P4);
        assertThat(run(four, b1("20", "2", "13", "10"), AggregationStrategy.TRIMMED_MEAN).scores().get(0).points())
            .isEqualByComparingTo("11.5");
        assertThat(run(four, b1("20", "2", "13", "10"), AggregationStrategy.MEAN).scores().get(0).points())
            .isEqualByComparingTo("11.25");
    }

    @Test
    void consensusWhenAllAgree() {
        assertThat(run(THREE, b1("14.5", "14.5", "14.5"), AggregationStrategy.CONSENSUS).scores().get(0).points())
            .isEqualByComparingTo("14.5");
    }

    @Test
    void consensusRefusedWhenMembersDisagree() {
        ValidationException e = failure(() -> run(THREE, b1("14", "14", "15"), AggregationStrategy.CONSENSUS));
        assertThat(rules(e)).containsExactly("OTP-COMMITTEE-CONSENSUS");
        assertThat(e.violations().get(0).message()).contains("14", "15");
    }

    @Test
    void trimmedMeanNeedsThreeScores() {
        List<PersonId> two = List.of(P1, P2);
        ValidationException e = failure(() -> CommitteeScoring.aggregate(TENDER, List.of(TECH), List.of(B1), two,
            dacis(two), false, b1("4", "6"), AggregationStrategy.TRIMMED_MEAN));
        assertThat(rules(e)).containsExactly("OTP-COMMITTEE-TRIM");
    }

    @Test
    void smallCommitteeAllowedWithout146_2_a() {
        // 146.2.a does not apply: two members are fine; (4 + 6) / 2 = 5
        List<PersonId> two = List.of(P1, P2);
        CommitteeResult r = CommitteeScoring.aggregate(TENDER, List.of(TECH), List.of(B1), two, dacis(two), false,
            b1("4", "6"));
        assertThat(r.scores().get(0).points()).isEqualByComparingTo("5");
    }

    @Test
    void resultsFollowBidThenCriterionOrder() {
        AwardCriterion design = criterion("DESIGN", 10);
        List<EvaluatorScore> scores = new ArrayList<>();
        for (PersonId p : THREE) {
            for (BidId b : List.of(B1, B2)) {
                scores.add(score(p, b, TECH, "10"));
                scores.add(score(p, b, design, "5"));
            }
        }
        CommitteeResult r = CommitteeScoring.aggregate(TENDER, List.of(TECH, design), List.of(B2, B1), THREE,
            dacis(THREE), true, scores);
        assertThat(r.scores()).extracting(s -> s.bid() + "/" + s.criterion())
            .containsExactly("B2/TECH", "B2/DESIGN", "B1/TECH", "B1/DESIGN");
    }

    @Test
    void refusesMemberWithoutDaciForThisTender() {
        List<ConflictOfInterestDeclaration> d = new ArrayList<>(dacis(List.of(P1, P2)));
        d.add(ConflictOfInterestDeclaration.builder().person(P3).tender(TenderId.of("OTHER"))
            .signed(java.time.LocalDate.of(2026, 1, 5)).build());
        // not PRTR-funded: the rule is LCSP art. 64
        ValidationException e = failure(() -> CommitteeScoring.aggregate(TENDER, ConflictOfInterestRegime.LCSP_64,
            java.time.LocalDate.of(2026, 3, 2), List.of(TECH), List.of(B1), THREE, d, true, b1("1", "2", "3"),
            AggregationStrategy.MEAN));
        assertThat(rules(e)).containsExactly("LCSP-64");
        assertThat(e.violations().get(0).path()).isEqualTo("members[2]");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("es"))).contains("P3", "art. 64 LCSP");
        // PRTR-funded: the same gap breaks the DACI of Orden HFP/1030/2021
        ValidationException prtr = failure(() -> CommitteeScoring.aggregate(TENDER, ConflictOfInterestRegime.PRTR_DACI,
            java.time.LocalDate.of(2026, 3, 2), List.of(TECH), List.of(B1), THREE, d, true, b1("1", "2", "3"),
            AggregationStrategy.MEAN));
        assertThat(rules(prtr)).containsExactly("HFP-1030/2021-DACI");
        assertThat(prtr.violations().get(0).message(Locale.forLanguageTag("es"))).contains("P3", "HFP/1030/2021",
            "HFP/55/2023");
    }

    @Test
    void refusesExpertCommitteeOfTwo() {
        List<PersonId> two = List.of(P1, P2);
        ValidationException e = failure(() -> CommitteeScoring.aggregate(TENDER, List.of(TECH), List.of(B1), two,
            dacis(two), true, b1("4", "6")));
        assertThat(rules(e)).containsExactly("LCSP-146.2.a");
        assertThat(e.violations().get(0).path()).isEqualTo("members");
    }

    @Test
    void refusesScoreAboveMax() {
        ValidationException e = failure(() -> run(THREE, b1("1", "20.01", "3"), AggregationStrategy.MEAN));
        assertThat(rules(e)).containsExactly("LCSP-146.2");
        assertThat(e.violations().get(0).path()).isEqualTo("scores[1].points");
    }

    @Test
    void negativePointsCannotBeBuilt() {
        assertThat(failure(() -> Points.of("-1")).violations().get(0).ruleId()).isEqualTo("OTP-POINTS");
    }

    @Test
    void refusesMissingScore() {
        ValidationException e = failure(() -> run(THREE, b1("1", "2"), AggregationStrategy.MEAN));
        assertThat(rules(e)).containsExactly("OTP-COMMITTEE-MISSING");
        assertThat(e.violations().get(0).message()).contains("P3", "B1", "TECH");
    }

    @Test
    void refusesBlankJustification() {
        List<EvaluatorScore> s = new ArrayList<>(b1("1", "2"));
        s.add(EvaluatorScore.builder().evaluator(P3).bid(B1).criterion(TECH.id()).points(Points.of(3))
            .justification("  ").build());
        ValidationException e = failure(() -> run(THREE, s, AggregationStrategy.MEAN));
        assertThat(rules(e)).containsExactly("LCSP-146");
        assertThat(e.violations().get(0).path()).isEqualTo("scores[2].justification");
    }

    @Test
    void refusesUnknownBidCriterionAndEvaluator() {
        List<EvaluatorScore> s = new ArrayList<>(b1("1", "2", "3"));
        s.add(score(P1, B2, TECH, "1"));
        s.add(score(P1, B1, criterion("OTHER", 5), "1"));
        s.add(score(P4, B1, TECH, "1"));
        ValidationException e = failure(() -> run(THREE, s, AggregationStrategy.MEAN));
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("scores[3].bid", "scores[4].criterion", "scores[5].evaluator");
        assertThat(rules(e)).containsOnly("OTP-COMMITTEE-UNKNOWN");
    }

    @Test
    void refusesFormulaCriterion() {
        AwardCriterion price = AwardCriterion.builder().id(CriterionId.of("PRICE")).name("price")
            .type(CriterionType.PRICE).method(EvaluationMethod.FORMULA).maxPoints(Points.of(60))
            .formula(FormulaReference.of("linear-discount")).build();
        ValidationException e = failure(() -> CommitteeScoring.aggregate(TENDER, List.of(TECH, price), List.of(B1),
            THREE, dacis(THREE), true, b1("1", "2", "3")));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("criteria[1]");
        assertThat(rules(e)).containsExactly("LCSP-146.2");
    }

    @Test
    void refusesDuplicateScore() {
        List<EvaluatorScore> s = new ArrayList<>(b1("1", "2", "3"));
        s.add(score(P2, B1, TECH, "2"));
        ValidationException e = failure(() -> run(THREE, s, AggregationStrategy.MEAN));
        assertThat(rules(e)).containsExactly("OTP-COMMITTEE-DUPLICATE");
        assertThat(e.violations().get(0).path()).isEqualTo("scores[3]");
    }

    @Test
    void reportsAllProblemsAtOnce() {
        List<PersonId> two = List.of(P1, P2);
        List<EvaluatorScore> s = List.of(
            EvaluatorScore.builder().evaluator(P1).bid(B1).criterion(TECH.id()).points(Points.of(25))
                .justification("").build());
        ValidationException e = failure(() -> CommitteeScoring.aggregate(TENDER, List.of(TECH), List.of(B1), two,
            dacis(List.of(P1)), true, s));
        assertThat(rules(e)).containsExactlyInAnyOrder("LCSP-146.2.a", "LCSP-64", "LCSP-146.2", "LCSP-146",
            "OTP-COMMITTEE-MISSING");
    }
}
