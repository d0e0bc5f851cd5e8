package io.otp.kpi.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneType;
import io.otp.core.id.MilestoneId;
import io.otp.kpi.trend.HolidayCalendar;
import io.otp.kpi.trend.MilestoneForecast;
import io.otp.kpi.trend.MilestoneTrend;
import io.otp.kpi.trend.MilestoneTrendAnalysis;
import io.otp.kpi.trend.MilestoneTrendAnalyzer;
import io.otp.kpi.trend.TrendSnapshot;
import io.otp.kpi.trend.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/**
 * Generators for milestone trend analysis: dates, working calendars with holidays, and milestones
 * with forecast histories, built through the public builders of otp-core.
 *
 * <p>Histories are drawn from a {@link Random} seeded by a generated {@code long}, because each
 * revision depends on the one before (report dates strictly increase); the same seed always gives the
 * same milestones.
 */
public final class TrendGenerators {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    private TrendGenerators() {
    }

    /**
     * Dates from 2024 to about 2033.
     *
     * @return the generator, not null
     */
    public static Gen<LocalDate> dates() {
        return integers().between(0, 3650).map(FROM::plusDays);
    }

    /**
     * Working calendars: Monday to Friday, or with zero to forty holidays (some on weekends).
     *
     * @return the generator, not null
     */
    public static Gen<WorkingCalendar> calendars() {
        return longs().all().map(seed -> calendar(new Random(seed)));
    }

    /**
     * One to six milestones, each with zero to eight forecast revisions on a shared set of monthly
     * report dates, forecasts moving by -20 to +30 days from one report to the next.
     *
     * @return the generator, not null
     */
    public static Gen<List<Milestone>> milestones() {
        return longs().all().map(TrendGenerators::milestones);
    }

    /**
     * Analyses of generated milestones with the standard analyzer, window 2 or 3.
     *
     * @return the generator, not null
     */
    public static Gen<MilestoneTrendAnalysis> analyses() {
        return milestones().zip(integers().between(2, 3), (ms, w) -> MilestoneTrendAnalyzer.standard().withWindow(w)
            .analyse(ms));
    }

    /**
     * Analyses of generated milestones on a calendar of {@link #calendars()}, window 2 to 4, tolerance 0
     * to 5 days.
     *
     * @return the generator, not null
     */
    public static Gen<MilestoneTrendAnalysis> analysesOnCalendars() {
        return longs().all().map(seed -> analysis(new SplittableRandom(seed)));
    }

    /**
     * The milestone trends of {@link #analysesOnCalendars()}.
     *
     * @return the generator, not null
     */
    public static Gen<MilestoneTrend> milestoneTrends() {
        return Picks.partOf(r -> analysis(r).milestones());
    }

    /**
     * The snapshots (one per report date) of {@link #analysesOnCalendars()}.
     *
     * @return the generator, not null
     */
    public static Gen<TrendSnapshot> snapshots() {
        return Picks.partOf(r -> analysis(r).snapshots());
    }

    /**
     * The forecasts of the snapshots of {@link #analysesOnCalendars()}.
     *
     * @return the generator, not null
     */
    public static Gen<MilestoneForecast> forecasts() {
        return Picks.partOf(r -> {
            List<MilestoneForecast> out = new ArrayList<>();
            analysis(r).snapshots().forEach(s -> out.addAll(s.forecasts()));
            return out;
        });
    }

    private static MilestoneTrendAnalysis analysis(SplittableRandom r) {
        MilestoneTrendAnalyzer analyzer = MilestoneTrendAnalyzer.standard().withWindow(2 + r.nextInt(3))
            .withToleranceDays(r.nextInt(6));
        if (r.nextBoolean()) {
            analyzer = analyzer.withCalendar(calendar(new Random(r.nextLong())));
        }
        return analyzer.analyse(milestones(r.nextLong()));
    }

    private static WorkingCalendar calendar(Random r) {
        if (r.nextInt(4) == 0) {
            return WorkingCalendar.mondayToFriday();
        }
        Set<LocalDate> holidays = new TreeSet<>();
        int n = r.nextInt(41);
        for (int i = 0; i < n; i++) {
            holidays.add(FROM.plusDays(r.nextInt(3650)));
        }
        return HolidayCalendar.of(holidays);
    }

    private static List<Milestone> milestones(long seed) {
        Random r = new Random(seed);
        LocalDate firstReport = FROM.plusDays(r.nextInt(1000));
        int count = 1 + r.nextInt(6);
        List<Milestone> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate baseline = firstReport.plusDays(30 + r.nextInt(400));
            Milestone m = Milestone.builder().id(MilestoneId.of("M-" + (i + 1))).title("Hito " + (i + 1))
                .type(MilestoneType.DELIVERY).baselineDate(baseline).build();
            LocalDate forecast = baseline;
            int revisions = r.nextInt(9);
            for (int k = 0; k < revisions; k++) {
                if (r.nextInt(3) == 0) {
                    continue;
                }
                forecast = forecast.plusDays(r.nextInt(51) - 20);
                m = m.reviseForecast(firstReport.plusMonths(k), forecast);
            }
            out.add(m);
        }
        return out;
    }
}
