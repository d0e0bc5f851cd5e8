package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.execution.AcceptanceOutcome;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneStatus;
import io.otp.core.execution.MilestoneType;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.evm.Estimate;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.Trend;
import io.otp.kpi.schedule.ScheduleFigures;
import io.otp.kpi.trend.MilestoneForecast;
import io.otp.kpi.trend.MilestoneTrend;
import io.otp.kpi.trend.MilestoneTrendAnalysis;
import io.otp.kpi.trend.WorkingCalendar;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures of the execution scenario, computed by hand.
 *
 * <p>Status date 2026-12-31, month 7 of 12 (AT = 7); BAC = 352,000; cumulative PV 20,000, 50,000, then
 * +30,000 a month up to 320,000 in month 11 and 352,000 in month 12, so PD = 12; at month 7 PV = 200,000,
 * EV = 182,000, AC = 190,000.
 * <ul>
 * <li>SV = 182,000 − 200,000 = −18,000; CV = 182,000 − 190,000 = −8,000; SV % = −18,000 / 200,000 = −9 %.</li>
 * <li>SPI = 182,000 / 200,000 = 0.91. CPI = 182,000 / 190,000 = 0.957894736842105263… → 0.9578947368421053
 * in DECIMAL64.</li>
 * <li>EAC by CPI = BAC / CPI = 352,000 × 190 / 182 = 367,472.527… → ETC = 170,000 × 190 / 182 =
 * 177,472.527… → 177,472.53; EAC = 190,000 + 177,472.53 = 367,472.53; VAC = 352,000 − 367,472.53 =
 * −15,472.53; TCPI to this EAC = CPI.</li>
 * <li>EAC at the budgeted rate = 190,000 + 170,000 = 360,000; composite = 190,000 + 170,000 / (0.9578947… ×
 * 0.91 = 0.8716842…) = 190,000 + 195,024.755… = 385,024.76; bottom-up = 190,000 + 175,000 = 365,000.</li>
 * <li>TCPI to BAC = (352,000 − 182,000) / (352,000 − 190,000) = 170,000 / 162,000 = 1.049382716049383.</li>
 * <li>Earned schedule: C = 6 (PV_6 = 170,000 ≤ 182,000 &lt; PV_7 = 200,000), I = 12,000 / 30,000 = 0.4,
 * ES = 6.4; SV(t) = 6.4 − 7 = −0.6; SPI(t) = 6.4 / 7 = 0.9142857142857143; TSPI = (12 − 6.4) / (12 − 7) =
 * 1.12; IEAC(t) = 12 × 7 / 6.4 = 13.125 months.</li>
 * <li>Payments: 20 % of 352,000 = 70,400.00 certified 2026-07-30, due 30 days later on 2026-08-29; 30 % =
 * 105,600.00 conditionally certified for 95,040.00 on 2026-12-15, due 2027-01-14 (15 days to the end of
 * December, 14 into January); 50 % = the rest, 176,000.00.</li>
 * <li>M-05 baseline Friday 2027-02-26, forecasts 2027-02-26, 2027-03-12, 2027-03-26, 2027-04-09: slips 0, 14,
 * 28, 42 calendar days. Working days: (02-26, 03-12] has 10 weekdays, no holiday; to 03-26 ten more
 * weekdays less San José (Fri 03-19) and Good Friday (03-26): 18; to 04-09 ten more less Easter Monday
 * (03-29) and San Vicente Ferrer (04-05): 26. Without holidays: 30. Last two reports 28 → 42: +14 days,
 * slipping.</li>
 * <li>M-04 baseline Monday 2026-11-30, forecast 2026-12-15 in November: 15 calendar days; weekdays
 * 12-01…12-15 are 11, less 8 December: 10 working days.</li>
 * <li>KPIs at month 7: milestones due by 2026-12-31 are M-01…M-04, met on time M-01, M-02, M-03 (M-04
 * partially met late): 3 / 4 = 75 % (amber, 75–90); in October 100 % (3 / 3), November 75 % (M-04 due,
 * not met), so worsening. Deliverables first certified: D-01, D-03 accepted, D-02 conditionally: 2 / 3 =
 * 66.67 % (amber, 60–80). Certified vs planned: (70,400 + 95,040) / (70,400 + 105,600) = 165,440 /
 * 176,000 = 94 % (amber, 90–95); November 70,400 / 176,000 = 40 %. SPI 0.91 amber, CPI 0.958 green,
 * SPI(t) 0.914 amber; SPI over October–December 0.9071, 0.9059, 0.91: slope (0.91 − 0.9071) / 2 = 0.0014,
 * within the tolerance 0.01: stable.</li>
 * </ul>
 */
class ExecutionScenarioTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final ExecutionScenario.Outcome outcome =
        new ExecutionScenario(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();
    private final String printed = buffer.toString(StandardCharsets.UTF_8);

    @Test
    void indicesAtTheStatusDateAreTheHandComputedRatios() {
        EvmFigures f = outcome.evm();
        assertThat(f.statusDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(f.statusPeriod()).isEqualTo(7);
        assertThat(f.sv()).isEqualTo(Money.euros("-18000.00"));
        assertThat(f.cv()).isEqualTo(Money.euros("-8000.00"));
        assertThat(f.svPercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-9"));
        assertThat(f.spi()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.91"));
        assertThat(f.cpi()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.9578947368421053"));
        assertThat(f.tcpiToBac()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.049382716049383"));
    }

    @Test
    void estimatesAtCompletionFollowEachMethod() {
        EvmFigures f = outcome.evm();
        Estimate byCpi = f.estimate(EacMethod.CPI).orElseThrow();
        assertThat(byCpi.etc()).isEqualTo(Money.euros("177472.53"));
        assertThat(byCpi.eac()).isEqualTo(Money.euros("367472.53"));
        assertThat(byCpi.vac()).isEqualTo(Money.euros("-15472.53"));
        assertThat(byCpi.tcpi()).isEqualTo(f.cpi());
        assertThat(f.estimate(EacMethod.BUDGETED_RATE).orElseThrow().eac()).isEqualTo(Money.euros("360000.00"));
        assertThat(f.estimate(EacMethod.CPI_SPI).orElseThrow().eac()).isEqualTo(Money.euros("385024.76"));
        assertThat(f.estimate(EacMethod.BOTTOM_UP).orElseThrow().eac()).isEqualTo(Money.euros("365000.00"));
    }

    @Test
    void earnedScheduleAtTheStatusDateIsInterpolatedOnThePlan() {
        ScheduleFigures s = outcome.schedule();
        assertThat(s.plannedDuration()).isEqualTo(12);
        assertThat(s.actualTime()).isEqualTo(7);
        assertThat(s.earnedSchedule()).isEqualByComparingTo("6.4");
        assertThat(s.svT()).isEqualByComparingTo("-0.6");
        assertThat(s.spiT()).isEqualByComparingTo("0.9142857142857143");
        assertThat(s.tspi()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.12"));
        assertThat(s.ieacT()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("13.125"));
        assertThat(outcome.scheduleTrend()).hasSize(7).last().isEqualTo(s);
        assertThat(outcome.evmTrend()).hasSize(7).last()
            .satisfies(last -> assertThat(last.spi()).isEqualTo(outcome.evm().spi()));
    }

    @Test
    void eachCertifiedAmountFallsDueThirtyDaysAfterApproval() {
        assertThat(outcome.paymentDueDates()).containsOnly(
            Map.entry(ServiceDeskContract.TRANSITION_PAYMENT, LocalDate.of(2026, 8, 29)),
            Map.entry(ServiceDeskContract.SEMESTER_PAYMENT, LocalDate.of(2027, 1, 14)));
        Milestone report = outcome.contract().milestone(ServiceDeskContract.QUARTERLY_REPORT).orElseThrow();
        assertThat(report.certification().flatMap(AcceptanceRecord::paymentDueDate)).isEmpty();
        assertThat(printed).containsPattern("M-02 +ACCEPTED +2026-07-30 .*70\\.400,00 € +70\\.400,00 € +2026-08-29 met")
            .containsPattern("M-04 +CONDITIONALLY_ACCEPTED +2026-12-15 .*95\\.040,00 € +2027-01-14 partiallyMet");
    }

    @Test
    void theConditionalAcceptancePartiallyMeetsThePaymentMilestone() {
        Contract c = outcome.contract();
        assertThat(c.paymentPlan()).extracting(m -> m.paymentPercentage().orElseThrow())
            .containsExactly(Percentage.of(20), Percentage.of(30), Percentage.of(50));
        assertThat(c.paymentAmounts().values()).containsExactly(Money.euros("70400.00"), Money.euros("105600.00"),
            Money.euros("176000.00"));
        assertThat(c.milestones()).hasSize(6).extracting(Milestone::type).containsExactly(MilestoneType.ENGAGEMENT,
            MilestoneType.PAYMENT, MilestoneType.REPORTING, MilestoneType.PAYMENT, MilestoneType.DELIVERY,
            MilestoneType.PAYMENT);
        Milestone semester = c.milestone(ServiceDeskContract.SEMESTER_PAYMENT).orElseThrow();
        assertThat(semester.status()).isEqualTo(MilestoneStatus.PARTIALLY_MET);
        AcceptanceRecord r = semester.certification().orElseThrow();
        assertThat(r.outcome()).isEqualTo(AcceptanceOutcome.CONDITIONALLY_ACCEPTED);
        assertThat(r.defects()).hasSize(2);
        assertThat(r.fixDate()).contains(LocalDate.of(2027, 1, 15));
        assertThat(r.certifiedAmount()).isEqualTo(Money.euros("95040.00"));
        assertThat(c.deliverable(ServiceDeskContract.SEMESTER_REPORT).orElseThrow().uncheckedItems()).hasSize(2);
        assertThat(c.milestone(ServiceDeskContract.TRANSITION_PAYMENT).orElseThrow().status())
            .isEqualTo(MilestoneStatus.MET);
        assertThat(printed).contains("10.560,00 € withheld until then");
    }

    @Test
    void theMigrationSlipsInCalendarAndWorkingDays() {
        MilestoneTrendAnalysis a = outcome.milestoneTrend();
        assertThat(a.snapshots()).extracting(s -> s.reportDate()).containsExactlyElementsOf(ServiceDeskContract.REPORT_DATES);
        MilestoneTrend m = a.trend(ServiceDeskContract.ITSM_MIGRATION).orElseThrow();
        assertThat(m.series()).extracting(MilestoneForecast::calendarSlip).containsExactly(0L, 14L, 28L, 42L);
        assertThat(m.series()).extracting(MilestoneForecast::workingSlip).containsExactly(0L, 10L, 18L, 26L);
        assertThat(m.trend()).isEqualTo(io.otp.kpi.trend.Trend.SLIPPING);
        assertThat(m.change()).isEqualTo(14L);
        assertThat(a.withTrend(io.otp.kpi.trend.Trend.SLIPPING)).extracting(MilestoneTrend::milestone)
            .containsExactly(ServiceDeskContract.ITSM_MIGRATION);
        // The holidays matter: Monday to Friday alone counts 30 working days for the same slip.
        assertThat(WorkingCalendar.mondayToFriday().workingDaysBetween(LocalDate.of(2027, 2, 26),
            LocalDate.of(2027, 4, 9))).isEqualTo(30L);
        MilestoneForecast semester = a.trend(ServiceDeskContract.SEMESTER_PAYMENT).orElseThrow().latest().orElseThrow();
        assertThat(semester.calendarSlip()).isEqualTo(15L);
        assertThat(semester.workingSlip()).isEqualTo(10L);
        assertThat(semester.reached()).isTrue();
        assertThat(printed).contains("2027-04-09 +42/+26").contains("SLIPPING   +14 d");
    }

    @Test
    void kpisAreAssessedWithStatusAndTrend() {
        List<KpiAssessment> kpis = outcome.kpis();
        assertThat(kpis).extracting(KpiAssessment::kpi).containsExactly(PublicIctKpis.SPI, PublicIctKpis.CPI,
            PublicIctKpis.SPI_T, PublicIctKpis.MILESTONES_ON_TIME, PublicIctKpis.DELIVERABLES_ACCEPTED_FIRST_TIME,
            PublicIctKpis.CERTIFIED_VS_PLANNED);
        assertThat(kpi(PublicIctKpis.SPI).status()).isEqualTo(StatusLevel.AMBER);
        assertThat(kpi(PublicIctKpis.SPI).trend().orElseThrow().trend()).isEqualTo(Trend.STABLE);
        assertThat(kpi(PublicIctKpis.CPI).status()).isEqualTo(StatusLevel.GREEN);
        assertThat(kpi(PublicIctKpis.SPI_T).value()).isEqualByComparingTo("0.9142857142857143");
        assertThat(kpi(PublicIctKpis.SPI_T).status()).isEqualTo(StatusLevel.AMBER);
        KpiAssessment onTime = kpi(PublicIctKpis.MILESTONES_ON_TIME);
        assertThat(onTime.value()).isEqualByComparingTo("75");
        assertThat(onTime.status()).isEqualTo(StatusLevel.AMBER);
        assertThat(onTime.trend().orElseThrow().trend()).isEqualTo(Trend.WORSENING);
        assertThat(kpi(PublicIctKpis.DELIVERABLES_ACCEPTED_FIRST_TIME).value()).isEqualByComparingTo("66.67");
        KpiAssessment certified = kpi(PublicIctKpis.CERTIFIED_VS_PLANNED);
        assertThat(certified.value()).isEqualByComparingTo("94");
        assertThat(certified.status()).isEqualTo(StatusLevel.AMBER);
        assertThat(certified.trend().orElseThrow().slope()).isEqualByComparingTo("-3");
        assertThat(ExecutionScenario.certifiedVsPlanned(outcome.contract(), LocalDate.of(2026, 11, 30)))
            .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("40")));
        assertThat(printed).contains(kpi(PublicIctKpis.CPI).explanation());
    }

    @Test
    void jsonIsByteIdenticalOnTwoRunsAndItsPartsReadBack() {
        ExecutionScenario.Outcome again =
            new ExecutionScenario(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        String first = outcome.json();
        assertThat(again.json()).isEqualTo(first);
        assertThat(printed).contains(first);
        OtpJson json = OtpJson.standard();
        String evm = json.write(outcome.evm());
        assertThat(first).contains("\"evm\":" + evm);
        assertThat(json.read(evm, EvmFigures.class)).isEqualTo(outcome.evm());
        String schedule = json.write(outcome.schedule());
        assertThat(first).contains("\"earnedSchedule\":" + schedule);
        assertThat(json.write(json.read(schedule, ScheduleFigures.class))).isEqualTo(schedule);
        String trend = json.write(outcome.milestoneTrend());
        assertThat(first).contains("\"milestoneTrend\":" + trend);
        assertThat(json.read(trend, MilestoneTrendAnalysis.class)).isEqualTo(outcome.milestoneTrend());
        String contract = json.write(outcome.contract());
        assertThat(json.read(contract, Contract.class)).isEqualTo(outcome.contract());
        assertThat(first).contains("\"paymentDueDates\":{\"M-02\":\"2026-08-29\",\"M-04\":\"2027-01-14\"}");
    }

    @Test
    void thePrintedReportShowsTheFigures() {
        assertThat(printed).contains("OTP SDK · execution scenario")
            .contains("Levante Sistemas, S.A. (A58818501)")
            .containsPattern("SPI = EV / PV +0\\.9100")
            .containsPattern("CPI +177\\.472,53 € +367\\.472,53 € +-15\\.472,53 € +0\\.9579")
            .containsPattern("ES \\(earned schedule\\) +6\\.4000")
            .containsPattern("SPI\\(t\\) = ES / AT +0\\.9143");
    }

    @Test
    void theDashboardRollsUpTheOfficesProjectsBySummingThenDividing() {
        // PV, EV, AC at 2026-12-31: service desk 200,000 / 182,000 / 190,000 (SPI 0.91, SV -18,000, CV
        // -8,000); electronic office 105,000 / 110,000 / 104,000; cloud 145,000 / 110,000 / 136,000.
        // Programme PRG-ADM-E: SPI = (182,000 + 110,000) / (200,000 + 105,000) = 292,000 / 305,000 =
        // 0.957377...; portfolio: SPI = 402,000 / 450,000 = 0.893333..., CPI = 402,000 / 430,000 =
        // 0.934883... (the mean of the three CPIs would be (0.9579 + 1.0577 + 0.8088) / 3 = 0.9415).
        io.otp.kpi.portfolio.DashboardSnapshot d = outcome.dashboard();
        assertThat(d.portfolio().evm().spi().orElseThrow().setScale(6, java.math.RoundingMode.HALF_UP))
            .isEqualByComparingTo("0.893333");
        assertThat(d.portfolio().evm().cpi().orElseThrow().setScale(6, java.math.RoundingMode.HALF_UP))
            .isEqualByComparingTo("0.934884");
        assertThat(d.programmes()).hasSize(2);
        assertThat(d.programmes().get(0).evm().spi().orElseThrow().setScale(6, java.math.RoundingMode.HALF_UP))
            .isEqualByComparingTo("0.957377");
        // the worst dimension: the cloud migration is red on schedule, cost and risk
        assertThat(d.portfolio().overall()).contains(io.otp.kpi.indicator.StatusLevel.RED);
        assertThat(d.heatMap()).extracting(r -> r.projectId().value())
            .containsExactly("PRJ-2026-007", "PRJ-2026-011", "PRJ-2026-015");
        // A-07 is due 2027-01-15, after the status date; only A-04 (2026-12-15) is overdue
        assertThat(d.overdueActions()).extracting(r -> r.item().reference()).containsExactly("A-04");
        assertThat(d.topRisks()).extracting(r -> r.item().reference()).containsExactly("R-02", "R-01", "R-03");
        assertThat(printed).contains("Portfolio dashboard at 2026-12-31");
    }

    private KpiAssessment kpi(KpiId id) {
        return outcome.kpis().stream().filter(a -> a.kpi().equals(id)).findFirst().orElseThrow();
    }
}
