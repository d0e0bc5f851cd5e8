package io.otp.scoring.evaluation;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.scoring.evaluation.EvaluationFixtures.BY;
import static io.otp.scoring.evaluation.EvaluationFixtures.WARRANTY;
import static io.otp.scoring.evaluation.EvaluationFixtures.in;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.L1;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.PRICE;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.QUALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.tender.Bid;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Tender;
import io.otp.scoring.committee.EvaluatorScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input is refused with one ValidationException that lists every problem with its path and rule. */
class EvaluationValidationTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static final PersonId P1 = PersonId.of("P1");
    private static final PersonId P2 = PersonId.of("P2");
    private static final PersonId P3 = PersonId.of("P3");

    private static ValidationException refused(ThrowingCallable call) {
        ValidationException x = catchThrowableOfType(ValidationException.class, call);
        assertThat(x).as("expected a ValidationException").isNotNull();
        assertMessagesInBothLanguages(x);
        return x;
    }

    private static EvaluatorScore score(PersonId p, String bid, CriterionId c, String points, String text) {
        return EvaluatorScore.builder().evaluator(p).bid(BidId.of(bid)).criterion(c).points(Points.of(points))
            .justification(text).build();
    }

    @Test
    void registerBidListsEveryProblem() {
        // Lot: price 50 (inverse-proportional), warranty 20 (linear-bounds 0..5 years), quality 30.
        Tender tender = EvaluationFixtures.tender(null,
            EvaluationFixtures.price(50, FormulaReference.of("inverse-proportional")),
            EvaluationFixtures.warranty(20, FormulaReference.builder().id("linear-bounds")
                .putParameters("worst", BigDecimal.ZERO).putParameters("best", BigDecimal.valueOf(5)).build()),
            EvaluationFixtures.quality(30));
        Evaluation e = Evaluation.start(tender, L1, EvaluationWorkedExampleTest.settings(), BY)
            .registerBid(EvaluationFixtures.bid("B1", "A58818501", "80000.00", "3"), BY);
        String before = JSON.write(e);
        // Another tender and lot, B1's id and bidder, no warranty, a value for a criterion the lot lacks.
        Bid bad = Bid.builder().id(BidId.of("B1")).tender(TenderId.of("2026/EXP-0999")).lot(LotId.of("L9"))
            .bidder(OrganisationId.of("A58818501")).economicOffer(Money.euros("75000.00"))
            .putFormulaValues(CriterionId.of("SPEED"), BigDecimal.TEN)
            .submittedAt(Instant.parse("2026-04-20T11:00:00Z")).build();

        ValidationException x = refused(() -> e.registerBid(bad, BY));

        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId).containsExactlyInAnyOrder(
            tuple("bid.tender", "OTP-EVALUATION-BID"),
            tuple("bid.lot", "OTP-EVALUATION-BID"),
            tuple("bid.id", "OTP-UNIQUE-ID"),
            tuple("bid.bidder", "LCSP-139.3"),
            tuple("bid.formulaValues[WARRANTY]", "OTP-EVALUATION-VALUE"),
            tuple("bid.formulaValues[SPEED]", "OTP-EVALUATION-VALUE"));
        assertThat(x.violations()).filteredOn(v -> v.path().equals("bid.bidder")).singleElement()
            .satisfies(v -> assertThat(v.message()).contains("A58818501").contains("B1"));
        assertThat(JSON.write(e)).isEqualTo(before);
        assertThat(e.bids()).hasSize(1);
    }

    @Test
    void aValueForTheValueJudgmentCriterionIsNotAFormulaValue() {
        Evaluation e = in(EvaluationPhase.REGISTRATION);
        Bid bad = Bid.builder().id(BidId.of("B9")).tender(EvaluationWorkedExampleTest.TENDER).lot(L1)
            .bidder(OrganisationId.of("B99999999")).economicOffer(Money.euros("75000.00"))
            .putFormulaValues(QUALITY, BigDecimal.TEN).submittedAt(Instant.parse("2026-04-20T11:00:00Z")).build();
        ValidationException x = refused(() -> e.registerBid(bad, BY));
        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("bid.formulaValues[QUALITY]", "OTP-EVALUATION-VALUE"));
    }

    @Test
    void recordScoresListsEveryProblem() {
        // P4 is a member without a declaration (the tender is not PRTR-funded: LCSP art. 64); P9 is not a member.
        PersonId p4 = PersonId.of("P4");
        EvaluationSettings settings = EvaluationSettings.builder().addCommittee(P1, P2, P3, p4)
            .addAllDeclarations(EvaluationFixtures.dacis(List.of(P1, P2, P3))).build();
        Evaluation e = Evaluation.start(EvaluationWorkedExampleTest.tender(), L1, settings, BY)
            .registerBid(EvaluationFixtures.bid("B1", "A58818501", "80000.00"), BY)
            .registerBid(EvaluationFixtures.bid("B2", "B12345674", "90000.00"), BY);
        String before = JSON.write(e);
        List<EvaluatorScore> scores = new ArrayList<>();
        scores.add(score(PersonId.of("P9"), "B1", QUALITY, "20", "motivada"));
        scores.add(score(p4, "B1", QUALITY, "20", "motivada"));
        scores.add(score(P1, "B7", QUALITY, "20", "motivada"));
        scores.add(score(P1, "B1", PRICE, "20", "motivada"));
        scores.add(score(P2, "B1", QUALITY, "40.01", "motivada"));
        scores.add(score(P3, "B1", QUALITY, "20", "   "));
        scores.add(score(P1, "B2", QUALITY, "20", "motivada"));
        scores.add(score(P1, "B2", QUALITY, "21", "motivada otra vez"));

        ValidationException x = refused(() -> e.recordScores(scores, BY));

        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId).containsExactlyInAnyOrder(
            tuple("scores[0].evaluator", "OTP-COMMITTEE-UNKNOWN"),
            tuple("scores[1].evaluator", "LCSP-64"),
            tuple("scores[2].bid", "OTP-COMMITTEE-UNKNOWN"),
            tuple("scores[3].criterion", "OTP-COMMITTEE-UNKNOWN"),
            tuple("scores[4].points", "LCSP-146.2"),
            tuple("scores[5].justification", "LCSP-146"),
            tuple("scores[7]", "OTP-COMMITTEE-DUPLICATE"));
        assertThat(JSON.write(e)).isEqualTo(before);
        assertThat(e.phase()).isEqualTo(EvaluationPhase.REGISTRATION);
    }

    @Test
    void scoreFormulaCriteriaListsEveryProblemUnderItsCriterion() {
        // power's exponent must lie in (0, 10]; 20 is out of range; "no-such-formula" is unknown.
        Tender tender = EvaluationFixtures.tender(null,
            EvaluationFixtures.price(70, FormulaReference.builder().id("power")
                .putParameters("exponent", BigDecimal.valueOf(20)).build()),
            EvaluationFixtures.warranty(30, FormulaReference.of("no-such-formula")));
        Evaluation opened = Evaluation.start(tender, L1, EvaluationSettings.defaults(), BY)
            .registerBid(EvaluationFixtures.bid("B1", "A58818501", "80000.00", "3"), BY)
            .registerBid(EvaluationFixtures.bid("B2", "B12345674", "90000.00", "2"), BY)
            .sealValueJudgment(BY).applyTechnicalThreshold(BY).openFormulaEnvelope(BY);

        ValidationException x = refused(() -> opened.scoreFormulaCriteria(BY));

        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId).containsExactlyInAnyOrder(
            tuple("criteria[PRICE].parameters.exponent", "OTP-FORMULA-PARAMETER"),
            tuple("criteria[WARRANTY].formula.id", "OTP-FORMULA-UNKNOWN"));
        assertThat(x.violations()).allSatisfy(v -> assertThat(v.path()).startsWith("criteria["));
        assertThat(opened.phase()).isEqualTo(EvaluationPhase.FORMULA_ENVELOPE_OPENED);
        assertThat(opened.formulaScores()).isEmpty();
    }

    @Test
    void startRefusesALotTheTenderLacks() {
        ValidationException x = refused(() -> Evaluation.start(EvaluationWorkedExampleTest.tender(), LotId.of("L7"),
            EvaluationWorkedExampleTest.settings(), BY));
        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("lot", "OTP-EVALUATION-LOT"));
        assertThat(x.violations().get(0).message()).contains("L7").contains("L1");
    }

    @Test
    void sealingRefusesAMissingScore() {
        // P3 did not score B4: every other cell of the worked example is there.
        List<EvaluatorScore> all = new ArrayList<>();
        all.addAll(EvaluationFixtures.scores("B1", 30, 32, 34));
        all.addAll(EvaluationFixtures.scores("B2", 36, 36, 36));
        all.addAll(EvaluationFixtures.scores("B3", 10, 12, 14));
        all.addAll(EvaluationFixtures.scores("B4", 25, 25));
        Evaluation e = in(EvaluationPhase.REGISTRATION).recordScores(all, BY);

        ValidationException x = refused(() -> e.sealValueJudgment(BY));

        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("scores", "OTP-COMMITTEE-MISSING"));
        assertThat(x.violations().get(0).message()).contains("P3").contains("B4").contains("QUALITY");
        assertThat(e.phase()).isEqualTo(EvaluationPhase.VALUE_JUDGMENT);
        assertThat(e.valueJudgment()).isEmpty();
    }

    @Test
    void sealingRefusesALotWithValueJudgmentCriteriaAndNoCommittee() {
        Evaluation e = Evaluation.start(EvaluationWorkedExampleTest.tender(), L1, EvaluationSettings.defaults(), BY)
            .registerBid(EvaluationFixtures.bid("B1", "A58818501", "80000.00"), BY);

        ValidationException x = refused(() -> e.sealValueJudgment(BY));

        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("settings.committee", "LCSP-146.2"));
        assertThat(x.violations().get(0).message()).contains("QUALITY");
    }

    @Test
    void sealingRefusesTwoMembersWhereTheValueJudgmentOutweighsTheFormulas() {
        // Price 40 points by formula, quality 60 by value judgment: 60 > 40, so LCSP art. 146.2.a asks
        // for a committee of at least three experts; P1 and P2 are two.
        Tender tender = EvaluationFixtures.tender(null,
            EvaluationFixtures.price(40, FormulaReference.of("inverse-proportional")), EvaluationFixtures.quality(60));
        EvaluationSettings two = EvaluationSettings.builder().addCommittee(P1, P2)
            .addAllDeclarations(EvaluationFixtures.dacis(List.of(P1, P2))).build();
        Evaluation e = Evaluation.start(tender, L1, two, BY)
            .registerBid(EvaluationFixtures.bid("B1", "A58818501", "80000.00"), BY)
            .recordScores(List.of(score(P1, "B1", QUALITY, "50", "motivada"),
                score(P2, "B1", QUALITY, "40", "motivada")), BY);
        assertThat(e.expertCommitteeRequired()).isTrue();

        ValidationException x = refused(() -> e.sealValueJudgment(BY));

        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("members", "LCSP-146.2.a"));
    }

    @Test
    void withdrawalNeedsAReason() {
        Evaluation e = in(EvaluationPhase.AWARD_PROPOSED);
        ValidationException x = refused(() -> e.withdrawProposedBidder("  ", BY));
        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("reason", "LCSP-150.2"));
    }
}
