package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.id.BidId;
import io.otp.core.id.LotId;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.Attribution;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.evaluation.EvaluationSettings;
import io.otp.scoring.ranking.RankedBid;
import io.otp.scoring.sensitivity.CriterionSensitivity;
import io.otp.scoring.sensitivity.WeightSensitivity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's snippet that evaluates a lot, compiled and run on lot 1 of {@link ServiceDeskTender}. */
class ReadmeEvaluationExampleTest {

    @Test
    void theReadmeSnippetProposesTheBestAdmittedBid() {
        Tender tender = ServiceDeskTender.tender();
        EvaluationSettings settings = ServiceDeskTender.settings();
        List<Bid> bids = ServiceDeskTender.bids(ServiceDeskTender.LOT_1);
        List<EvaluatorScore> scores = ServiceDeskTender.scores(ServiceDeskTender.LOT_1);

        // README snippet begins
        Attribution secretary = Attribution.of(PersonId.of("P-BELTRAN-GIL"), Instant.parse("2026-04-02T09:00:00Z"));
        Attribution mesa = Attribution.of(PersonId.of("P-NAVARRO-PONS"), Instant.parse("2026-04-22T09:00:00Z"));
        Evaluation e = Evaluation.start(tender, LotId.of("L1"), settings, secretary);
        for (Bid bid : bids) {
            e = e.registerBid(bid, secretary);
        }
        e = e.recordScores(scores, mesa).sealValueJudgment(mesa).applyTechnicalThreshold(mesa)
            .openFormulaEnvelope(mesa).scoreFormulaCriteria(mesa).detectAbnormalOffers(mesa);
        for (BidId flagged : e.abnormality().map(AbnormalityAssessment::pendingDecisions).orElse(List.of())) {
            e = e.decideJustification(AbnormalOfferDecision.rejected(flagged,
                "La justificación no acredita que la oferta cubra los costes salariales del convenio"), mesa);
        }
        EvaluationResult result = e.rank(mesa).breakTies(mesa).proposeAward(mesa).result();
        String json = OtpJson.standard().write(result);
        List<CriterionSensitivity> weights = WeightSensitivity.analyse(result.pointsMatrix());
        // README snippet ends

        assertThat(result.proposal().orElseThrow().proposed().map(RankedBid::bid)).contains(BidId.of("B1"));
        assertThat(json).contains("\"ABNORMALLY_LOW_NOT_JUSTIFIED\"");
        assertThat(weights).hasSize(3);
    }
}
