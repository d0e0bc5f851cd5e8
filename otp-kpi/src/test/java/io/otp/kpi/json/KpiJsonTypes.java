package io.otp.kpi.json;

import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.testing.JsonTypeScan;
import io.otp.kpi.earning.Earning;
import io.otp.kpi.earning.WeightedMilestone;
import io.otp.kpi.earning.WorkProgress;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.Estimate;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.KpiSeriesId;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.ProjectKpiSeries;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.kpi.indicator.StatusBand;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import io.otp.kpi.indicator.TargetEntry;
import io.otp.kpi.indicator.Thresholds;
import io.otp.kpi.indicator.TrendAnalysis;
import io.otp.kpi.portfolio.AttentionItem;
import io.otp.kpi.portfolio.AttentionRow;
import io.otp.kpi.portfolio.BudgetBar;
import io.otp.kpi.portfolio.DashboardSnapshot;
import io.otp.kpi.portfolio.DimensionStatus;
import io.otp.kpi.portfolio.EvmSummary;
import io.otp.kpi.portfolio.HeatCell;
import io.otp.kpi.portfolio.HeatMapRow;
import io.otp.kpi.portfolio.Portfolio;
import io.otp.kpi.portfolio.Programme;
import io.otp.kpi.portfolio.ProgrammeId;
import io.otp.kpi.portfolio.ProjectEntry;
import io.otp.kpi.portfolio.ProjectRow;
import io.otp.kpi.portfolio.Rollup;
import io.otp.kpi.portfolio.ScatterPoint;
import io.otp.kpi.schedule.ScheduleFigures;
import io.otp.kpi.testing.EvmGenerators;
import io.otp.kpi.testing.KpiGenerators;
import io.otp.kpi.testing.PortfolioGenerators;
import io.otp.kpi.testing.TrendGenerators;
import io.otp.kpi.trend.MilestoneForecast;
import io.otp.kpi.trend.MilestoneTrend;
import io.otp.kpi.trend.MilestoneTrendAnalysis;
import io.otp.kpi.trend.TrendSnapshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The JSON types of otp-kpi that this package's tests share: the scan of the module's main classes (one
 * import of the bytecode for all the tests; see {@link JsonTypeScan}) and {@link #GENERATORS}, one generator
 * of realistic, valid instances per readable JSON-capable public type. Values the SDK computes (earned-value
 * and earned-schedule figures, assessments, trends, roll-ups, dashboard snapshots and their rows) are
 * computed by the SDK from generated input, never built by hand.
 */
final class KpiJsonTypes {

    /** Where the scan looks: otp-kpi's main classes, tests excluded. */
    static final String ROOT_PACKAGE = "io.otp.kpi";

    /** The scan. */
    static final JsonTypeScan KPI = JsonTypeScan.of(ROOT_PACKAGE);

    /** One generator of realistic, valid instances per readable JSON-capable type, by type. */
    static final Map<Class<?>, Gen<?>> GENERATORS = registry();

    private KpiJsonTypes() {
    }

    private static Map<Class<?>, Gen<?>> registry() {
        Map<Class<?>, Gen<?>> r = new LinkedHashMap<>();
        // io.otp.kpi.indicator
        register(r, KpiId.class, KpiGenerators.ids());
        register(r, KpiSeriesId.class, KpiGenerators.seriesIds());
        register(r, StatusLevel.class, KpiGenerators.levels());
        register(r, StatusScale.class, KpiGenerators.scales());
        register(r, StatusBand.class, KpiGenerators.bands());
        register(r, Thresholds.class, KpiGenerators.thresholds());
        register(r, TargetEntry.class, KpiGenerators.targets());
        register(r, KpiDefinition.class, KpiGenerators.anyDefinitions()
            .mix(Generate.pick(PublicIctKpis.all()), 10));
        register(r, Measurement.class, KpiGenerators.measurements());
        register(r, KpiSeries.class, KpiGenerators.series());
        register(r, ProjectKpiSeries.class, KpiGenerators.projectSeries());
        register(r, KpiAssessment.class, KpiGenerators.assessments());
        register(r, TrendAnalysis.class, KpiGenerators.trendAnalyses());
        // io.otp.kpi.earning
        register(r, WeightedMilestone.class, EvmGenerators.weightedMilestones());
        // the optional percentage and planned value are each left out now and then
        register(r, WorkProgress.class, EvmGenerators.progress().zip(integers().between(0, 3), (w, drop) ->
            WorkProgress.builder().budget(w.budget()).state(w.state()).addAllMilestones(w.milestones())
                .percentComplete(drop == 1 ? Optional.empty() : w.percentComplete())
                .plannedValue(drop == 2 ? Optional.empty() : w.plannedValue()).build()));
        register(r, Earning.class, EvmGenerators.earnings());
        // io.otp.kpi.evm and io.otp.kpi.schedule
        register(r, EvmSeries.class, EvmGenerators.series().mix(EvmGenerators.onPlan(), 25));
        register(r, EvmFigures.class, EvmGenerators.figures().mix(EvmGenerators.edgeSeries().map(s -> EarnedValue.at(s)), 20));
        register(r, Estimate.class, EvmGenerators.estimates().mix(EvmGenerators.edgeEstimates(), 40));
        register(r, ScheduleFigures.class, EvmGenerators.scheduleFigures());
        // io.otp.kpi.trend
        register(r, MilestoneForecast.class, TrendGenerators.forecasts());
        register(r, TrendSnapshot.class, TrendGenerators.snapshots());
        register(r, MilestoneTrend.class, TrendGenerators.milestoneTrends());
        register(r, MilestoneTrendAnalysis.class, TrendGenerators.analysesOnCalendars()
            .mix(TrendGenerators.analyses(), 25));
        // io.otp.kpi.portfolio: the input
        register(r, ProgrammeId.class, PortfolioGenerators.programmeIds());
        register(r, DimensionStatus.class, PortfolioGenerators.dimensionStatuses());
        register(r, AttentionItem.class, PortfolioGenerators.attentionItems());
        register(r, ProjectEntry.class, PortfolioGenerators.projects());
        register(r, Programme.class, PortfolioGenerators.programmes());
        register(r, Portfolio.class, PortfolioGenerators.portfolios());
        // io.otp.kpi.portfolio: what the SDK computes from it
        register(r, EvmSummary.class, PortfolioGenerators.summaries().mix(EvmGenerators.edgeSeries()
            .map(s -> EvmSummary.of(s)), 20));
        register(r, Rollup.class, PortfolioGenerators.rollups());
        register(r, ProjectRow.class, PortfolioGenerators.projectRows());
        register(r, HeatCell.class, PortfolioGenerators.heatCells());
        register(r, HeatMapRow.class, PortfolioGenerators.heatMapRows());
        register(r, ScatterPoint.class, PortfolioGenerators.scatterPoints());
        register(r, BudgetBar.class, PortfolioGenerators.budgetBars());
        register(r, AttentionRow.class, PortfolioGenerators.attentionRows());
        register(r, DashboardSnapshot.class, PortfolioGenerators.snapshots());
        return Collections.unmodifiableMap(r);
    }

    private static <T> void register(Map<Class<?>, Gen<?>> registry, Class<T> type, Gen<? extends T> values) {
        if (registry.put(type, values) != null) {
            throw new IllegalStateException(type + " registered twice");
        }
    }
}
