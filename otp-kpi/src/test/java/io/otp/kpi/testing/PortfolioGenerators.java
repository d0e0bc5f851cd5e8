package io.otp.kpi.testing;

import static io.otp.kpi.testing.EvmGenerators.cents;
import static io.otp.kpi.testing.EvmGenerators.monthEnds;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import io.otp.kpi.portfolio.AttentionItem;
import io.otp.kpi.portfolio.AttentionRow;
import io.otp.kpi.portfolio.BudgetBar;
import io.otp.kpi.portfolio.DashboardSnapshot;
import io.otp.kpi.portfolio.Dimension;
import io.otp.kpi.portfolio.DimensionStatus;
import io.otp.kpi.portfolio.EvmSummary;
import io.otp.kpi.portfolio.HeatCell;
import io.otp.kpi.portfolio.HeatMapRow;
import io.otp.kpi.portfolio.OverallStatusPolicy;
import io.otp.kpi.portfolio.Portfolio;
import io.otp.kpi.portfolio.Programme;
import io.otp.kpi.portfolio.ProgrammeId;
import io.otp.kpi.portfolio.ProjectEntry;
import io.otp.kpi.portfolio.ProjectRow;
import io.otp.kpi.portfolio.Rollup;
import io.otp.kpi.portfolio.ScatterPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * Generators of valid portfolios, built through the public builders from a random seed: 1 to 3
 * programmes of 1 to 4 projects, every project measured at the same status date (the end of a month of
 * 2026), on the same monthly calendar or on calendars of other lengths (so both roll-up paths of
 * {@code EvmSummary.sum} run), with a random subset of dimensions assessed on the RAG scale, optional
 * milestone counts and a few risks and actions.
 */
public final class PortfolioGenerators {

    private PortfolioGenerators() {
    }

    /**
     * Any valid portfolio.
     *
     * @return a generator of portfolios
     */
    public static Gen<Portfolio> portfolios() {
        return longs().all().map(seed -> portfolio(new SplittableRandom(seed)));
    }

    /**
     * A single valid project entry (its status date is the end of a month of 2026).
     *
     * @return a generator of projects
     */
    public static Gen<ProjectEntry> projects() {
        return longs().all().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int status = 1 + r.nextInt(12);
            return project(r, "P-" + r.nextInt(1000), status, r.nextBoolean() ? 12 : status + r.nextInt(6));
        });
    }

    /**
     * Lists of 1 to 5 statuses of distinct dimensions on the scale.
     *
     * @param scale the scale; not null
     * @return a generator of statuses
     */
    public static Gen<List<DimensionStatus>> statuses(StatusScale scale) {
        return longs().all().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            List<DimensionStatus> out = statuses(r, scale);
            if (out.isEmpty()) {
                out.add(DimensionStatus.of(Dimension.COST, scale.levels().get(r.nextInt(scale.levels().size()))));
            }
            return out;
        });
    }

    /**
     * The same portfolio with the programmes and the projects of each programme in reverse order.
     *
     * @param p the portfolio; not null
     * @return the reordered portfolio
     */
    public static Portfolio reversed(Portfolio p) {
        List<Programme> programmes = new ArrayList<>();
        for (Programme g : p.programmes()) {
            List<ProjectEntry> projects = new ArrayList<>(g.projects());
            Collections.reverse(projects);
            programmes.add(Programme.builder().id(g.id()).name(g.name()).addAllProjects(projects).build());
        }
        Collections.reverse(programmes);
        return Portfolio.builder().name(p.name()).statusDate(p.statusDate()).scale(p.scale())
            .addAllProgrammes(programmes).build();
    }

    /**
     * The same portfolio with every project in one programme, in a shuffled order.
     *
     * @param p the portfolio; not null
     * @param seed the seed of the shuffle
     * @return the regrouped portfolio
     */
    public static Portfolio flattened(Portfolio p, long seed) {
        List<ProjectEntry> projects = new ArrayList<>(p.projects());
        Collections.shuffle(projects, new Random(seed));
        return Portfolio.builder().name(p.name()).statusDate(p.statusDate()).scale(p.scale())
            .addProgrammes(Programme.builder().id(ProgrammeId.of("ALL")).name("All").addAllProjects(projects).build())
            .build();
    }

    /**
     * Programmes of {@link #portfolios()}.
     *
     * @return a generator of programmes
     */
    public static Gen<Programme> programmes() {
        return Picks.partOf(r -> portfolio(r).programmes());
    }

    /**
     * Programme ids.
     *
     * @return a generator of ids
     */
    public static Gen<ProgrammeId> programmeIds() {
        return longs().all().map(seed -> ProgrammeId.of("PG-" + new SplittableRandom(seed).nextInt(10_000)));
    }

    /**
     * Statuses of one dimension each: set on the RAG scale, or given by a KPI's assessment (with the KPI
     * and the explanation) computed by {@link DimensionStatus#from} from {@link KpiGenerators#assessments()}.
     *
     * @return a generator of statuses
     */
    public static Gen<DimensionStatus> dimensionStatuses() {
        return Picks.<DimensionStatus>partOf(r -> statuses(r, StatusScale.rag()))
            .mix(KpiGenerators.assessments().map(a -> DimensionStatus.from(Dimension.values()[
                Math.floorMod(a.hashCode(), Dimension.values().length)], a)), 40);
    }

    /**
     * Risks and action items of projects.
     *
     * @return a generator of items
     */
    public static Gen<AttentionItem> attentionItems() {
        return Picks.partOf(r -> portfolio(r).projects().stream().flatMap(p -> p.attention().stream())
            .collect(java.util.stream.Collectors.toList()));
    }

    /**
     * Dashboard snapshots computed by {@link DashboardSnapshot#of(Portfolio, OverallStatusPolicy, int)}
     * from {@link #portfolios()}, under the worst-dimension policy or a weighted one, with at most 0 to 10
     * top risks.
     *
     * @return a generator of snapshots
     */
    public static Gen<DashboardSnapshot> snapshots() {
        return longs().all().map(seed -> snapshot(new SplittableRandom(seed)));
    }

    /**
     * Roll-ups of portfolios and of their programmes, computed by the SDK.
     *
     * @return a generator of roll-ups
     */
    public static Gen<Rollup> rollups() {
        return Picks.partOf(r -> {
            Portfolio p = portfolio(r);
            OverallStatusPolicy policy = policy(r);
            List<Rollup> out = new ArrayList<>(p.programmeRollups(policy));
            out.add(p.rollUp(policy));
            return out;
        });
    }

    /**
     * Earned-value summaries of one project ({@link EvmSummary#of}) or summed over projects
     * ({@link EvmSummary#sum}).
     *
     * @return a generator of summaries
     */
    public static Gen<EvmSummary> summaries() {
        return longs().all().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Portfolio p = portfolio(r);
            List<EvmSeries> series = new ArrayList<>();
            p.projects().forEach(e -> series.add(e.evm()));
            return r.nextBoolean() ? EvmSummary.of(series.get(r.nextInt(series.size()))) : EvmSummary.sum(series);
        });
    }

    /** @return project rows of {@link #snapshots()} */
    public static Gen<ProjectRow> projectRows() {
        return Picks.partOf(r -> snapshot(r).projects());
    }

    /** @return heat-map rows of {@link #snapshots()} */
    public static Gen<HeatMapRow> heatMapRows() {
        return Picks.partOf(r -> snapshot(r).heatMap());
    }

    /** @return heat-map cells of {@link #snapshots()}, with and without a status */
    public static Gen<HeatCell> heatCells() {
        return Picks.partOf(r -> {
            List<HeatCell> cells = new ArrayList<>();
            snapshot(r).heatMap().forEach(row -> cells.addAll(row.cells()));
            return cells;
        });
    }

    /** @return scatter points of {@link #snapshots()} */
    public static Gen<ScatterPoint> scatterPoints() {
        return Picks.partOf(r -> snapshot(r).scatter());
    }

    /** @return budget bars of {@link #snapshots()} */
    public static Gen<BudgetBar> budgetBars() {
        return Picks.partOf(r -> snapshot(r).budgetBars());
    }

    /** @return top risks and overdue actions of {@link #snapshots()} */
    public static Gen<AttentionRow> attentionRows() {
        return Picks.partOf(r -> {
            DashboardSnapshot s = snapshot(r);
            List<AttentionRow> rows = new ArrayList<>(s.topRisks());
            rows.addAll(s.overdueActions());
            return rows;
        });
    }

    private static DashboardSnapshot snapshot(SplittableRandom r) {
        return DashboardSnapshot.of(portfolio(r), policy(r), r.nextInt(11));
    }

    private static OverallStatusPolicy policy(SplittableRandom r) {
        if (r.nextBoolean()) {
            return OverallStatusPolicy.worst();
        }
        Map<Dimension, BigDecimal> weights = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (r.nextBoolean()) {
                weights.put(d, BigDecimal.valueOf(1 + r.nextInt(40), 1));
            }
        }
        return OverallStatusPolicy.weighted(weights);
    }

    private static Portfolio portfolio(SplittableRandom r) {
        int status = 1 + r.nextInt(12);
        LocalDate date = monthEnds(status).get(status - 1);
        boolean sameCalendar = r.nextBoolean();
        Portfolio.Builder b = Portfolio.builder().name("Portfolio " + r.nextInt(100)).statusDate(date);
        int programmes = 1 + r.nextInt(3);
        // now and then a portfolio none of whose projects is assessed yet, so it has no overall status
        boolean assessed = r.nextInt(5) > 0;
        int n = 0;
        for (int g = 0; g < programmes; g++) {
            Programme.Builder pb = Programme.builder().id(ProgrammeId.of("PG-" + g)).name("Programme " + g);
            int projects = 1 + r.nextInt(4);
            for (int i = 0; i < projects; i++) {
                int periods = sameCalendar ? 12 : status + r.nextInt(6);
                pb.addProjects(project(r, "P-" + (100 + r.nextInt(900)) + "-" + n++, status, periods, assessed));
            }
            b.addProgrammes(pb.build());
        }
        return b.build();
    }

    private static ProjectEntry project(SplittableRandom r, String id, int status, int periods) {
        return project(r, id, status, periods, true);
    }

    private static ProjectEntry project(SplittableRandom r, String id, int status, int periods, boolean assessed) {
        ProjectEntry.Builder b = ProjectEntry.builder().projectId(ProjectId.of(id)).name("Project " + id)
            .evm(series(r, status, periods));
        List<DimensionStatus> statuses = statuses(r, StatusScale.rag());
        if (assessed) {
            b.addAllStatuses(statuses);
        }
        if (r.nextBoolean()) {
            b.lateMilestones(r.nextInt(4));
        }
        if (r.nextBoolean()) {
            b.overdueMilestones(r.nextInt(3));
        }
        LocalDate date = monthEnds(status).get(status - 1);
        int items = r.nextInt(4);
        for (int i = 0; i < items; i++) {
            StatusLevel severity = StatusScale.rag().levels().get(r.nextInt(3));
            b.addAttention(r.nextBoolean()
                ? AttentionItem.risk("R" + i, "Risk " + i, severity)
                : AttentionItem.action("A" + i, "Action " + i, severity, date.plusDays(r.nextInt(61) - 30L)));
        }
        return b.build();
    }

    private static List<DimensionStatus> statuses(SplittableRandom r, StatusScale scale) {
        List<DimensionStatus> out = new ArrayList<>();
        if (r.nextInt(6) == 0) {
            // a project not assessed yet: no dimension has a status, so it has no overall status
            return out;
        }
        for (Dimension d : Dimension.values()) {
            if (r.nextInt(3) > 0) {
                out.add(DimensionStatus.of(d, scale.levels().get(r.nextInt(scale.levels().size()))));
            }
        }
        Collections.shuffle(out, new Random(r.nextLong()));
        return out;
    }

    /**
     * A valid series of {@code periods} monthly periods from January 2026 whose status date is the end of
     * period {@code status}.
     *
     * @param r the source of randomness; not null
     * @param status the status period, 1 to {@code periods}
     * @param periods the number of periods
     * @return the series
     */
    public static EvmSeries series(SplittableRandom r, int status, int periods) {
        List<Money> pv = EvmGenerators.plan(r, periods, false);
        long bac = pv.get(periods - 1).amount().movePointRight(2).longValueExact();
        int reported = status + r.nextInt(periods - status + 1);
        List<Money> ev = new ArrayList<>();
        List<Money> ac = new ArrayList<>();
        long e = 0;
        long a = 0;
        for (int t = 0; t < reported; t++) {
            if (r.nextInt(5) > 0) {
                e += r.nextLong(bac - e + 1) / (1 + r.nextInt(3));
                a += r.nextInt(6) == 0 ? 0 : r.nextLong(5_000_000L);
            }
            ev.add(cents(e));
            ac.add(cents(a));
        }
        List<LocalDate> ends = monthEnds(periods);
        return EvmSeries.builder().addAllPeriodEnds(ends).addAllPv(pv).addAllEv(ev).addAllAc(ac).bac(cents(bac))
            .statusDate(ends.get(status - 1)).build();
    }
}
