package io.otp.benchmarks;

import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.scoring.sensitivity.PointsMatrix;
import io.otp.scoring.sensitivity.RankAcceptability;
import io.otp.scoring.sensitivity.RankAcceptabilityResult;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rank acceptability ({@link RankAcceptability}, a seeded Monte Carlo over the weights) of a lot of 100
 * bids and 10 criteria with 100,000 weight samples, against hand-written loops on primitive
 * {@code double[]} arrays doing the same work: the same {@link SplittableRandom} draws (one
 * {@code nextDouble()} per criterion per sample, in criteria order), the same rescaled totals and the
 * same count of each bid at each rank, ties broken by bid id.
 *
 * <p>The baselines are checked in {@link #setUp()} to give exactly the SDK's counts. One baseline runs on
 * one thread like the SDK; the other splits the samples between two threads while keeping the same
 * sampling (the second thread skips the draws of the first half): the time the same work takes when
 * both cores share it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SensitivityBenchmark {

    /** The number of bids. */
    @Param({"100"})
    public int bids;

    /** The number of criteria, each weighing the same share of 100 points. */
    @Param({"10"})
    public int criteria;

    /** The number of weight samples. */
    @Param({"100000"})
    public int samples;

    /** Each weight is sampled within plus or minus this percentage of its declared value. */
    private static final BigDecimal PERTURBATION = BigDecimal.valueOf(20);

    private PointsMatrix matrix;
    private double[] points;
    private double[] declared;
    private ExecutorService threads;

    /** Creates the benchmark; JMH calls it. */
    public SensitivityBenchmark() {
    }

    /**
     * Draws the points of every bid on every criterion with a fixed seed (whole hundredths from 0 to the
     * criterion's weight), builds the SDK's matrix and the baseline's arrays of the same values, and
     * checks that both baselines count exactly what the SDK counts.
     */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(Workloads.SEED);
        long weight = 100 / criteria;
        PointsMatrix.Builder m = PointsMatrix.builder();
        for (int c = 1; c <= criteria; c++) {
            m.criterion(Workloads.criterion(c), BigDecimal.valueOf(weight));
        }
        for (int b = 1; b <= bids; b++) {
            BidId bid = BidId.of(String.format("B%05d", b));
            for (int c = 1; c <= criteria; c++) {
                m.points(bid, Workloads.criterion(c), BigDecimal.valueOf(random.nextLong(weight * 100 + 1), 2));
            }
        }
        matrix = m.build();
        List<BidId> ids = matrix.bids();
        List<CriterionId> cs = matrix.criteria();
        points = new double[bids * criteria];
        declared = new double[criteria];
        for (int j = 0; j < criteria; j++) {
            declared[j] = matrix.weights().get(cs.get(j)).doubleValue();
        }
        for (int i = 0; i < bids; i++) {
            for (int j = 0; j < criteria; j++) {
                points[i * criteria + j] = matrix.points(ids.get(i), cs.get(j)).doubleValue();
            }
        }
        threads = Executors.newFixedThreadPool(2);
        RankAcceptabilityResult sdk = rankAcceptability();
        int[] one = baselinePrimitiveLoop();
        int[] two = baselineTwoCores();
        for (int i = 0; i < bids; i++) {
            int[] expected = sdk.counts(ids.get(i));
            int[] a = Arrays.copyOfRange(one, i * bids, (i + 1) * bids);
            int[] b = Arrays.copyOfRange(two, i * bids, (i + 1) * bids);
            if (!Arrays.equals(expected, a) || !Arrays.equals(expected, b)) {
                throw new IllegalStateException("the baselines do not count what the SDK counts for " + ids.get(i));
            }
        }
    }

    /** Stops the baseline's threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        threads.shutdownNow();
    }

    /**
     * The SDK: {@link RankAcceptability#analyse} with a 20 % perturbation.
     *
     * @return the counts and shares, so that nothing is optimised away
     */
    @Benchmark
    public RankAcceptabilityResult rankAcceptability() {
        return RankAcceptability.analyse(matrix, PERTURBATION, samples, Workloads.SEED);
    }

    /**
     * The baseline on one thread: the same draws, totals and rank counts on flat {@code double[]} arrays.
     *
     * @return the counts, {@code [bid * bids + rank - 1]}, bids in id order
     */
    @Benchmark
    public int[] baselinePrimitiveLoop() {
        int[] counts = new int[bids * bids];
        count(new SplittableRandom(Workloads.SEED), 0, samples, counts);
        return counts;
    }

    /**
     * The baseline on two threads: each counts half of the samples, the second after skipping the draws
     * of the first half, so the samples and the counts are those of the one-thread loop.
     *
     * @return the counts, {@code [bid * bids + rank - 1]}, bids in id order
     */
    @Benchmark
    public int[] baselineTwoCores() {
        int half = samples / 2;
        Future<int[]> second = threads.submit(() -> {
            SplittableRandom random = new SplittableRandom(Workloads.SEED);
            for (long k = (long) half * criteria; k > 0; k--) {
                random.nextDouble();
            }
            int[] counts = new int[bids * bids];
            count(random, half, samples, counts);
            return counts;
        });
        int[] counts = new int[bids * bids];
        count(new SplittableRandom(Workloads.SEED), 0, half, counts);
        try {
            int[] other = second.get();
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other[i];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the second thread failed", e.getCause());
        }
        return counts;
    }

    private void count(SplittableRandom random, int from, int to, int[] counts) {
        int m = bids;
        int n = criteria;
        double[] points = this.points;
        double[] declared = this.declared;
        double x = PERTURBATION.doubleValue() / 100.0;
        double total = 0;
        for (int j = 0; j < n; j++) {
            total += declared[j];
        }
        double[] w = new double[n];
        double[] factor = new double[n];
        double[] score = new double[m];
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        for (int s = from; s < to; s++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                w[j] = declared[j] * (1.0 + x * (2.0 * random.nextDouble() - 1.0));
                sum += w[j];
            }
            double scale = sum > 0 ? total / sum : 1.0;
            for (int j = 0; j < n; j++) {
                factor[j] = declared[j] == 0 ? 0 : w[j] * scale / declared[j];
            }
            for (int i = 0; i < m; i++) {
                double t = 0;
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    t += points[row + j] * factor[j];
                }
                score[i] = t;
            }
            // the previous sample's order is nearly sorted, so insertion sort does little work
            for (int a = 1; a < m; a++) {
                int key = order[a];
                double keyScore = score[key];
                int b = a - 1;
                while (b >= 0 && (keyScore > score[order[b]] || keyScore == score[order[b]] && key < order[b])) {
                    order[b + 1] = order[b];
                    b--;
                }
                order[b + 1] = key;
            }
            for (int r = 0; r < m; r++) {
                counts[order[r] * m + r]++;
            }
        }
    }
}
