package io.otp.benchmarks;

import io.otp.core.money.DecimalPolicy;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.portfolio.DashboardSnapshot;
import io.otp.kpi.portfolio.EvmSummary;
import java.math.BigDecimal;
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
 * The dashboard of a portfolio ({@link DashboardSnapshot#of}: every project's earned-value figures, earned
 * schedule and statuses, each programme's and the portfolio's roll-up) of 10,000 projects with 60 monthly
 * periods ({@link PortfolioWorkload}), against the same arrays summed by hand.
 *
 * <p>The baseline computes, from arrays of cents, each project's PV, EV and AC at the status date, its SPI,
 * CPI and SPI(t) (Lipke's earned schedule) and its overall status (the worst dimension), then for each
 * programme and for the portfolio the planned value, earned value and actual cost summed period by
 * period, the same three indices from the sums, the worst status per dimension and the late milestones.
 * Its ratios are divisions of the exact amounts in {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}, as the SDK's; the
 * portfolio's indices are checked in {@link #setUp()} to equal the SDK's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class KpiPortfolioBenchmark {

    /** The number of projects. */
    @Param({"10000"})
    public int projects;

    /** The number of monthly periods of every project's calendar. */
    @Param({"60"})
    public int periods;

    private static final int DIMENSIONS = 5;

    private PortfolioWorkload workload;

    /** Creates the benchmark; JMH calls it. */
    public KpiPortfolioBenchmark() {
    }

    /**
     * Generates the portfolio with a fixed seed and checks that the baseline's portfolio SPI, CPI and SPI(t)
     * equal the SDK's.
     */
    @Setup(Level.Trial)
    public void setUp() {
        workload = PortfolioWorkload.generate(projects, periods);
        EvmSummary sdk = dashboard().portfolio().evm();
        BigDecimal[] mine = baselineArrays().portfolio;
        if (sdk.spi().orElseThrow().compareTo(mine[0]) != 0 || sdk.cpi().orElseThrow().compareTo(mine[1]) != 0
                || sdk.spiT().orElseThrow().compareTo(mine[2]) != 0) {
            throw new IllegalStateException("the baseline's portfolio indices differ from the SDK's: " + sdk
                + " against SPI " + mine[0] + ", CPI " + mine[1] + ", SPI(t) " + mine[2]);
        }
    }

    /**
     * The SDK: the snapshot of the whole portfolio under the default policy (the worst dimension).
     *
     * @return the snapshot, so that nothing is optimised away
     */
    @Benchmark
    public DashboardSnapshot dashboard() {
        return DashboardSnapshot.of(workload.portfolio());
    }

    /**
     * The baseline: the figures described in the class Javadoc, from the arrays of cents.
     *
     * @return the figures, so that nothing is optimised away
     */
    @Benchmark
    public Figures baselineArrays() {
        long[][] pv = workload.pv();
        long[][] ev = workload.ev();
        long[][] ac = workload.ac();
        long[] bac = workload.bac();
        int[][] ranks = workload.statusRanks();
        int[] late = workload.lateMilestones();
        int[] programmeOf = workload.programmeOf();
        int n = pv.length;
        int at = PortfolioWorkload.STATUS_PERIOD;
        int groups = programmeOf[n - 1] + 1;
        Figures f = new Figures();
        f.projects = new BigDecimal[n][];
        f.overall = new int[n];
        long[][] groupPv = new long[groups + 1][periods];
        long[][] groupEv = new long[groups + 1][at];
        long[][] groupAc = new long[groups + 1][at];
        long[] groupBac = new long[groups + 1];
        int[][] worst = new int[groups + 1][DIMENSIONS];
        int[] groupLate = new int[groups + 1];
        for (int p = 0; p < n; p++) {
            f.projects[p] = indices(pv[p], ev[p][at - 1], ac[p][at - 1], bac[p], at);
            int overall = 0;
            for (int d = 0; d < DIMENSIONS; d++) {
                overall = Math.max(overall, ranks[p][d]);
            }
            f.overall[p] = overall;
            // row `groups` is the whole portfolio
            for (int g : new int[] {programmeOf[p], groups}) {
                for (int t = 0; t < periods; t++) {
                    groupPv[g][t] += pv[p][t];
                }
                for (int t = 0; t < at; t++) {
                    groupEv[g][t] += ev[p][t];
                    groupAc[g][t] += ac[p][t];
                }
                groupBac[g] += bac[p];
                for (int d = 0; d < DIMENSIONS; d++) {
                    worst[g][d] = Math.max(worst[g][d], ranks[p][d]);
                }
                groupLate[g] += late[p];
            }
        }
        f.programmes = new BigDecimal[groups][];
        for (int g = 0; g < groups; g++) {
            f.programmes[g] = indices(groupPv[g], groupEv[g][at - 1], groupAc[g][at - 1], groupBac[g], at);
        }
        f.portfolio = indices(groupPv[groups], groupEv[groups][at - 1], groupAc[groups][at - 1], groupBac[groups], at);
        f.worst = worst;
        f.late = groupLate;
        return f;
    }

    /** SPI, CPI and SPI(t) of one series of cents at actual time {@code at}. */
    private static BigDecimal[] indices(long[] pv, long ev, long ac, long bac, int at) {
        BigDecimal earned = BigDecimal.valueOf(ev, 2);
        BigDecimal spi = earned.divide(BigDecimal.valueOf(pv[at - 1], 2), DecimalPolicy.MATH_CONTEXT);
        BigDecimal cpi = earned.divide(BigDecimal.valueOf(ac, 2), DecimalPolicy.MATH_CONTEXT);
        int pd = pv.length;
        for (int t = 0; t < pv.length; t++) {
            if (pv[t] == bac) {
                pd = t + 1;
                break;
            }
        }
        // C = the latest period up to PD whose planned value is at most EV (PV_0 = 0)
        int c = 0;
        for (int t = 1; t <= pd; t++) {
            if (pv[t - 1] <= ev) {
                c = t;
            }
        }
        BigDecimal es;
        if (c == pd) {
            es = BigDecimal.valueOf(pd);
        } else {
            long low = c == 0 ? 0 : pv[c - 1];
            es = BigDecimal.valueOf(c).add(BigDecimal.valueOf(ev - low).divide(BigDecimal.valueOf(pv[c] - low), DecimalPolicy.MATH_CONTEXT));
        }
        BigDecimal spiT = es.divide(BigDecimal.valueOf(at), DecimalPolicy.MATH_CONTEXT);
        return new BigDecimal[] {spi, cpi, spiT};
    }

    /** What the baseline computes; its fields are read by nobody but JMH's blackhole. */
    public static final class Figures {

        BigDecimal[][] projects;
        int[] overall;
        BigDecimal[][] programmes;
        BigDecimal[] portfolio;
        int[][] worst;
        int[] late;

        Figures() {
        }
    }
}
