package io.otp.benchmarks;

import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import io.otp.kpi.portfolio.Dimension;
import io.otp.kpi.portfolio.DimensionStatus;
import io.otp.kpi.portfolio.Portfolio;
import io.otp.kpi.portfolio.Programme;
import io.otp.kpi.portfolio.ProgrammeId;
import io.otp.kpi.portfolio.ProjectEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated portfolio of projects with monthly earned-value data, drawn with a fixed seed, both as the
 * SDK's {@link Portfolio} and as plain arrays of cents holding the same amounts.
 *
 * <p>Every project has the same calendar of {@code periods} months (ending on the last day of each month
 * from January 2022) and reports up to {@link #STATUS_PERIOD}. Its plan is linear over
 * {@link #PLANNED_DURATION} months, then flat at the budget at completion; its earned value is the plan
 * times an efficiency from 0.800 to 1.099 (at most the budget) and its actual cost the earned value times
 * a cost factor from 0.900 to 1.199, all in whole cents. Each project has a status in each of the five
 * dimensions (green four times in six, amber and red once each) and 0 to 3 late milestones; the projects
 * are spread over programmes of {@link #PROJECTS_PER_PROGRAMME}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PortfolioWorkload {

    /** The status period (1-based): the actual time AT of every project. */
    public static final int STATUS_PERIOD = 36;

    /** The planned duration PD of every project, in periods. */
    public static final int PLANNED_DURATION = 48;

    /** How many projects each programme holds (the last one may hold fewer). */
    public static final int PROJECTS_PER_PROGRAMME = 1_000;

    private static final StatusLevel[] LEVELS = {StatusLevel.GREEN, StatusLevel.GREEN, StatusLevel.GREEN,
        StatusLevel.GREEN, StatusLevel.AMBER, StatusLevel.RED};

    private final Portfolio portfolio;
    private final long[][] pv;
    private final long[][] ev;
    private final long[][] ac;
    private final long[] bac;
    private final int[][] statusRanks;
    private final int[] lateMilestones;
    private final int[] programmeOf;

    private PortfolioWorkload(Portfolio portfolio, long[][] pv, long[][] ev, long[][] ac, long[] bac,
            int[][] statusRanks, int[] lateMilestones, int[] programmeOf) {
        this.portfolio = portfolio;
        this.pv = pv;
        this.ev = ev;
        this.ac = ac;
        this.bac = bac;
        this.statusRanks = statusRanks;
        this.lateMilestones = lateMilestones;
        this.programmeOf = programmeOf;
    }

    /**
     * Generates the portfolio.
     *
     * @param projects the number of projects, 1 or more
     * @param periods the number of monthly periods, at least {@link #PLANNED_DURATION}
     * @return the workload, not null
     */
    public static PortfolioWorkload generate(int projects, int periods) {
        SplittableRandom random = new SplittableRandom(Workloads.SEED);
        List<LocalDate> ends = new ArrayList<>(periods);
        for (int t = 0; t < periods; t++) {
            LocalDate month = LocalDate.of(2022, 1, 1).plusMonths(t);
            ends.add(month.withDayOfMonth(month.lengthOfMonth()));
        }
        LocalDate status = ends.get(STATUS_PERIOD - 1);
        StatusScale scale = StatusScale.rag();
        Dimension[] dimensions = Dimension.values();
        long[][] pv = new long[projects][periods];
        long[][] ev = new long[projects][STATUS_PERIOD];
        long[][] ac = new long[projects][STATUS_PERIOD];
        long[] bac = new long[projects];
        int[][] ranks = new int[projects][dimensions.length];
        int[] late = new int[projects];
        int[] programmeOf = new int[projects];
        List<List<ProjectEntry>> programmes = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            bac[p] = 10_000_000L + random.nextLong(490_000_000L);
            long efficiency = 800 + random.nextInt(300);
            long costFactor = 900 + random.nextInt(300);
            EvmSeries.Builder series = EvmSeries.builder().bac(cents(bac[p])).statusDate(status)
                .addAllPeriodEnds(ends);
            for (int t = 0; t < periods; t++) {
                pv[p][t] = t + 1 >= PLANNED_DURATION ? bac[p] : bac[p] * (t + 1) / PLANNED_DURATION;
                series.addPv(cents(pv[p][t]));
                if (t < STATUS_PERIOD) {
                    ev[p][t] = Math.min(bac[p], pv[p][t] * efficiency / 1000);
                    ac[p][t] = ev[p][t] * costFactor / 1000;
                    series.addEv(cents(ev[p][t])).addAc(cents(ac[p][t]));
                }
            }
            ProjectEntry.Builder entry = ProjectEntry.builder().projectId(ProjectId.of(String.format("PRJ-%06d", p + 1)))
                .name("Proyecto " + (p + 1)).evm(series.build());
            for (int d = 0; d < dimensions.length; d++) {
                StatusLevel level = LEVELS[random.nextInt(LEVELS.length)];
                ranks[p][d] = scale.rank(level);
                entry.addStatuses(DimensionStatus.of(dimensions[d], level));
            }
            late[p] = random.nextInt(4);
            entry.lateMilestones(late[p]).overdueMilestones(0);
            programmeOf[p] = p / PROJECTS_PER_PROGRAMME;
            if (programmeOf[p] == programmes.size()) {
                programmes.add(new ArrayList<>());
            }
            programmes.get(programmeOf[p]).add(entry.build());
        }
        Portfolio.Builder portfolio = Portfolio.builder().name("Cartera de referencia para las mediciones")
            .statusDate(status).scale(scale);
        for (int g = 0; g < programmes.size(); g++) {
            portfolio.addProgrammes(Programme.builder().id(ProgrammeId.of(String.format("PRG-%03d", g + 1)))
                .name("Programa " + (g + 1)).addAllProjects(programmes.get(g)).build());
        }
        return new PortfolioWorkload(portfolio.build(), pv, ev, ac, bac, ranks, late, programmeOf);
    }

    private static Money cents(long cents) {
        return Money.euros(BigDecimal.valueOf(cents, 2));
    }

    /**
     * Returns the portfolio as the SDK holds it.
     *
     * @return the portfolio, not null
     */
    public Portfolio portfolio() {
        return portfolio;
    }

    /**
     * Returns the cumulative planned value of each project in each period, in cents.
     *
     * @return {@code [project][period - 1]}, the array itself, not null
     */
    public long[][] pv() {
        return pv;
    }

    /**
     * Returns the cumulative earned value of each project in each reported period, in cents.
     *
     * @return {@code [project][period - 1]}, the array itself, not null
     */
    public long[][] ev() {
        return ev;
    }

    /**
     * Returns the cumulative actual cost of each project in each reported period, in cents.
     *
     * @return {@code [project][period - 1]}, the array itself, not null
     */
    public long[][] ac() {
        return ac;
    }

    /**
     * Returns the budget at completion of each project, in cents.
     *
     * @return {@code [project]}, the array itself, not null
     */
    public long[] bac() {
        return bac;
    }

    /**
     * Returns the rank on the RAG scale (0 green, 1 amber, 2 red) of each project's status in each
     * dimension.
     *
     * @return {@code [project][Dimension.ordinal()]}, the array itself, not null
     */
    public int[][] statusRanks() {
        return statusRanks;
    }

    /**
     * Returns each project's late milestones.
     *
     * @return {@code [project]}, the array itself, not null
     */
    public int[] lateMilestones() {
        return lateMilestones;
    }

    /**
     * Returns each project's programme, numbered from 0.
     *
     * @return {@code [project]}, the array itself, not null
     */
    public int[] programmeOf() {
        return programmeOf;
    }
}
