package io.otp.benchmarks;

import io.otp.core.id.BidId;
import io.otp.core.id.PersonId;
import io.otp.core.money.DecimalPolicy;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.committee.EvaluatorScore;
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
 * doing the same arithmetic.
 *
 * <p>The workloads are issue 11's: {@code 100x10} is a lot of 100 bids and 10 formula criteria;
 * {@code 1000x20} and {@code 10000x20} are lots of 1,000 and 10,000 bids and 20 criteria, 10 by formula
 * and 10 by value judgment, each of these scored by 5 evaluators (50,000 and 500,000 scores with their
 * justifications). The fork runs with a heap of 256 MB ({@code -Xmx256m}), input included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {

    /** The lot: bids x criteria; 20 criteria are 10 by formula and 10 by value judgment with 5 evaluators. */
    @Param({"100x10", "1000x20", "10000x20"})
    public String lot;

    private Tender tender;
    private List<Bid> lotBids;
    private EvaluationSettings settings;
    private List<EvaluatorScore> scores;
    private BigDecimal[][] values;
    private BigDecimal[] maxPoints;
    private BigDecimal[][][] judgedPoints;

    private static final PersonId SECRETARY = PersonId.of("P-SECRETARIA");
    private static final PersonId PRESIDENT = PersonId.of("P-PRESIDENTE");
    private static final Instant AT = Instant.parse("2026-04-22T09:00:00Z");

    /** Creates the benchmark; JMH calls it. */
    public EvaluationBenchmark() {
    }

    /** Builds the tender, its bids and scores with a fixed seed, and the baseline's arrays of the same values. */
    @Setup(Level.Trial)
    public void setUp() {
        String[] size = lot.split("x");
        int bids = Integer.parseInt(size[0]);
        int criteria = Integer.parseInt(size[1]);
        int formula = Math.min(criteria, 10);
        int judged = criteria - formula;
        List<PersonId> committee = Workloads.committee(judged > 0 ? 5 : 1);
        tender = Workloads.tender(formula, judged);
        lotBids = Workloads.bids(bids, formula);
        settings = Workloads.settings(committee);
        scores = Workloads.scores(tender, lotBids, committee);
        values = new BigDecimal[bids][formula];
        maxPoints = new BigDecimal[formula];
        for (int c = 0; c < formula; c++) {
            maxPoints[c] = tender.lots().get(0).criteria().get(c).maxPoints().value();
        }
        for (int b = 0; b < bids; b++) {
            Bid bid = lotBids.get(b);
            values[b][0] = bid.economicOffer().amount();
            for (int c = 1; c < formula; c++) {
                values[b][c] = bid.formulaValues().get(Workloads.criterion(c + 1));
            }
        }
        // the scores come bid by bid, criterion by criterion, evaluator by evaluator
        judgedPoints = new BigDecimal[bids][judged][committee.size()];
        int i = 0;
        for (int b = 0; b < bids; b++) {
            for (int j = 0; j < judged; j++) {
                for (int m = 0; m < committee.size(); m++) {
                    judgedPoints[b][j][m] = scores.get(i++).points().value();
                }
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
        return evaluate(tender, settings, lotBids, scores).result();
    }

    /**
     * The baseline: for each formula criterion the best (lowest) value, then each bid's points as best /
     * value times the maximum; for each value-judgment criterion the mean of the evaluators' points; each
     * rounded to 2 decimals half up, and each bid's total.
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
                BigDecimal points = best.multiply(maxPoints[c]).divide(values[b][c], DecimalPolicy.MATH_CONTEXT)
                    .setScale(2, RoundingMode.HALF_UP);
                totals[b] = totals[b].add(points);
            }
        }
        for (int b = 0; b < n; b++) {
            for (BigDecimal[] evaluators : judgedPoints[b]) {
                BigDecimal sum = BigDecimal.ZERO;
                for (BigDecimal p : evaluators) {
                    sum = sum.add(p);
                }
                BigDecimal mean = sum.divide(BigDecimal.valueOf(evaluators.length), DecimalPolicy.MATH_CONTEXT);
                totals[b] = totals[b].add(mean.setScale(2, RoundingMode.HALF_UP));
            }
        }
        return totals;
    }

    static Evaluation evaluate(Tender tender, EvaluationSettings settings, List<Bid> bids,
            List<EvaluatorScore> scores) {
        Attribution secretary = Attribution.of(SECRETARY, AT);
        Attribution president = Attribution.of(PRESIDENT, AT);
        Evaluation e = Evaluation.start(tender, Workloads.LOT, settings, secretary).registerBids(bids, secretary);
        if (!scores.isEmpty()) {
            e = e.recordScores(scores, secretary);
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
