package io.otp.benchmarks;

import io.otp.core.id.BidId;
import io.otp.core.id.LotId;
import io.otp.core.id.PersonId;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.evaluation.Attribution;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.evaluation.EvaluationSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full evaluation pipeline of one lot ({@link Evaluation}, LCSP arts. 145-150), step by step as
 * otp-examples' EvaluationScenario.evaluate runs it, against a hand-written {@link BigDecimal} loop
 * doing the same inverse-proportional arithmetic.
 *
 * <p>First step of issue 11: the lot has formula criteria only (no value judgment, so the committee
 * steps run empty); the workload adds 10 value-judgment criteria scored by 5 evaluators.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {

    /** The number of bids of the lot. */
    @Param({"100"})
    public int bids;

    /** The number of formula criteria of the lot. */
    @Param({"10"})
    public int criteria;

    private Tender tender;
    private List<Bid> lotBids;
    private BigDecimal[][] values;
    private BigDecimal[] maxPoints;

    private static final PersonId SECRETARY = PersonId.of("P-SECRETARIA");
    private static final PersonId PRESIDENT = PersonId.of("P-PRESIDENTE");
    private static final Instant AT = Instant.parse("2026-04-22T09:00:00Z");

    /** Creates the benchmark; JMH calls it. */
    public EvaluationBenchmark() {
    }

    /** Builds the tender and its bids with a fixed seed, and the baseline's arrays of the same values. */
    @Setup(Level.Trial)
    public void setUp() {
        tender = Workloads.tender(criteria);
        lotBids = Workloads.bids(bids, criteria);
        values = new BigDecimal[bids][criteria];
        maxPoints = new BigDecimal[criteria];
        for (int c = 0; c < criteria; c++) {
            maxPoints[c] = tender.lots().get(0).criteria().get(c).maxPoints().value();
        }
        for (int b = 0; b < bids; b++) {
            Bid bid = lotBids.get(b);
            values[b][0] = bid.economicOffer().amount();
            for (int c = 1; c < criteria; c++) {
                values[b][c] = bid.formulaValues().get(Workloads.criterion(c + 1));
            }
        }
    }

    /**
     * The SDK: every step of the evaluation, each signed, with the explained result.
     *
     * @return the explained result, so that nothing is optimised away
     */
    @Benchmark
    public EvaluationResult evaluation() {
        return evaluate(tender, Workloads.LOT, lotBids).result();
    }

    /**
     * The baseline: for each criterion the best (lowest) value, then each bid's points as best / value
     * times the maximum, rounded to 2 decimals half up, and each bid's total.
     *
     * @return the bids' totals
     */
    @Benchmark
    public BigDecimal[] baselineBigDecimalLoop() {
        int n = values.length;
        BigDecimal[] totals = new BigDecimal[n];
        java.util.Arrays.fill(totals, BigDecimal.ZERO);
        for (int c = 0; c < maxPoints.length; c++) {
            BigDecimal best = values[0][c];
            for (int b = 1; b < n; b++) {
                if (values[b][c].compareTo(best) < 0) {
                    best = values[b][c];
                }
            }
            for (int b = 0; b < n; b++) {
                BigDecimal points = best.multiply(maxPoints[c]).divide(values[b][c], 10, RoundingMode.HALF_UP)
                    .setScale(2, RoundingMode.HALF_UP);
                totals[b] = totals[b].add(points);
            }
        }
        return totals;
    }

    static Evaluation evaluate(Tender tender, LotId lot, List<Bid> bids) {
        Attribution secretary = Attribution.of(SECRETARY, AT);
        Attribution president = Attribution.of(PRESIDENT, AT);
        Evaluation e = Evaluation.start(tender, lot, EvaluationSettings.defaults(), secretary);
        for (Bid bid : bids) {
            e = e.registerBid(bid, secretary);
        }
        e = e.sealValueJudgment(president)
            .applyTechnicalThreshold(president)
            .openFormulaEnvelope(president)
            .scoreFormulaCriteria(president)
            .detectAbnormalOffers(president);
        for (BidId flagged : e.abnormality().map(AbnormalityAssessment::pendingDecisions).orElse(List.of())) {
            e = e.decideJustification(AbnormalOfferDecision.accepted(flagged, "Justificación aceptada"), president);
        }
        return e.rank(president).breakTies(president).proposeAward(president);
    }
}
