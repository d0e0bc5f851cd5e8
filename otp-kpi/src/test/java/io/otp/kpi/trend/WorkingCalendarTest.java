package io.otp.kpi.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.id.MilestoneId;
import io.otp.kpi.testing.TrendGenerators;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working-day counts and the slips computed with them. */
class WorkingCalendarTest {

    private static final MilestoneId M = MilestoneId.of("M-1");

    /** Holy Thursday and Good Friday 2026 (Easter Sunday is 5 April 2026). */
    private static final WorkingCalendar EASTER_2026 =
        WorkingCalendar.withHolidays(Set.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3)));

    @Test
    void aForecastMovedOverAWeekendSlipsOneWorkingDay() {
        // Friday 3 July 2026 -> Monday 6 July 2026: 3 calendar days, 1 working day (the Monday).
        MilestoneForecast late = MilestoneForecast.of(M, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 3),
            LocalDate.of(2026, 7, 6), WorkingCalendar.mondayToFriday());
        assertThat(late.calendarSlip()).isEqualTo(3);
        assertThat(late.workingSlip()).isEqualTo(1);
        // And back: Monday -> Friday before is -3 calendar days and -1 working day.
        MilestoneForecast early = MilestoneForecast.of(M, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 6),
            LocalDate.of(2026, 7, 3), WorkingCalendar.mondayToFriday());
        assertThat(early.calendarSlip()).isEqualTo(-3);
        assertThat(early.workingSlip()).isEqualTo(-1);
    }

    @Test
    void holidaysAreNotWorkingDays() {
        // Tuesday 31 March -> Tuesday 14 April 2026: 14 calendar days; Monday to Friday: 1, 2, 3, 6, 7,
        // 8, 9, 10, 13, 14 April = 10 working days; without Holy Thursday and Good Friday: 8.
        LocalDate baseline = LocalDate.of(2026, 3, 31);
        LocalDate forecast = LocalDate.of(2026, 4, 14);
        assertThat(WorkingCalendar.mondayToFriday().workingDaysBetween(baseline, forecast)).isEqualTo(10);
        assertThat(EASTER_2026.workingDaysBetween(baseline, forecast)).isEqualTo(8);
        assertThat(EASTER_2026.isWorkingDay(LocalDate.of(2026, 4, 2))).isFalse();
        assertThat(EASTER_2026.isWorkingDay(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(EASTER_2026.isWorkingDay(LocalDate.of(2026, 4, 4))).isFalse();
        assertThat(EASTER_2026.name()).isEqualTo("Monday-Friday, 2 holidays");
    }

    @Test
    void slipIsZeroWhenTheForecastIsTheBaseline() {
        qt().forAll(TrendGenerators.dates(), TrendGenerators.dates(), TrendGenerators.calendars())
            .checkAssert((report, date, calendar) -> {
                MilestoneForecast f = MilestoneForecast.of(M, report, date, date, calendar);
                assertThat(f.calendarSlip()).isZero();
                assertThat(f.workingSlip()).isZero();
            });
    }

    @Test
    void workingSlipNeverExceedsCalendarSlipAndHasItsSign() {
        qt().forAll(TrendGenerators.dates(), TrendGenerators.dates(), TrendGenerators.calendars())
            .checkAssert((baseline, forecast, calendar) -> {
                MilestoneForecast f = MilestoneForecast.of(M, baseline, baseline, forecast, calendar);
                assertThat(Math.abs(f.workingSlip())).isLessThanOrEqualTo(Math.abs(f.calendarSlip()));
                assertThat(f.workingSlip() == 0 || Long.signum(f.workingSlip()) == Long.signum(f.calendarSlip()))
                    .isTrue();
                // Counting is antisymmetric: from b to f is minus from f to b.
                assertThat(calendar.workingDaysBetween(forecast, baseline)).isEqualTo(-f.workingSlip());
            });
    }

    @Test
    void aWeekHasFiveWorkingDaysWithoutHolidays() {
        qt().forAll(TrendGenerators.dates(), org.quicktheories.generators.SourceDSL.integers().between(0, 30))
            .checkAssert((d, weeks) -> assertThat(WorkingCalendar.mondayToFriday()
                .workingDaysBetween(d, d.plusWeeks(weeks))).isEqualTo(5L * weeks));
    }

    @Test
    void rejectsInconsistentSlips() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> MilestoneForecast.builder()
            .milestone(M).reportDate(LocalDate.of(2026, 1, 1)).baselineDate(LocalDate.of(2026, 7, 3))
            .forecastDate(LocalDate.of(2026, 7, 6)).calendarSlip(2).workingSlip(-1).build());
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]")
            .containsExactly("calendarSlip [KPI-TREND-SLIP]", "workingSlip [KPI-TREND-SLIP]");
        assertThat(e.violations().get(0).message())
            .isEqualTo("milestone M-1: calendar slip 2 days does not match the 3 days from baseline to forecast");
        assertThat(e.violations().get(0).message(java.util.Locale.forLanguageTag("es"))).isEqualTo(
            "hito M-1: el desvío de 2 días naturales no coincide con los 3 días de la fecha base a la prevista");
    }

    @Test
    void nullArgumentsAreReportedByName() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> WorkingCalendar.mondayToFriday().workingDaysBetween(null, LocalDate.of(2026, 1, 1)));
        assertThat(e.violations().get(0).path()).isEqualTo("from");
    }
}
