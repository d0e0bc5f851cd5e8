package io.otp.scoring.evaluation;

import static io.otp.scoring.evaluation.EvaluationFixtures.BY;
import static io.otp.scoring.evaluation.EvaluationFixtures.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.id.BidId;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Points;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.ranking.ExclusionReason;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.SourceDSL;

/**
 * Every step asked for in a phase where LCSP order does not allow it fails and changes nothing; sealed
 * scores cannot change; the formula envelopes stay closed until the technical threshold is applied.
 */
class EvaluationTransitionsTest {

    private static final OtpJson JSON = OtpJson.standard();

    /** A step of the pipeline and the phases from which it may be taken. */
    private record Step(String name, Function<Evaluation, Evaluation> call, Set<EvaluationPhase> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Step> STEPS = List.of(
        new Step("registerBid", e -> e.registerBid(EvaluationFixtures.bid("B9", "B99999999", "85000.00"), BY),
            EnumSet.of(EvaluationPhase.REGISTRATION)),
        new Step("recordScores", e -> e.recordScores(EvaluationFixtures.scores("B1", 20, 20, 20), BY),
            EnumSet.of(EvaluationPhase.REGISTRATION, EvaluationPhase.VALUE_JUDGMENT)),
        new Step("sealValueJudgment", e -> e.sealValueJudgment(BY),
            EnumSet.of(EvaluationPhase.REGISTRATION, EvaluationPhase.VALUE_JUDGMENT)),
        new Step("applyTechnicalThreshold", e -> e.applyTechnicalThreshold(BY),
            EnumSet.of(EvaluationPhase.VALUE_JUDGMENT_SEALED)),
        new Step("openFormulaEnvelope", e -> e.openFormulaEnvelope(BY), EnumSet.of(EvaluationPhase.THRESHOLD_APPLIED)),
        new Step("scoreFormulaCriteria", e -> e.scoreFormulaCriteria(BY),
            EnumSet.of(EvaluationPhase.FORMULA_ENVELOPE_OPENED)),
        new Step("detectAbnormalOffers", e -> e.detectAbnormalOffers(BY), EnumSet.of(EvaluationPhase.FORMULA_SCORED)),
        new Step("decideJustification", e -> e.decideJustification(EvaluationFixtures.REJECT_B4, BY),
            EnumSet.of(EvaluationPhase.ABNORMAL_OFFERS_PENDING)),
        new Step("rank", e -> e.rank(BY), EnumSet.of(EvaluationPhase.ABNORMAL_OFFERS_RESOLVED)),
        new Step("breakTies", e -> e.breakTies(BY), EnumSet.of(EvaluationPhase.RANKED)),
        new Step("proposeAward", e -> e.proposeAward(BY), EnumSet.of(EvaluationPhase.TIES_BROKEN)),
        new Step("withdrawProposedBidder", e -> e.withdrawProposedBidder("no aportó la documentación", BY),
            EnumSet.of(EvaluationPhase.AWARD_PROPOSED)));

    static Stream<Arguments> illegalSteps() {
        return STEPS.stream().flatMap(s -> EnumSet.complementOf(EnumSet.copyOf(s.allowed())).stream()
            .map(p -> Arguments.of(s, p)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("illegalSteps")
    void refusesAStepOutOfOrderAndChangesNothing(Step step, EvaluationPhase phase) {
        Evaluation before = in(phase);
        String json = JSON.write(before);
        int events = before.history().size();

        IllegalTransitionException x = catchThrowableOfType(IllegalTransitionException.class,
            () -> step.call().apply(before));

        assertThat(x).as("%s from %s", step, phase).isNotNull();
        assertThat(x.getMessage()).contains(phase.name());
        assertThat(before.phase()).isEqualTo(phase);
        assertThat(before.history()).hasSize(events);
        assertThat(JSON.read(json, Evaluation.class)).isEqualTo(before);
        assertThat(JSON.write(before)).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legalSteps")
    void takesEachStepFromTheFixturePhaseBeforeIt(Step step, EvaluationPhase from) {
        // The other half of the table above: the same calls succeed where they are allowed, so the
        // refusals are about the phase and not about the arguments.
        Evaluation before = in(from);
        Evaluation after = step.call().apply(before);
        assertThat(after.history()).hasSize(before.history().size() + 1);
        assertThat(after.history().get(after.history().size() - 1).from()).isEqualTo(from);
    }

    static Stream<Arguments> legalSteps() {
        return Stream.of(
            Arguments.of(STEPS.get(0), EvaluationPhase.REGISTRATION),
            Arguments.of(STEPS.get(1), EvaluationPhase.VALUE_JUDGMENT),
            Arguments.of(STEPS.get(2), EvaluationPhase.VALUE_JUDGMENT),
            Arguments.of(STEPS.get(3), EvaluationPhase.VALUE_JUDGMENT_SEALED),
            Arguments.of(STEPS.get(4), EvaluationPhase.THRESHOLD_APPLIED),
            Arguments.of(STEPS.get(5), EvaluationPhase.FORMULA_ENVELOPE_OPENED),
            Arguments.of(STEPS.get(6), EvaluationPhase.FORMULA_SCORED),
            Arguments.of(STEPS.get(7), EvaluationPhase.ABNORMAL_OFFERS_PENDING),
            Arguments.of(STEPS.get(8), EvaluationPhase.ABNORMAL_OFFERS_RESOLVED),
            Arguments.of(STEPS.get(9), EvaluationPhase.RANKED),
            Arguments.of(STEPS.get(10), EvaluationPhase.TIES_BROKEN),
            Arguments.of(STEPS.get(11), EvaluationPhase.AWARD_PROPOSED));
    }

    @ParameterizedTest
    @EnumSource(value = EvaluationPhase.class, names = {"REGISTRATION", "VALUE_JUDGMENT", "VALUE_JUDGMENT_SEALED",
        "THRESHOLD_APPLIED"})
    void formulaOffersCannotBeReadBeforeTheEnvelopeIsOpened(EvaluationPhase phase) {
        Evaluation e = in(phase);
        EvaluationOrderException x = catchThrowableOfType(EvaluationOrderException.class, e::formulaOffers);
        assertThat(x).isNotNull();
        assertThat(x.phase()).isEqualTo(phase);
        assertThat(x.required()).isEqualTo(EvaluationPhase.FORMULA_ENVELOPE_OPENED);
        assertThat(e.phase()).isEqualTo(phase);
    }

    @ParameterizedTest
    @EnumSource(value = EvaluationPhase.class, names = {"FORMULA_ENVELOPE_OPENED", "FORMULA_SCORED",
        "ABNORMAL_OFFERS_PENDING", "ABNORMAL_OFFERS_RESOLVED", "RANKED", "TIES_BROKEN", "AWARD_PROPOSED"})
    void formulaOffersLeaveOutTheBidsBelowTheTechnicalThreshold(EvaluationPhase phase) {
        // B3 scored 12.00 < 20 on QUALITY and never reaches the price phase (LCSP art. 146.3); the
        // others' envelopes hold the offers registered.
        Evaluation e = in(phase);
        assertThat(e.formulaOffers()).containsOnlyKeys(BidId.of("B1"), BidId.of("B2"), BidId.of("B4"));
        assertThat(e.formulaOffers().get(BidId.of("B1")).economicOffer().amount()).isEqualByComparingTo("80000.00");
        assertThat(e.formulaOffers().get(BidId.of("B4")).economicOffer().amount()).isEqualByComparingTo("50000.00");
        assertThat(e.exclusions()).filteredOn(x -> x.reason() == ExclusionReason.BELOW_TECHNICAL_THRESHOLD)
            .extracting(x -> x.bid()).containsExactly(BidId.of("B3"));
    }

    @ParameterizedTest
    @EnumSource(EvaluationPhase.class)
    void theStateOfEveryPhaseSurvivesAJsonRoundTrip(EvaluationPhase phase) {
        Evaluation e = in(phase);
        String json = JSON.write(e);
        Evaluation back = JSON.read(json, Evaluation.class);
        assertThat(back).isEqualTo(e);
        assertThat(back.phase()).isEqualTo(phase);
        assertThat(JSON.write(back)).isEqualTo(json);
    }

    @Test
    void sealedScoresCannotBeRevised() {
        Evaluation sealed = in(EvaluationPhase.VALUE_JUDGMENT_SEALED);
        String json = JSON.write(sealed);
        // P1 scored B1 30 on QUALITY (max 40); any revision, even a valid one, is refused.
        qt().withExamples(50).forAll(SourceDSL.integers().between(0, 4000), SourceDSL.integers().between(0, 2),
                SourceDSL.integers().between(1, 4))
            .checkAssert((cents, member, bid) -> {
                EvaluatorScore s = EvaluatorScore.builder().evaluator(PersonId.of("P" + (member + 1)))
                    .bid(BidId.of("B" + bid)).criterion(EvaluationWorkedExampleTest.QUALITY)
                    .points(Points.of(BigDecimal.valueOf(cents, 2))).justification("revisión tras la apertura")
                    .build();
                assertThatThrownBy(() -> sealed.recordScores(List.of(s), BY))
                    .isInstanceOf(IllegalTransitionException.class);
                assertThat(JSON.write(sealed)).isEqualTo(json);
            });
        // The sealed mean of B1 stays (30 + 32 + 34) / 3 = 32.
        assertThat(sealed.valueJudgment().orElseThrow().find(BidId.of("B1"), EvaluationWorkedExampleTest.QUALITY)
            .orElseThrow().points()).isEqualByComparingTo("32");
    }

    @Test
    void sealedScoresCannotBeRevisedInAnyLaterPhase() {
        EvaluatorScore s = EvaluationFixtures.scores("B1", 40).get(0);
        for (EvaluationPhase p : EnumSet.range(EvaluationPhase.VALUE_JUDGMENT_SEALED, EvaluationPhase.AWARD_PROPOSED)) {
            Evaluation e = in(p);
            assertThatThrownBy(() -> e.recordScores(List.of(s), BY)).as("%s", p)
                .isInstanceOf(IllegalTransitionException.class);
        }
    }
}
