package io.otp.cli;

import io.otp.cli.input.EvaluationInput;
import io.otp.cli.input.InvalidInputException;
import io.otp.core.OtpException;
import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.evaluation.Attribution;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationResult;
import java.util.List;
import java.util.Map;

/**
 * Runs the evaluation of the lot of an {@link EvaluationInput} through every step of {@link Evaluation}
 * in LCSP order (arts. 145-150, RGLCAP art. 85), as the SDK's evaluation scenario does; each step is
 * signed by {@link EvaluationInput#signer()} at {@link EvaluationInput#signedAt()}.
 */
final class LotEvaluation {

    private LotEvaluation() {
    }

    /** The bids of a result that no step excluded: those of its points matrix. */
    static long admitted(EvaluationResult result) {
        return result.bids().stream().filter(b -> b.exclusion().isEmpty()).count();
    }

    static Evaluation run(EvaluationInput input, String file, Messages messages) {
        try {
            Attribution by = Attribution.of(input.signer(), input.signedAt());
            // All bids in one step: one at a time copies the growing list of registered bids each time.
            Evaluation e = Evaluation.start(input.tender(), input.lot(), input.settings(), by)
                .registerBids(input.bids(), by)
                .recordScores(input.scores(), by)
                .sealValueJudgment(by)
                .applyTechnicalThreshold(by)
                .openFormulaEnvelope(by)
                .scoreFormulaCriteria(by)
                .detectAbnormalOffers(by);
            List<BidId> pending = e.abnormality().map(AbnormalityAssessment::pendingDecisions).orElse(List.of());
            // a decision on a bid the rule did not flag cannot be applied: say so rather than drop it
            for (AbnormalOfferDecision d : input.decisions()) {
                if (!pending.contains(d.bidId())) {
                    throw new InvalidInputException(file, messages.text("evaluate.decisionNotFlagged", Map.of(
                        "bid", d.bidId())));
                }
            }
            for (BidId flagged : pending) {
                AbnormalOfferDecision decision = input.decision(flagged).orElseThrow(() ->
                    new InvalidInputException(file, messages.text("evaluate.decisionMissing", Map.of("bid", flagged))));
                e = e.decideJustification(decision, by);
            }
            return e.rank(by).breakTies(by).proposeAward(by);
        } catch (ValidationException x) {
            throw new InvalidInputException(file, x.violations(), x);
        } catch (InvalidInputException x) {
            throw x;
        } catch (OtpException | IllegalArgumentException x) {
            throw new InvalidInputException(file, messages.text("evaluate.rejected", Map.of(
                "reason", String.valueOf(x.getMessage()))));
        }
    }
}
