package io.otp.kpi.indicator;

import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.schedule.EarnedSchedule;
import io.otp.kpi.schedule.ScheduleFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A built-in set of KPI definitions for following public ICT projects in execution (DOMAIN.md
 * sections 6 and 9). All are monthly, on the RAG scale, and combine months with
 * {@link Aggregation#LAST}: each is a cumulative figure or a count at the status date, and indices
 * are never averaged (DOMAIN.md section 6, roll-up).
 *
 * <p>Where DOMAIN.md gives thresholds (SPI, CPI and by extension SPI(t): {@code ≥ 0.95} green,
 * {@code 0.90–0.95} amber, {@code < 0.90} red; the two-sided band 0.95–1.05 / 0.90–1.10) they are used;
 * the other thresholds are the SDK's defaults, chosen as a careful project office would, and are stated
 * on each method. A host with other thresholds or scales builds its own {@link KpiDefinition}, and
 * adds targets with {@link KpiDefinition#withTarget(java.time.LocalDate, BigDecimal)}.
 *
 * <p>This class is thread-safe: it holds only immutable definitions.
 */
public final class PublicIctKpis {

    /** Id of {@link #spi()}. */
    public static final KpiId SPI = KpiId.of("spi");
    /** Id of {@link #cpi()}. */
    public static final KpiId CPI = KpiId.of("cpi");
    /** Id of {@link #spiT()}. */
    public static final KpiId SPI_T = KpiId.of("spi-t");
    /** Id of {@link #milestonesOnTime()}. */
    public static final KpiId MILESTONES_ON_TIME = KpiId.of("milestones-on-time");
    /** Id of {@link #deliverablesAcceptedFirstTime()}. */
    public static final KpiId DELIVERABLES_ACCEPTED_FIRST_TIME = KpiId.of("deliverables-accepted-first-time");
    /** Id of {@link #budgetExecuted()}. */
    public static final KpiId BUDGET_EXECUTED = KpiId.of("budget-executed");
    /** Id of {@link #certifiedVsPlanned()}. */
    public static final KpiId CERTIFIED_VS_PLANNED = KpiId.of("certified-vs-planned");
    /** Id of {@link #overdueActionItems()}. */
    public static final KpiId OVERDUE_ACTION_ITEMS = KpiId.of("overdue-action-items");

    private static final BigDecimal INDEX_GREEN = new BigDecimal("0.95");
    private static final BigDecimal INDEX_AMBER = new BigDecimal("0.90");
    private static final BigDecimal INDEX_TOLERANCE = new BigDecimal("0.01");
    private static final BigDecimal POINT_TOLERANCE = BigDecimal.ONE;

    private static final KpiDefinition SPI_DEFINITION = index(SPI, "Schedule performance index (SPI)",
        "EV / PV, cumulative at the status date (DOMAIN.md section 6); 1 is on plan, below 1 behind.");
    private static final KpiDefinition CPI_DEFINITION = index(CPI, "Cost performance index (CPI)",
        "EV / AC, cumulative at the status date (DOMAIN.md section 6); 1 is on budget, below 1 over cost.");
    private static final KpiDefinition SPI_T_DEFINITION = index(SPI_T, "Schedule performance index, time-based (SPI(t))",
        "ES / AT, earned schedule over actual time (Lipke; DOMAIN.md section 6); unlike SPI it does not "
            + "tend to 1 at the end of a late project.");
    private static final KpiDefinition MILESTONES_DEFINITION = higherIsBetter(MILESTONES_ON_TIME,
        "Milestones met on time", "%",
        "Milestones met on or before their baseline date, as a percentage of the milestones due up to the "
            + "status date (EU PM² milestone tracking).", "90", "75");
    private static final KpiDefinition DELIVERABLES_DEFINITION = higherIsBetter(DELIVERABLES_ACCEPTED_FIRST_TIME,
        "Deliverables accepted first time", "%",
        "Deliverables accepted (not conditionally, not after a rejection) at their first acceptance review, "
            + "as a percentage of the deliverables reviewed (EU PM² deliverables acceptance).", "80", "60");
    private static final KpiDefinition BUDGET_DEFINITION = KpiDefinition.builder()
        .id(BUDGET_EXECUTED).name("Budget executed").unit("%")
        .description("Budget executed (committed and paid) as a percentage of the year's budget, judged "
            + "against the execution plan: the ratio of the value to the target in force.")
        .direction(KpiDirection.WITHIN_BAND).thresholdBasis(ThresholdBasis.RATIO_TO_TARGET)
        .thresholds(Thresholds.within(StatusScale.rag(),
            StatusBand.between(new BigDecimal("0.95"), new BigDecimal("1.05")),
            StatusBand.between(new BigDecimal("0.90"), new BigDecimal("1.10"))))
        .frequency(KpiFrequency.MONTHLY).aggregation(Aggregation.LAST).trendTolerance(INDEX_TOLERANCE)
        .build();
    private static final KpiDefinition CERTIFIED_DEFINITION = higherIsBetter(CERTIFIED_VS_PLANNED,
        "Certified vs planned", "%",
        "Amount certified (accepted deliverables) as a percentage of the amount planned to be certified "
            + "by the status date.", "95", "90");
    private static final KpiDefinition OVERDUE_DEFINITION = KpiDefinition.builder()
        .id(OVERDUE_ACTION_ITEMS).name("Overdue action items").unit("count")
        .description("Action items of follow-up meetings still open after their due date, at the status date.")
        .direction(KpiDirection.LOWER_IS_BETTER)
        .thresholds(Thresholds.atMost(StatusScale.rag(), BigDecimal.ZERO, new BigDecimal("3")))
        .frequency(KpiFrequency.MONTHLY).aggregation(Aggregation.LAST)
        .build();

    private PublicIctKpis() {
    }

    /**
     * Schedule performance index, SPI = EV / PV (cumulative; DOMAIN.md section 6). Higher is better;
     * unit {@code ratio}; no target built in (1.00 is on plan; add it with
     * {@link KpiDefinition#withTarget(java.time.LocalDate, BigDecimal)} to show it in explanations); thresholds from DOMAIN.md
     * section 6: {@code ≥ 0.95} green, {@code 0.90–0.95} amber, {@code < 0.90} red; trend tolerance 0.01
     * per month.
     *
     * @return the definition, not null
     */
    public static KpiDefinition spi() {
        return SPI_DEFINITION;
    }

    /**
     * Cost performance index, CPI = EV / AC (cumulative; DOMAIN.md section 6). Higher is better; unit
     * {@code ratio}; thresholds from DOMAIN.md section 6: {@code ≥ 0.95} green, {@code 0.90–0.95} amber,
     * {@code < 0.90} red; trend tolerance 0.01 per month.
     *
     * @return the definition, not null
     */
    public static KpiDefinition cpi() {
        return CPI_DEFINITION;
    }

    /**
     * Time-based schedule performance index, SPI(t) = ES / AT (Lipke, earned schedule; DOMAIN.md
     * section 6). Higher is better; unit {@code ratio}; the SPI thresholds of DOMAIN.md section 6:
     * {@code ≥ 0.95} green, {@code 0.90–0.95} amber, {@code < 0.90} red; trend tolerance 0.01 per month.
     *
     * @return the definition, not null
     */
    public static KpiDefinition spiT() {
        return SPI_T_DEFINITION;
    }

    /**
     * Milestones met on time, as a percentage of the milestones due (EU PM², DOMAIN.md section 9).
     * Higher is better; unit {@code %}; SDK default thresholds: {@code ≥ 90} green, {@code 75–90} amber,
     * {@code < 75} red; trend tolerance 1 point per month.
     *
     * @return the definition, not null
     */
    public static KpiDefinition milestonesOnTime() {
        return MILESTONES_DEFINITION;
    }

    /**
     * Deliverables accepted at their first acceptance review, as a percentage of those reviewed (EU PM²
     * acceptance, DOMAIN.md section 9). Higher is better; unit {@code %}; SDK default thresholds:
     * {@code ≥ 80} green, {@code 60–80} amber, {@code < 60} red; trend tolerance 1 point per month.
     *
     * @return the definition, not null
     */
    public static KpiDefinition deliverablesAcceptedFirstTime() {
        return DELIVERABLES_DEFINITION;
    }

    /**
     * Budget executed, as a percentage of the year's budget, judged against the execution plan given
     * as targets: thresholds apply to value / target ({@link ThresholdBasis#RATIO_TO_TARGET}), two-sided,
     * with the bands of DOMAIN.md section 6: {@code 0.95–1.05} green, {@code 0.90–0.95} or
     * {@code 1.05–1.10} amber, else red (under-spending and over-spending both deviate). Unit {@code %};
     * no targets built in: add the plan with {@link KpiDefinition#withTarget(java.time.LocalDate,
     * BigDecimal)} before assessing; trend tolerance 0.01 of the ratio per month.
     *
     * @return the definition, not null
     */
    public static KpiDefinition budgetExecuted() {
        return BUDGET_DEFINITION;
    }

    /**
     * Amount certified (accepted deliverables) as a percentage of the amount planned to be certified by
     * the status date. Higher is better; unit {@code %}; SDK default thresholds mirroring the index bands
     * of DOMAIN.md section 6 in percent: {@code ≥ 95} green, {@code 90–95} amber, {@code < 90} red; trend
     * tolerance 1 point per month.
     *
     * @return the definition, not null
     */
    public static KpiDefinition certifiedVsPlanned() {
        return CERTIFIED_DEFINITION;
    }

    /**
     * Overdue action items of follow-up meetings at the status date (DOMAIN.md section 9). Lower is
     * better; unit {@code count}; SDK default thresholds: 0 green, 1 to 3 amber, more than 3 red; trend
     * tolerance 0 (any change of the fitted line counts).
     *
     * @return the definition, not null
     */
    public static KpiDefinition overdueActionItems() {
        return OVERDUE_DEFINITION;
    }

    /**
     * Every definition of the set, in the order above.
     *
     * @return the eight definitions, not null
     */
    public static List<KpiDefinition> all() {
        return List.of(SPI_DEFINITION, CPI_DEFINITION, SPI_T_DEFINITION, MILESTONES_DEFINITION,
            DELIVERABLES_DEFINITION, BUDGET_DEFINITION, CERTIFIED_DEFINITION, OVERDUE_DEFINITION);
    }

    /**
     * The measurements of {@link #SPI}, {@link #CPI} and {@link #SPI_T} at the end of each reported period of
     * an earned-value series: SPI = EV / PV and CPI = EV / AC where defined ({@link EarnedValue#trend}), and
     * SPI(t) = ES / AT from the earned schedule ({@link EarnedSchedule#trend}), with PF = 1.
     *
     * @param series the earned-value series; not null
     * @return the measurements of each of the three KPIs, in period order, by id in the order SPI, CPI,
     *     SPI(t); not null
     */
    public static Map<KpiId, List<Measurement>> scheduleAndCost(EvmSeries series) {
        Objects.requireNonNull(series, "series");
        List<EvmFigures> evm = EarnedValue.trend(series);
        List<ScheduleFigures> schedule = EarnedSchedule.trend(series);
        List<Measurement> spi = new ArrayList<>();
        List<Measurement> cpi = new ArrayList<>();
        List<Measurement> spiT = new ArrayList<>();
        for (int t = 0; t < evm.size(); t++) {
            LocalDate end = series.periodEnds().get(t);
            evm.get(t).spi().ifPresent(v -> spi.add(Measurement.of(SPI, end, v)));
            evm.get(t).cpi().ifPresent(v -> cpi.add(Measurement.of(CPI, end, v)));
            spiT.add(Measurement.of(SPI_T, end, schedule.get(t).spiT()));
        }
        Map<KpiId, List<Measurement>> out = new LinkedHashMap<>();
        out.put(SPI, List.copyOf(spi));
        out.put(CPI, List.copyOf(cpi));
        out.put(SPI_T, List.copyOf(spiT));
        return Collections.unmodifiableMap(out);
    }

    private static KpiDefinition index(KpiId id, String name, String description) {
        return KpiDefinition.builder().id(id).name(name).unit("ratio").description(description)
            .direction(KpiDirection.HIGHER_IS_BETTER)
            .thresholds(Thresholds.atLeast(StatusScale.rag(), INDEX_GREEN, INDEX_AMBER))
            .frequency(KpiFrequency.MONTHLY).aggregation(Aggregation.LAST).trendTolerance(INDEX_TOLERANCE)
            .build();
    }

    private static KpiDefinition higherIsBetter(KpiId id, String name, String unit, String description,
                                                String green, String amber) {
        return KpiDefinition.builder().id(id).name(name).unit(unit).description(description)
            .direction(KpiDirection.HIGHER_IS_BETTER)
            .thresholds(Thresholds.atLeast(StatusScale.rag(), new BigDecimal(green), new BigDecimal(amber)))
            .frequency(KpiFrequency.MONTHLY).aggregation(Aggregation.LAST).trendTolerance(POINT_TOLERANCE)
            .build();
    }
}
