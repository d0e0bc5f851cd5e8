package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything a portfolio dashboard (cuadro de mando) shows at a status date, as data for a report to
 * draw: per project its statuses, overall status and earned-value figures; per programme and for the
 * portfolio the rolled-up figures (earned value summed then divided) and statuses; the status heat map
 * (projects &times; dimensions); the SPI/CPI scatter points; the budget-execution bars; the top risks
 * and the overdue action items.
 *
 * <p><b>Determinism.</b> The snapshot depends only on its input, never on the order of programmes or
 * projects, and its lists are sorted: {@link #programmes()} by programme id; {@link #projects()},
 * {@link #heatMap()}, {@link #scatter()} and {@link #budgetBars()} by project id; statuses by
 * {@link Dimension}; a project's attention items by reference; {@link #topRisks()} by severity (worst
 * first), then project id and reference; {@link #overdueActions()} by due date, then severity (worst
 * first), project id and reference. So the same input writes byte-identical JSON through
 * {@code OtpJson.standard()}.
 *
 * <pre>{@code
 * DashboardSnapshot s = DashboardSnapshot.of(portfolio);
 * String json = OtpJson.standard().write(s);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDashboardSnapshot.class)
@JsonDeserialize(as = ImmutableDashboardSnapshot.class)
public abstract class DashboardSnapshot {

    /** How many risks {@link #of(Portfolio)} lists at most. */
    public static final int DEFAULT_TOP_RISKS = 10;

    DashboardSnapshot() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Takes the snapshot of a portfolio under the default policy (the worst dimension), with at most
     * {@link #DEFAULT_TOP_RISKS} top risks.
     *
     * @param portfolio the portfolio; not null
     * @return the snapshot, not null
     */
    public static DashboardSnapshot of(Portfolio portfolio) {
        return of(portfolio, OverallStatusPolicy.worst(), DEFAULT_TOP_RISKS);
    }

    /**
     * Takes the snapshot of a portfolio.
     *
     * @param portfolio the portfolio; not null
     * @param policy the overall-status policy of projects, programmes and the portfolio; not null
     * @param maxRisks how many risks to list at most; not negative
     * @return the snapshot, not null
     * @throws ValidationException if {@code maxRisks} is negative (path {@code maxRisks}, rule
     *     {@code OTP-PORTFOLIO-COUNT})
     */
    public static DashboardSnapshot of(Portfolio portfolio, OverallStatusPolicy policy, int maxRisks) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(policy, "policy");
        if (maxRisks < 0) {
            throw new ValidationException(Violation.of("maxRisks", "OTP-PORTFOLIO-COUNT",
                "io.otp.kpi.portfolio.negativeCount", "field", "maxRisks", "value", maxRisks));
        }
        StatusScale scale = portfolio.scale();
        LocalDate date = portfolio.statusDate();
        Set<Dimension> assessed = EnumSet.noneOf(Dimension.class);
        List<ProjectRow> rows = new ArrayList<>();
        List<AttentionRow> risks = new ArrayList<>();
        List<AttentionRow> overdue = new ArrayList<>();
        for (Programme programme : portfolio.programmes()) {
            for (ProjectEntry p : programme.projects()) {
                p.statuses().forEach(s -> assessed.add(s.dimension()));
                List<AttentionItem> items = new ArrayList<>(p.attention());
                items.sort(Comparator.comparing(AttentionItem::reference));
                rows.add(ProjectRow.builder().projectId(p.projectId()).name(p.name()).programme(programme.id())
                    .addAllStatuses(p.sortedStatuses()).overall(p.overall(scale, policy)).evm(p.summary())
                    .lateMilestones(p.lateMilestones()).overdueMilestones(p.overdueMilestones())
                    .addAllAttention(items).build());
                for (AttentionItem item : items) {
                    AttentionRow row = AttentionRow.builder().projectId(p.projectId()).name(p.name()).item(item)
                        .build();
                    if (item.kind() == AttentionKind.RISK) {
                        risks.add(row);
                    } else if (item.isOverdueAt(date)) {
                        overdue.add(row);
                    }
                }
            }
        }
        rows.sort(Comparator.comparing(ProjectRow::projectId));
        Comparator<AttentionRow> worstFirst = Comparator.comparing(
            (AttentionRow r) -> scale.rank(r.item().severity())).reversed();
        Comparator<AttentionRow> byProject = Comparator.comparing(AttentionRow::projectId)
            .thenComparing(r -> r.item().reference());
        risks.sort(worstFirst.thenComparing(byProject));
        overdue.sort(Comparator.comparing((AttentionRow r) -> r.item().due().orElseThrow())
            .thenComparing(worstFirst).thenComparing(byProject));
        List<Dimension> dimensions = List.copyOf(assessed);
        Builder b = builder().statusDate(date).name(portfolio.name()).scale(scale).policy(policy.name())
            .addAllDimensions(dimensions)
            .portfolio(portfolio.rollUp(policy))
            .addAllProgrammes(portfolio.programmeRollups(policy))
            .addAllProjects(rows)
            .addAllTopRisks(risks.subList(0, Math.min(maxRisks, risks.size())))
            .addAllOverdueActions(overdue);
        for (ProjectRow r : rows) {
            b.addHeatMap(heatMapRow(r, dimensions, scale));
            if (r.evm().spi().isPresent() && r.evm().cpi().isPresent()) {
                b.addScatter(ScatterPoint.builder().projectId(r.projectId()).name(r.name())
                    .spi(r.evm().spi().get()).cpi(r.evm().cpi().get()).bac(r.evm().bac()).overall(r.overall())
                    .build());
            }
            b.addBudgetBars(BudgetBar.builder().projectId(r.projectId()).name(r.name()).bac(r.evm().bac())
                .pv(r.evm().pv()).ev(r.evm().ev()).ac(r.evm().ac()).budgetExecuted(r.evm().budgetExecuted())
                .build());
        }
        return b.build();
    }

    private static HeatMapRow heatMapRow(ProjectRow r, List<Dimension> dimensions, StatusScale scale) {
        HeatMapRow.Builder row = HeatMapRow.builder().projectId(r.projectId()).name(r.name()).overall(r.overall());
        for (Dimension d : dimensions) {
            Optional<StatusLevel> level = r.statuses().stream().filter(s -> s.dimension() == d)
                .map(DimensionStatus::status).findFirst();
            row.addCells(HeatCell.builder().dimension(d).status(level).rank(level.map(scale::rank)).build());
        }
        return row.build();
    }

    /**
     * The status date.
     *
     * @return the date, not null
     */
    public abstract LocalDate statusDate();

    /**
     * The portfolio's name.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * The status scale of every level in the snapshot.
     *
     * @return the scale, not null
     */
    public abstract StatusScale scale();

    /**
     * The name of the overall-status policy ({@link OverallStatusPolicy#name()}).
     *
     * @return the name, not null
     */
    public abstract String policy();

    /**
     * The dimensions assessed by at least one project, in {@link Dimension} order: the columns of the
     * heat map.
     *
     * @return the dimensions, not null
     */
    public abstract List<Dimension> dimensions();

    /**
     * The roll-up of the whole portfolio.
     *
     * @return the roll-up, not null
     */
    public abstract Rollup portfolio();

    /**
     * The roll-up of each programme, by programme id.
     *
     * @return the roll-ups, not null
     */
    public abstract List<Rollup> programmes();

    /**
     * One row per project, by project id.
     *
     * @return the rows, not null
     */
    public abstract List<ProjectRow> projects();

    /**
     * The status heat map: one row per project (by project id), one cell per dimension of
     * {@link #dimensions()}.
     *
     * @return the rows, not null
     */
    public abstract List<HeatMapRow> heatMap();

    /**
     * The SPI/CPI scatter points of the projects whose SPI and CPI are both defined, by project id.
     *
     * @return the points, not null
     */
    public abstract List<ScatterPoint> scatter();

    /**
     * The budget-execution bars, one per project, by project id.
     *
     * @return the bars, not null
     */
    public abstract List<BudgetBar> budgetBars();

    /**
     * The most severe risks of every project, worst first, at most the number asked for.
     *
     * @return the risks, not null
     */
    public abstract List<AttentionRow> topRisks();

    /**
     * The action items due before the status date, oldest first.
     *
     * @return the actions, not null
     */
    public abstract List<AttentionRow> overdueActions();

    /** Builds {@link DashboardSnapshot}; each attribute may be set once. */
    public static final class Builder extends ImmutableDashboardSnapshot.Builder {
        Builder() {
        }
    }
}
