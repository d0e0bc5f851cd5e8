package io.otp.kpi.trend;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.execution.Contract;
import io.otp.core.execution.ForecastRevision;
import io.otp.core.execution.Milestone;
import io.otp.core.id.MilestoneId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Milestone trend analysis (MTA) of a contract's milestones, from their forecast histories
 * ({@link Milestone#forecasts()}).
 *
 * <ul>
 *   <li><b>Report dates.</b> Every report date in any milestone's history, in increasing order; one
 *       {@link TrendSnapshot} each.</li>
 *   <li><b>Forecast in force.</b> On a report date, a milestone met on or before that date is at its
 *       actual date; otherwise its forecast is that of its latest revision reported on or before that
 *       date, and before its first revision the baseline date (the plan holds until a report revises
 *       it). A forecast that has already passed while the milestone is not met counts as the day after
 *       the report: the milestone is overdue, and its line stays above the diagonal until it is met.</li>
 *   <li><b>Slip.</b> Forecast &minus; baseline, in calendar days and in working days of the
 *       {@link WorkingCalendar} (Monday to Friday without holidays unless the host supplies one).</li>
 *   <li><b>End of a line.</b> A milestone's series ends with its first point on or below the diagonal
 *       (the milestone was met on or before the report date); later snapshots leave it out.</li>
 *   <li><b>Trend.</b> From the last {@link #window()} points of the milestone's series (default
 *       {@value #DEFAULT_WINDOW}, the last two reports): the change is the last forecast minus the first,
 *       in calendar days; more than {@link #toleranceDays()} later is {@link Trend#SLIPPING}, more than
 *       the tolerance earlier {@link Trend#RECOVERING}, otherwise {@link Trend#STABLE} (also with a
 *       single point). The window measures net movement: a forecast that slips and recovers by the same
 *       number of days within the window reads as stable.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MilestoneTrendAnalyzer {

    /** The default window: the trend compares the last two reports. */
    public static final int DEFAULT_WINDOW = 2;

    private static final MilestoneTrendAnalyzer STANDARD =
        new MilestoneTrendAnalyzer(WorkingCalendar.mondayToFriday(), DEFAULT_WINDOW, 0);

    private final WorkingCalendar calendar;
    private final int window;
    private final int toleranceDays;

    private MilestoneTrendAnalyzer(WorkingCalendar calendar, int window, int toleranceDays) {
        this.calendar = calendar;
        this.window = window;
        this.toleranceDays = toleranceDays;
    }

    /**
     * The analyzer with the defaults: Monday to Friday without holidays, window of
     * {@value #DEFAULT_WINDOW} points, no tolerance.
     *
     * @return the analyzer, not null
     */
    public static MilestoneTrendAnalyzer standard() {
        return STANDARD;
    }

    /**
     * A copy with another working calendar.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param calendar the calendar; not null
     * @return the analyzer, not null
     * @throws ValidationException if the calendar is null
     */
    public MilestoneTrendAnalyzer withCalendar(WorkingCalendar calendar) {
        return new MilestoneTrendAnalyzer(Arguments.require(calendar, "calendar"), window, toleranceDays);
    }

    /**
     * A copy with another window.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param window how many of a milestone's latest points its trend is read from; at least 2
     * @return the analyzer, not null
     * @throws ValidationException if the window is less than 2 ({@code KPI-TREND-WINDOW})
     */
    public MilestoneTrendAnalyzer withWindow(int window) {
        if (window < 2) {
            throw new ValidationException(Violation.of("window", "KPI-TREND-WINDOW", "io.otp.kpi.trend.window",
                "value", window));
        }
        return new MilestoneTrendAnalyzer(calendar, window, toleranceDays);
    }

    /**
     * A copy with another tolerance.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param toleranceDays the largest change, in calendar days, still read as stable; not negative
     * @return the analyzer, not null
     * @throws ValidationException if the tolerance is negative ({@code KPI-TREND-TOLERANCE})
     */
    public MilestoneTrendAnalyzer withToleranceDays(int toleranceDays) {
        if (toleranceDays < 0) {
            throw new ValidationException(Violation.of("toleranceDays", "KPI-TREND-TOLERANCE",
                "io.otp.kpi.trend.tolerance", "value", toleranceDays));
        }
        return new MilestoneTrendAnalyzer(calendar, window, toleranceDays);
    }

    /**
     * The working calendar.
     *
     * @return the calendar, not null
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * The window.
     *
     * @return the number of points a trend is read from, at least 2
     */
    public int window() {
        return window;
    }

    /**
     * The tolerance.
     *
     * @return the largest change in calendar days read as stable, not negative
     */
    public int toleranceDays() {
        return toleranceDays;
    }

    /**
     * Analyses the milestones of a contract.
     *
     * @param contract the contract; not null
     * @return the analysis, not null
     * @throws ValidationException if the contract is null
     */
    public MilestoneTrendAnalysis analyse(Contract contract) {
        return analyse(Arguments.require(contract, "contract").milestones());
    }

    /**
     * Analyses milestones.
     *
     * @param milestones the milestones, each with its forecast history; not null, no null element,
     *     ids unique
     * @return the analysis, not null
     * @throws ValidationException if the list or an element is null, or two milestones share an id
     *     ({@code OTP-UNIQUE-ID}, path {@code milestones[i].id}; every repeat is reported)
     */
    public MilestoneTrendAnalysis analyse(List<Milestone> milestones) {
        Arguments.require(milestones, "milestones");
        List<Violation> problems = new ArrayList<>();
        Set<MilestoneId> seen = new HashSet<>();
        SortedSet<LocalDate> reportDates = new TreeSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = Arguments.require(milestones.get(i), "milestones[" + i + "]");
            if (!seen.add(m.id())) {
                problems.add(Violation.of("milestones[" + i + "].id", "OTP-UNIQUE-ID",
                    "io.otp.kpi.trend.duplicateMilestone", "milestone", m.id()));
            }
            m.forecasts().forEach(r -> reportDates.add(r.reportDate()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<MilestoneId, List<MilestoneForecast>> series = new LinkedHashMap<>();
        milestones.forEach(m -> series.put(m.id(), new ArrayList<>()));
        List<TrendSnapshot> snapshots = new ArrayList<>();
        for (LocalDate report : reportDates) {
            TrendSnapshot.Builder snapshot = TrendSnapshot.builder().reportDate(report);
            for (Milestone m : milestones) {
                List<MilestoneForecast> line = series.get(m.id());
                if (!line.isEmpty() && line.get(line.size() - 1).reached()) {
                    continue;
                }
                MilestoneForecast point = MilestoneForecast.of(m.id(), report, m.baselineDate(),
                    forecastInForce(m, report), calendar);
                line.add(point);
                snapshot.addForecasts(point);
            }
            snapshots.add(snapshot.build());
        }
        MilestoneTrendAnalysis.Builder out = MilestoneTrendAnalysis.builder().calendar(calendar.name())
            .window(window).toleranceDays(toleranceDays).addAllSnapshots(snapshots);
        for (Milestone m : milestones) {
            out.addMilestones(trendOf(m, series.get(m.id())));
        }
        return out.build();
    }

    /**
     * Classifies a change of forecast.
     *
     * @param changeInDays the last forecast minus the first over the window, in calendar days
     * @return the trend for this analyzer's tolerance, not null
     */
    public Trend classify(long changeInDays) {
        if (Math.abs(changeInDays) <= toleranceDays) {
            return Trend.STABLE;
        }
        return changeInDays > 0 ? Trend.SLIPPING : Trend.RECOVERING;
    }

    private MilestoneTrend trendOf(Milestone m, List<MilestoneForecast> line) {
        long change = 0;
        if (line.size() >= 2) {
            MilestoneForecast first = line.get(Math.max(0, line.size() - window));
            MilestoneForecast last = line.get(line.size() - 1);
            change = ChronoUnit.DAYS.between(first.forecastDate(), last.forecastDate());
        }
        return MilestoneTrend.builder().milestone(m.id()).title(m.title()).baselineDate(m.baselineDate())
            .addAllSeries(line).trend(classify(change)).change(change).build();
    }

    private static LocalDate forecastInForce(Milestone m, LocalDate report) {
        Optional<LocalDate> actual = m.actualDate().filter(d -> !d.isAfter(report));
        if (actual.isPresent()) {
            return actual.get();
        }
        LocalDate forecast = plannedInForce(m, report);
        // not met by the report date: a forecast already past only says the milestone is overdue
        return forecast.isAfter(report) ? forecast : report.plusDays(1);
    }

    private static LocalDate plannedInForce(Milestone m, LocalDate report) {
        Optional<ForecastRevision> latest = Optional.empty();
        for (ForecastRevision r : m.forecasts()) {
            if (r.reportDate().isAfter(report)) {
                break;
            }
            latest = Optional.of(r);
        }
        return latest.map(ForecastRevision::forecastDate).orElse(m.baselineDate());
    }
}
