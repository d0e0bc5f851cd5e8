package io.otp.kpi.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.kpi.earning.Earning;
import io.otp.kpi.earning.StandardEarningRule;
import io.otp.kpi.earning.WeightedMilestone;
import io.otp.kpi.earning.WorkProgress;
import io.otp.kpi.earning.WorkState;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.Estimate;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.schedule.EarnedSchedule;
import io.otp.kpi.schedule.ScheduleFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * Generators of valid earned-value series and work progress, built through the public builders from a
 * random seed: 1 to 18 monthly periods ending on the last day of each month from January 2026, amounts
 * in euros up to 50,000.00 per period, with zero amounts (a plan starting with nothing planned, nothing
 * earned or spent yet) often enough to reach every undefined ratio.
 */
public final class EvmGenerators {

    private static final YearMonth FIRST = YearMonth.of(2026, 1);

    private EvmGenerators() {
    }

    /**
     * Any valid series: a plan whose PV may be flat in places, possibly running past the planned finish,
     * with EV and AC reported for some periods and a status date among them.
     *
     * @return a generator of series
     */
    public static Gen<EvmSeries> series() {
        return longs().all().map(seed -> series(new SplittableRandom(seed)));
    }

    /**
     * Series whose plan is strictly increasing up to the planned finish, whose EV follows PV exactly
     * (EV<sub>t</sub> = PV<sub>t</sub>) and whose status date is not after the planned finish.
     *
     * @return a generator of series on plan
     */
    public static Gen<EvmSeries> onPlan() {
        return longs().all().map(seed -> onPlan(new SplittableRandom(seed)));
    }

    /**
     * A plan (PV over every period, at least one positive increment) as cumulative euro amounts.
     *
     * @param random the source of randomness; not null
     * @param periods the number of periods, 1 or more
     * @param strict whether every increment up to the (random) planned finish is positive
     * @return the cumulative planned values
     */
    public static List<Money> plan(SplittableRandom random, int periods, boolean strict) {
        int finish = 1 + random.nextInt(periods);
        List<Money> pv = new ArrayList<>();
        long cumulative = 0;
        for (int t = 1; t <= periods; t++) {
            if (t <= finish) {
                boolean zero = !strict && random.nextInt(5) == 0;
                cumulative += zero && !(t == finish && cumulative == 0) ? 0 : 1 + random.nextLong(5_000_000L);
            }
            pv.add(cents(cumulative));
        }
        return pv;
    }

    /**
     * Monthly period ends from January 2026.
     *
     * @param periods how many
     * @return the last day of each month
     */
    public static List<LocalDate> monthEnds(int periods) {
        List<LocalDate> ends = new ArrayList<>();
        for (int t = 0; t < periods; t++) {
            ends.add(FIRST.plusMonths(t).atEndOfMonth());
        }
        return ends;
    }

    /**
     * Valid progress of a work item: any state, a percentage, 1 to 5 milestones, a planned value.
     *
     * @return a generator of progress
     */
    public static Gen<WorkProgress> progress() {
        return longs().all().map(seed -> progress(new SplittableRandom(seed)));
    }

    /**
     * Weighted milestones: a name, a weight from 0.1 to 100.0 and whether it is met.
     *
     * @return a generator of milestones
     */
    public static Gen<WeightedMilestone> weightedMilestones() {
        return longs().all().map(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            return WeightedMilestone.of("Hito " + random.nextInt(100), BigDecimal.valueOf(1 + random.nextInt(1000), 1),
                random.nextBoolean());
        });
    }

    /**
     * Earnings computed by every standard rule from {@link #progress()}.
     *
     * @return a generator of earnings
     */
    public static Gen<Earning> earnings() {
        return longs().all().map(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            StandardEarningRule[] rules = StandardEarningRule.values();
            return rules[random.nextInt(rules.length)].earn(progress(random));
        });
    }

    /**
     * Earned-value figures computed by {@link EarnedValue} from {@link #series()}: at the status date,
     * with a bottom-up ETC one time in three, or at an earlier period of the trend.
     *
     * @return a generator of figures
     */
    public static Gen<EvmFigures> figures() {
        return longs().all().map(seed -> figures(new SplittableRandom(seed)));
    }

    /**
     * The estimates at completion of {@link #figures()}, every method.
     *
     * @return a generator of estimates
     */
    public static Gen<Estimate> estimates() {
        return Picks.partOf(random -> List.copyOf(figures(random).estimates().values()));
    }

    /**
     * Earned-schedule figures computed by {@link EarnedSchedule} from {@link #series()}, with a performance
     * factor of 1 or from 0.50 to 2.00.
     *
     * @return a generator of figures
     */
    public static Gen<ScheduleFigures> scheduleFigures() {
        return longs().all().map(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            EvmSeries s = series(random);
            switch (random.nextInt(3)) {
                case 0:
                    return EarnedSchedule.at(s);
                case 1:
                    return EarnedSchedule.at(s, BigDecimal.valueOf(50 + random.nextInt(151), 2));
                default:
                    List<ScheduleFigures> trend = EarnedSchedule.trend(s);
                    return trend.get(random.nextInt(trend.size()));
            }
        });
    }

    /**
     * Series at the edges where ratios are undefined: finished (EV has reached BAC at the status date, so
     * nothing remains to earn and the CPI-based estimates leave nothing to spend), budget spent (AC equals
     * BAC, so TCPI(BAC) has no budget left to divide by) and idle (nothing earned or spent yet, so CPI is
     * undefined, and SPI too when nothing was planned yet either).
     *
     * @return a generator of series
     */
    public static Gen<EvmSeries> edgeSeries() {
        return longs().all().map(seed -> edgeSeries(new SplittableRandom(seed)));
    }

    /**
     * The estimates at completion of {@link #edgeSeries()}, every method that is defined there.
     *
     * @return a generator of estimates
     */
    public static Gen<Estimate> edgeEstimates() {
        return Picks.partOf(random -> List.copyOf(EarnedValue.at(edgeSeries(random)).estimates().values()));
    }

    private static EvmSeries edgeSeries(SplittableRandom random) {
        int edge = random.nextInt(3);
        List<Money> pv = new ArrayList<>();
        if (edge == 2 && random.nextBoolean()) {
            // not started: nothing is planned either in the first month
            pv.add(cents(0));
        }
        pv.addAll(plan(random, 1 + random.nextInt(12), true));
        int periods = pv.size();
        long bac = pv.get(periods - 1).amount().movePointRight(2).longValueExact();
        int status = pv.get(0).isZero() ? 1 : 1 + random.nextInt(periods);
        List<Money> ev = new ArrayList<>();
        List<Money> ac = new ArrayList<>();
        long e = 0;
        long a = 0;
        for (int t = 1; t <= status; t++) {
            boolean last = t == status;
            if (edge == 0) {
                e = last ? bac : e + random.nextLong(bac - e + 1) / 2;
                a += random.nextLong(5_000_000L);
            } else if (edge == 1) {
                e += random.nextLong(bac - e + 1) / 2;
                a = last ? bac : a + random.nextLong(bac - a + 1) / 2;
            }
            ev.add(cents(e));
            ac.add(cents(a));
        }
        List<LocalDate> ends = monthEnds(periods);
        return EvmSeries.builder().addAllPeriodEnds(ends).addAllPv(pv).addAllEv(ev).addAllAc(ac).bac(cents(bac))
            .statusDate(ends.get(status - 1)).build();
    }

    static EvmFigures figures(SplittableRandom random) {
        EvmSeries s = series(random);
        switch (random.nextInt(3)) {
            case 0:
                return EarnedValue.at(s);
            case 1:
                return EarnedValue.at(s, cents(random.nextLong(5_000_000L)));
            default:
                List<EvmFigures> trend = EarnedValue.trend(s);
                return trend.get(random.nextInt(trend.size()));
        }
    }

    private static WorkProgress progress(SplittableRandom random) {
        long budget = random.nextLong(10_000_000L);
        WorkProgress.Builder b = WorkProgress.builder()
            .budget(cents(budget))
            .state(WorkState.values()[random.nextInt(3)])
            .percentComplete(Percentage.of(BigDecimal.valueOf(random.nextInt(10_001), 2)))
            .plannedValue(cents(budget == 0 ? 0 : random.nextLong(budget + 1)));
        int milestones = 1 + random.nextInt(5);
        for (int i = 0; i < milestones; i++) {
            b.addMilestones(WeightedMilestone.of("M" + i, BigDecimal.valueOf(1 + random.nextInt(1000), 1),
                random.nextBoolean()));
        }
        return b.build();
    }

    static EvmSeries series(SplittableRandom random) {
        int periods = 1 + random.nextInt(18);
        List<Money> pv = plan(random, periods, false);
        long bac = pv.get(periods - 1).amount().movePointRight(2).longValueExact();
        int reported = 1 + random.nextInt(periods);
        List<Money> ev = new ArrayList<>();
        List<Money> ac = new ArrayList<>();
        long e = 0;
        long a = 0;
        boolean idle = random.nextInt(4) == 0;
        for (int t = 0; t < reported; t++) {
            if (!idle || t > 0) {
                e += random.nextLong(bac - e + 1) / (1 + random.nextInt(3));
                a += random.nextInt(6) == 0 ? 0 : random.nextLong(5_000_000L);
            }
            ev.add(cents(e));
            ac.add(cents(a));
        }
        List<LocalDate> ends = monthEnds(periods);
        return EvmSeries.builder()
            .addAllPeriodEnds(ends)
            .addAllPv(pv)
            .addAllEv(ev)
            .addAllAc(ac)
            .bac(cents(bac))
            .statusDate(ends.get(random.nextInt(reported)))
            .build();
    }

    private static EvmSeries onPlan(SplittableRandom random) {
        int periods = 1 + random.nextInt(18);
        int finish = 1 + random.nextInt(periods);
        List<Money> pv = new ArrayList<>();
        long cumulative = 0;
        for (int t = 1; t <= finish; t++) {
            cumulative += 1 + random.nextLong(5_000_000L);
            pv.add(cents(cumulative));
        }
        Money bac = pv.get(finish - 1);
        List<Money> fullPlan = new ArrayList<>(pv);
        while (fullPlan.size() < periods) {
            fullPlan.add(bac);
        }
        int status = 1 + random.nextInt(finish);
        List<Money> actuals = pv.subList(0, status);
        List<LocalDate> ends = monthEnds(periods);
        return EvmSeries.builder()
            .addAllPeriodEnds(ends)
            .addAllPv(fullPlan)
            .addAllEv(actuals)
            .addAllAc(actuals)
            .bac(bac)
            .statusDate(ends.get(status - 1))
            .build();
    }

    /**
     * Euros from cents.
     *
     * @param cents the amount in cents
     * @return the money
     */
    public static Money cents(long cents) {
        return Money.euros(BigDecimal.valueOf(cents, 2));
    }
}
