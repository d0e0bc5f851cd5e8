package io.otp.kpi.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneType;
import io.otp.core.id.MilestoneId;
import io.otp.core.json.OtpJson;
import io.otp.kpi.testing.TrendGenerators;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Milestone trend analysis: a worked example by hand, properties, bad input and JSON. */
class MilestoneTrendAnalyzerTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static final LocalDate JAN = LocalDate.of(2026, 1, 31);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 28);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 31);

    private static final MilestoneId ANALYSIS = MilestoneId.of("M-1");
    private static final MilestoneId PILOT = MilestoneId.of("M-2");
    private static final MilestoneId REPORT = MilestoneId.of("M-3");

    private static Milestone milestone(MilestoneId id, String title, LocalDate baseline) {
        return Milestone.builder().id(id).title(title).type(MilestoneType.DELIVERY).baselineDate(baseline).build();
    }

    /**
     * M-1 baseline Tue 31 Mar 2026, forecast 31 Mar (Jan), 7 Apr (Feb), 14 Apr (Mar);
     * M-2 baseline Tue 30 Jun 2026, forecast 15 Jul (Jan), 3 Jul (Mar);
     * M-3 baseline Fri 27 Feb 2026, never revised.
     */
    private static List<Milestone> example() {
        return List.of(
            milestone(ANALYSIS, "Análisis", MAR).reviseForecast(JAN, MAR).reviseForecast(FEB, LocalDate.of(2026, 4, 7))
                .reviseForecast(MAR, LocalDate.of(2026, 4, 14)),
            milestone(PILOT, "Piloto", LocalDate.of(2026, 6, 30)).reviseForecast(JAN, LocalDate.of(2026, 7, 15))
                .reviseForecast(MAR, LocalDate.of(2026, 7, 3)),
            milestone(REPORT, "Informe", LocalDate.of(2026, 2, 27)));
    }

    @Test
    void workedExampleByHand() {
        WorkingCalendar easter = WorkingCalendar.withHolidays(Set.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3)));
        MilestoneTrendAnalysis a = MilestoneTrendAnalyzer.standard().withCalendar(easter).analyse(example());

        // Report dates: the union of the histories, 31 Jan, 28 Feb, 31 Mar.
        assertThat(a.snapshots()).extracting(TrendSnapshot::reportDate).containsExactly(JAN, FEB, MAR);

        // M-1: slips 0, 7 and 14 calendar days. Working days with Holy Thursday and Good Friday off:
        // (31 Mar, 7 Apr] = 1, 6, 7 Apr = 3; (31 Mar, 14 Apr] = 1, 6, 7, 8, 9, 10, 13, 14 Apr = 8.
        // Trend over the last two reports: 7 Apr -> 14 Apr = +7 days, slipping.
        MilestoneTrend analysis = a.trend(ANALYSIS).orElseThrow();
        assertThat(analysis.series()).extracting(MilestoneForecast::calendarSlip).containsExactly(0L, 7L, 14L);
        assertThat(analysis.series()).extracting(MilestoneForecast::workingSlip).containsExactly(0L, 3L, 8L);
        assertThat(analysis.trend()).isEqualTo(Trend.SLIPPING);
        assertThat(analysis.change()).isEqualTo(7);

        // M-2: in force 15 Jul on 31 Jan and still on 28 Feb (no new report), 3 Jul on 31 Mar.
        // 15 Jul -> 3 Jul = -12 days, recovering. Slip on 31 Mar: 3 calendar days, (30 Jun, 3 Jul] = 1, 2,
        // 3 Jul = 3 working days.
        MilestoneTrend pilot = a.trend(PILOT).orElseThrow();
        assertThat(pilot.series()).extracting(MilestoneForecast::forecastDate).containsExactly(
            LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 3));
        assertThat(pilot.trend()).isEqualTo(Trend.RECOVERING);
        assertThat(pilot.change()).isEqualTo(-12);
        assertThat(pilot.latest().orElseThrow().calendarSlip()).isEqualTo(3);
        assertThat(pilot.latest().orElseThrow().workingSlip()).isEqualTo(3);

        // M-3: baseline Fri 27 Feb, never revised and not met. On 31 Jan the baseline holds (slip 0). On
        // 28 Feb the baseline has passed unmet, so the milestone is overdue: at the earliest Sun 1 Mar, 2
        // calendar days, (27 Feb, 1 Mar] = Sat, Sun = 0 working days. On 31 Mar: at the earliest Wed 1 Apr,
        // 33 calendar days, (27 Feb, 1 Apr] = the 22 weekdays of March + 1 Apr = 23 working days. An unmet
        // milestone never reaches the diagonal. Last two: 1 Mar -> 1 Apr = +31 days, slipping.
        MilestoneTrend report = a.trend(REPORT).orElseThrow();
        assertThat(report.series()).extracting(MilestoneForecast::reportDate).containsExactly(JAN, FEB, MAR);
        assertThat(report.series()).extracting(MilestoneForecast::calendarSlip).containsExactly(0L, 2L, 33L);
        assertThat(report.series()).extracting(MilestoneForecast::workingSlip).containsExactly(0L, 0L, 23L);
        assertThat(report.series()).noneMatch(MilestoneForecast::reached);
        assertThat(report.trend()).isEqualTo(Trend.SLIPPING);
        assertThat(report.change()).isEqualTo(31);

        assertThat(a.withTrend(Trend.SLIPPING)).extracting(MilestoneTrend::milestone).containsExactly(ANALYSIS, REPORT);
        assertThat(a.calendar()).isEqualTo("Monday-Friday, 2 holidays");
    }

    @Test
    void aWiderWindowAndATolerance() {
        // Window 3 for M-1: 31 Mar -> 14 Apr = +14 days. Tolerance 7: M-1 over the last two (+7) is
        // stable, M-2 (-12) still recovering.
        MilestoneTrendAnalysis wide = MilestoneTrendAnalyzer.standard().withWindow(3).analyse(example());
        assertThat(wide.trend(ANALYSIS).orElseThrow().change()).isEqualTo(14);
        MilestoneTrendAnalysis tolerant = MilestoneTrendAnalyzer.standard().withToleranceDays(7).analyse(example());
        assertThat(tolerant.trend(ANALYSIS).orElseThrow().trend()).isEqualTo(Trend.STABLE);
        assertThat(tolerant.trend(PILOT).orElseThrow().trend()).isEqualTo(Trend.RECOVERING);
        assertThat(tolerant.toleranceDays()).isEqualTo(7);
    }

    @Test
    void trendAgreesWithTheChangeOverTheWindow() {
        qt().forAll(TrendGenerators.milestones(), SourceDSL.integers().between(2, 5), SourceDSL.integers().between(0, 10))
            .checkAssert((milestones, window, tolerance) -> {
                MilestoneTrendAnalyzer analyzer = MilestoneTrendAnalyzer.standard().withWindow(window)
                    .withToleranceDays(tolerance);
                MilestoneTrendAnalysis a = analyzer.analyse(milestones);
                for (MilestoneTrend t : a.milestones()) {
                    List<MilestoneForecast> s = t.series();
                    long expected = s.size() < 2 ? 0 : ChronoUnit.DAYS.between(
                        s.get(Math.max(0, s.size() - window)).forecastDate(), s.get(s.size() - 1).forecastDate());
                    assertThat(t.change()).isEqualTo(expected);
                    Trend trend = Math.abs(expected) <= tolerance ? Trend.STABLE
                        : expected > 0 ? Trend.SLIPPING : Trend.RECOVERING;
                    assertThat(t.trend()).isEqualTo(trend);
                    // A larger tolerance never makes a stable milestone move.
                    if (t.trend() == Trend.STABLE) {
                        assertThat(analyzer.withToleranceDays(tolerance + 5).classify(t.change()))
                            .isEqualTo(Trend.STABLE);
                    }
                    // Reversing the change reverses the trend.
                    Trend reversed = analyzer.classify(-t.change());
                    assertThat(reversed).isEqualTo(t.trend() == Trend.SLIPPING ? Trend.RECOVERING
                        : t.trend() == Trend.RECOVERING ? Trend.SLIPPING : Trend.STABLE);
                }
            });
    }

    @Test
    void snapshotsHoldTheForecastInForceAndLinesEndAtTheDiagonal() {
        qt().forAll(TrendGenerators.milestones()).checkAssert(milestones -> {
            MilestoneTrendAnalysis a = MilestoneTrendAnalyzer.standard().analyse(milestones);
            for (int i = 1; i < a.snapshots().size(); i++) {
                assertThat(a.snapshots().get(i).reportDate()).isAfter(a.snapshots().get(i - 1).reportDate());
            }
            for (MilestoneTrend t : a.milestones()) {
                List<MilestoneForecast> s = t.series();
                for (int i = 0; i < s.size() - 1; i++) {
                    assertThat(s.get(i).reached()).as("only the last point may be on the diagonal").isFalse();
                }
                for (MilestoneForecast p : s) {
                    TrendSnapshot snap = a.snapshots().stream().filter(x -> x.reportDate().equals(p.reportDate()))
                        .findFirst().orElseThrow();
                    assertThat(snap.forecast(t.milestone())).contains(p);
                }
            }
            int points = a.milestones().stream().mapToInt(t -> t.series().size()).sum();
            assertThat(a.snapshots().stream().mapToInt(x -> x.forecasts().size()).sum()).isEqualTo(points);
        });
    }

    @Test
    void aMilestoneMetWhenPlannedWithoutRevisionsIsStableAndEndsOnItsDate() {
        qt().forAll(TrendGenerators.dates(), TrendGenerators.milestones()).checkAssert((baseline, others) -> {
            Milestone quiet = milestone(MilestoneId.of("QUIET"), "Sin cambios", baseline).meet(baseline);
            List<Milestone> all = new java.util.ArrayList<>(others);
            all.add(quiet);
            MilestoneTrend t = MilestoneTrendAnalyzer.standard().analyse(all).trend(quiet.id()).orElseThrow();
            assertThat(t.trend()).isEqualTo(Trend.STABLE);
            assertThat(t.series()).allMatch(p -> p.calendarSlip() == 0 && p.workingSlip() == 0);
            assertThat(t.series()).allMatch(p -> p.reached() == !p.reportDate().isBefore(baseline));
        });
    }

    @Test
    void aMilestoneMetLateEndsOnItsActualDateNotOnAStaleForecast() {
        // Baseline Tue 15 Sep 2026, met Mon 5 Oct, reports 30 Sep and 31 Oct (from another milestone's
        // history). On 30 Sep it is overdue: at the earliest 1 Oct, 16 calendar days late, not reached. On
        // 31 Oct it was met on 5 Oct: 20 calendar days late, reached, and its line ends there.
        Milestone late = milestone(MilestoneId.of("LATE"), "Piloto", LocalDate.of(2026, 9, 15)).meet(LocalDate.of(2026, 10, 5));
        Milestone other = milestone(MilestoneId.of("OTHER"), "Formación", LocalDate.of(2026, 12, 15))
            .reviseForecast(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 15))
            .reviseForecast(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 22));
        MilestoneTrend t = MilestoneTrendAnalyzer.standard().analyse(List.of(late, other)).trend(late.id()).orElseThrow();
        assertThat(t.series()).extracting(MilestoneForecast::forecastDate)
            .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5));
        assertThat(t.series()).extracting(MilestoneForecast::calendarSlip).containsExactly(16L, 20L);
        assertThat(t.series()).extracting(MilestoneForecast::reached).containsExactly(false, true);
    }

    @Test
    void noHistoryGivesNoSnapshots() {
        MilestoneTrendAnalysis a = MilestoneTrendAnalyzer.standard().analyse(List.of(milestone(REPORT, "Informe", FEB)));
        assertThat(a.snapshots()).isEmpty();
        assertThat(a.trend(REPORT).orElseThrow().series()).isEmpty();
        assertThat(a.trend(REPORT).orElseThrow().trend()).isEqualTo(Trend.STABLE);
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void rejectsAWindowBelowTwoAndANegativeTolerance() {
        ValidationException w = catchThrowableOfType(ValidationException.class,
            () -> MilestoneTrendAnalyzer.standard().withWindow(1));
        assertThat(w.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]")
            .containsExactly("window [KPI-TREND-WINDOW]");
        assertThat(w.violations().get(0).message()).isEqualTo(
            "trend window 1 is too small; a trend compares at least 2 reports");
        assertThat(w.violations().get(0).message(Locale.forLanguageTag("es"))).isEqualTo(
            "la ventana de tendencia 1 es demasiado pequeña; una tendencia compara al menos 2 informes");
        ValidationException t = catchThrowableOfType(ValidationException.class,
            () -> MilestoneTrendAnalyzer.standard().withToleranceDays(-1));
        assertThat(t.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]")
            .containsExactly("toleranceDays [KPI-TREND-TOLERANCE]");
    }

    @Test
    void rejectsEveryRepeatedMilestone() {
        List<Milestone> repeated = List.of(milestone(ANALYSIS, "A", MAR), milestone(PILOT, "B", MAR),
            milestone(ANALYSIS, "C", MAR), milestone(PILOT, "D", MAR));
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> MilestoneTrendAnalyzer.standard().analyse(repeated));
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]")
            .containsExactly("milestones[2].id [OTP-UNIQUE-ID]", "milestones[3].id [OTP-UNIQUE-ID]");
        assertThat(e.violations().get(0).message())
            .isEqualTo("milestone M-1 is given twice; each milestone is analysed once");
    }

    @Test
    void rejectsASeriesOutOfOrderReadFromJson() {
        String text = JSON.write(MilestoneTrendAnalyzer.standard().analyse(example()).trend(ANALYSIS).orElseThrow());
        String broken = text.replace("\"reportDate\":\"2026-02-28\"", "\"reportDate\":\"2026-01-15\"");
        assertThat(broken).isNotEqualTo(text);
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> JSON.read(broken, MilestoneTrend.class));
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]")
            .containsExactly("series[1].reportDate [KPI-TREND-SERIES]");
    }

    // ------------------------------------------------------------------ JSON

    @Test
    void analysesRoundTripThroughJsonByteForByte() {
        qt().withExamples(200).forAll(TrendGenerators.analyses()).checkAssert(a -> {
            String text = JSON.write(a);
            MilestoneTrendAnalysis back = JSON.read(text, MilestoneTrendAnalysis.class);
            assertThat(back).isEqualTo(a);
            assertThat(JSON.write(back)).isEqualTo(text);
            for (TrendSnapshot s : a.snapshots()) {
                assertThat(JSON.read(JSON.write(s), TrendSnapshot.class)).isEqualTo(s);
                for (MilestoneForecast f : s.forecasts()) {
                    assertThat(JSON.read(JSON.write(f), MilestoneForecast.class)).isEqualTo(f);
                }
            }
            for (MilestoneTrend t : a.milestones()) {
                String line = JSON.write(t);
                assertThat(JSON.read(line, MilestoneTrend.class)).isEqualTo(t);
                assertThat(JSON.write(JSON.read(line, MilestoneTrend.class))).isEqualTo(line);
            }
        });
    }

    @Test
    void theWorkedExampleWritesTheChartData() {
        String text = JSON.write(MilestoneTrendAnalyzer.standard().analyse(example()));
        assertThat(text).contains("\"trend\":\"SLIPPING\"", "\"trend\":\"RECOVERING\"",
            "\"forecastDate\":\"2026-04-14\"", "\"calendarSlip\":14", "\"workingSlip\":10", "\"window\":2");
        assertThat(JSON.write(JSON.read(text, MilestoneTrendAnalysis.class))).isEqualTo(text);
    }
}
