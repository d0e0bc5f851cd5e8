package io.otp.scoring.json;

import io.otp.core.testing.JsonTypeScan;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.abnormal.ConditionOutcome;
import io.otp.scoring.abnormal.PliegoCondition;
import io.otp.scoring.abnormal.PliegoRule;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.committee.AggregatedScore;
import io.otp.scoring.committee.CommitteeResult;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.Attribution;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.evaluation.CriterionScore;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationEvent;
import io.otp.scoring.evaluation.EvaluationPhase;
import io.otp.scoring.evaluation.EvaluationFinding;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.evaluation.EvaluationSettings;
import io.otp.scoring.evaluation.FormulaOffer;
import io.otp.scoring.evaluation.RegisteredBid;
import io.otp.scoring.evaluation.SealedEnvelope;
import io.otp.scoring.formula.RoundingPolicy;
import io.otp.scoring.ranking.AwardProposal;
import io.otp.scoring.ranking.ExcludedBid;
import io.otp.scoring.ranking.RankedBid;
import io.otp.scoring.ranking.RankingCandidate;
import io.otp.scoring.ranking.RankingResult;
import io.otp.scoring.ranking.TieBreak;
import io.otp.scoring.ranking.TieBreakCriterion;
import io.otp.scoring.ranking.TieBreakValue;
import io.otp.scoring.ranking.Withdrawal;
import io.otp.scoring.spi.FormulaScore;
import io.otp.scoring.testing.AbnormalityInputGenerators;
import io.otp.scoring.testing.CommitteeGenerators;
import io.otp.scoring.testing.EvaluationGenerators;
import io.otp.scoring.testing.FormulaGenerators;
import io.otp.scoring.testing.RankingGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The JSON types of otp-scoring as the tests of this package see them: the scan of the main classes
 * ({@link JsonTypeScan}) and the registry of one generator of realistic, valid instances per readable
 * JSON-capable type. Results that the SDK computes (committee results, assessments, rankings, award
 * proposals, formula scores, evaluations and every part of them) are generated as inputs and computed by
 * the SDK, never built by hand.
 */
final class ScoringJsonTypes {

    /** Where the scan looks: otp-scoring's main classes, tests excluded. */
    static final String ROOT_PACKAGE = "io.otp.scoring";

    /** The scan. */
    static final JsonTypeScan SCORING = JsonTypeScan.of(ROOT_PACKAGE);

    /** One generator of realistic, valid instances per JSON-capable type. */
    static final Map<Class<?>, Gen<?>> GENERATORS = registry();

    /**
     * The types that hold a bare {@code BigDecimal} (points before rounding, amounts of a mean, formula
     * inputs and parameters, offered values, tie-break values), directly or in a part. A document may write
     * such a number with an exponent ({@code 1E+1} for {@code 10.00}, as a JSON tree that strips trailing
     * zeros does); the value read then differs by {@code equals} from the one its own JSON reads back as
     * ({@code 10}, the SDK writes decimals plain), though the JSON is the same once written. For these
     * the fuzzing checks that the JSON is stable ({@code SAME_BYTES}); for the others that the value is
     * ({@code EQUAL_VALUE}). {@link SealedEnvelope} and {@link RegisteredBid} hold such numbers too but
     * are equal by the digest of their contents, which is computed from the plain digits, so they keep
     * {@code EQUAL_VALUE}.
     */
    static final Set<Class<?>> BARE_DECIMALS = Set.of(OfferAssessment.class, AbnormalityAssessment.class,
        ConditionOutcome.class, PliegoCondition.class, PliegoRule.class, AbnormalityInput.class,
        AggregatedScore.class, CommitteeResult.class, FormulaScore.class, CriterionScore.class,
        BidEvaluation.class, FormulaOffer.class, TieBreakCriterion.class, EvaluationSettings.class,
        EvaluationResult.class, Evaluation.class);

    private ScoringJsonTypes() {
    }

    private static Map<Class<?>, Gen<?>> registry() {
        Map<Class<?>, Gen<?>> r = new LinkedHashMap<>();
        // io.otp.scoring.abnormal
        register(r, PliegoThreshold.class, AbnormalityInputGenerators.pliegoThresholds());
        register(r, AbnormalityOffer.class, Generate.oneOf(AbnormalityInputGenerators.inputs(),
            AbnormalityInputGenerators.pliegoInputs()).zip(Generate.range(0, Integer.MAX_VALUE),
                (input, i) -> input.offers().get(i % input.offers().size())));
        register(r, AbnormalityInput.class, Generate.oneOf(AbnormalityInputGenerators.inputs(),
            AbnormalityInputGenerators.pliegoInputs(), AbnormalityInputGenerators.pliegoRuleInputs()));
        register(r, PliegoRule.class, AbnormalityInputGenerators.pliegoRules());
        register(r, PliegoCondition.class, AbnormalityInputGenerators.pliegoConditions());
        register(r, ConditionOutcome.class, AbnormalityInputGenerators.conditionOutcomes());
        register(r, AbnormalOfferDecision.class, AbnormalityInputGenerators.decisions());
        register(r, AbnormalityAssessment.class, AbnormalityInputGenerators.assessments());
        register(r, OfferAssessment.class, AbnormalityInputGenerators.offerAssessments());
        // io.otp.scoring.committee
        register(r, ConflictOfInterestDeclaration.class, CommitteeGenerators.declarations());
        register(r, EvaluatorScore.class, CommitteeGenerators.evaluatorScores());
        register(r, AggregatedScore.class, CommitteeGenerators.aggregatedScores());
        register(r, CommitteeResult.class, CommitteeGenerators.results());
        // io.otp.scoring.formula and io.otp.scoring.spi
        register(r, RoundingPolicy.class, EvaluationGenerators.roundingPolicies());
        register(r, FormulaScore.class, FormulaGenerators.scores());
        // io.otp.scoring.ranking
        register(r, RankingCandidate.class, RankingGenerators.candidates());
        register(r, ExcludedBid.class, RankingGenerators.excludedBids());
        register(r, TieBreakCriterion.class, RankingGenerators.tieBreakCriteria());
        register(r, RankedBid.class, RankingGenerators.rankedBids());
        register(r, TieBreakValue.class, RankingGenerators.tieBreakValues());
        register(r, TieBreak.class, RankingGenerators.tieBreaks());
        register(r, RankingResult.class, RankingGenerators.results());
        register(r, Withdrawal.class, RankingGenerators.withdrawals());
        register(r, AwardProposal.class, RankingGenerators.proposals());
        // io.otp.scoring.evaluation: computed by running generated evaluations
        register(r, Attribution.class, EvaluationGenerators.attributions());
        register(r, EvaluationSettings.class, EvaluationGenerators.settings());
        register(r, RegisteredBid.class, EvaluationGenerators.partsOf(Evaluation::bids));
        register(r, SealedEnvelope.class, EvaluationGenerators.partsOf(e -> e.bids().stream()
            .map(RegisteredBid::envelope).toList()));
        register(r, FormulaOffer.class, EvaluationGenerators.partsOf(e ->
            e.phase().compareTo(EvaluationPhase.FORMULA_ENVELOPE_OPENED) >= 0 ? List.copyOf(e.formulaOffers().values())
                : List.of()));
        register(r, EvaluationEvent.class, EvaluationGenerators.partsOf(Evaluation::history));
        register(r, BidEvaluation.class, EvaluationGenerators.partsOf(e -> e.result().bids()));
        register(r, CriterionScore.class, EvaluationGenerators.partsOf(e -> criterionScores(e)));
        register(r, Evaluation.class, EvaluationGenerators.evaluations());
        register(r, EvaluationResult.class, EvaluationGenerators.results());
        // findings as the SDK makes them (with the message's key and arguments) and as results written before keys
        // were recorded hold them (rule, path and English message only)
        register(r, EvaluationFinding.class, EvaluationGenerators.partsOf(e -> e.result().findings())
            .zip(org.quicktheories.generators.SourceDSL.booleans().all(), (f, withKey) -> withKey ? f
                : io.otp.core.json.OtpJson.standard().read(io.otp.core.json.OtpJson.standard().write(
                    java.util.Map.of("ruleId", f.ruleId(), "path", f.path(), "message", f.message())),
                    EvaluationFinding.class)));
        return Collections.unmodifiableMap(r);
    }

    private static List<CriterionScore> criterionScores(Evaluation e) {
        List<CriterionScore> out = new ArrayList<>();
        e.result().bids().forEach(b -> out.addAll(b.criteria()));
        return out;
    }

    private static <T> void register(Map<Class<?>, Gen<?>> registry, Class<T> type, Gen<? extends T> values) {
        if (registry.put(type, values) != null) {
            throw new IllegalStateException(type + " registered twice");
        }
    }
}
