package io.otp.examples;

import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.ChecklistItem;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Deliverable;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneStatus;
import io.otp.core.execution.MilestoneType;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.MilestoneId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.DecimalPolicy;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.Estimate;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiFrequency;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.portfolio.BudgetBar;
import io.otp.kpi.portfolio.DashboardSnapshot;
import io.otp.kpi.portfolio.EvmSummary;
import io.otp.kpi.portfolio.HeatMapRow;
import io.otp.kpi.portfolio.Rollup;
import io.otp.kpi.portfolio.ScatterPoint;
import io.otp.kpi.schedule.EarnedSchedule;
import io.otp.kpi.schedule.ScheduleFigures;
import io.otp.kpi.trend.MilestoneForecast;
import io.otp.kpi.trend.MilestoneTrend;
import io.otp.kpi.trend.MilestoneTrendAnalysis;
import io.otp.kpi.trend.MilestoneTrendAnalyzer;
import io.otp.kpi.trend.TrendSnapshot;
import io.otp.kpi.trend.WorkingCalendar;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The acceptance scenario of execution tracking: the contract awarded in the evaluation scenario
 * ({@link ServiceDeskContract}) followed to its status date of 31 December 2026 (month 7 of 12). It
 * prints the contract, its milestones, deliverables and certifications with their payment due dates
 * (LCSP art. 198.4), the earned-value figures (SV, CV, SPI, CPI, the estimates at completion, TCPI),
 * earned schedule (Lipke: ES, SV(t), SPI(t), TSPI, IEAC(t)), the milestone trend analysis with the
 * holiday calendar of the contracting authority, the assessments of the KPIs of
 * {@link PublicIctKpis}, and the JSON of the figures.
 *
 * <p>Ratios are printed rounded half up to 4 decimals; the figures themselves, in the JSON and in the
 * returned {@link Outcome}, are exact to {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
 *
 * <p>Run it with the command given in the README.
 */
public final class ExecutionScenario {

    /** The periods of the trend of each KPI: the last quarter. */
    public static final int TREND_PERIODS = 3;

    private static final Locale SPANISH = Locale.forLanguageTag("es-ES");
    private static final int RATIO_SCALE = 4;

    private final PrintStream out;

    /**
     * Creates the scenario writing to the given stream.
     *
     * @param out where the report goes; not null
     */
    public ExecutionScenario(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the scenario on standard output.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Outcome outcome = new ExecutionScenario(System.out).run();
        if (outcome.kpis().size() != KPIS.size() || outcome.json().isEmpty()) {
            System.exit(1);
        }
    }

    /**
     * What the scenario computed, for tests and callers.
     *
     * @param contract the contract at the status date
     * @param series the earned-value data
     * @param evm the earned-value figures at the status date, with the bottom-up estimate
     * @param evmTrend the earned-value figures of each month up to the status date
     * @param schedule the earned-schedule figures at the status date (PF = 1)
     * @param scheduleTrend the earned-schedule figures of each month up to the status date
     * @param milestoneTrend the milestone trend analysis with the authority's working calendar
     * @param kpis the KPI assessments at the status date, in the order of {@link PublicIctKpis#all()}
     * @param paymentDueDates the payment due date of each certification that certifies an amount, by
     *     payment milestone (LCSP art. 198.4)
     * @param dashboard the office's portfolio dashboard at the status date ({@link OfficePortfolio})
     * @param json the figures written by {@link OtpJson#standard()}
     */
    public record Outcome(Contract contract, EvmSeries series, EvmFigures evm, List<EvmFigures> evmTrend,
                          ScheduleFigures schedule, List<ScheduleFigures> scheduleTrend,
                          MilestoneTrendAnalysis milestoneTrend, List<KpiAssessment> kpis,
                          Map<MilestoneId, LocalDate> paymentDueDates, DashboardSnapshot dashboard, String json) {
    }

    /**
     * The KPIs of {@link PublicIctKpis} the scenario measures. Budget executed needs the authority's
     * annual budget and execution plan, and overdue action items the minutes of follow-up meetings;
     * neither is part of the scenario.
     */
    static final List<KpiDefinition> KPIS = List.of(PublicIctKpis.spi(), PublicIctKpis.cpi(), PublicIctKpis.spiT(),
        PublicIctKpis.milestonesOnTime(), PublicIctKpis.deliverablesAcceptedFirstTime(),
        PublicIctKpis.certifiedVsPlanned());

    /**
     * Runs the scenario.
     *
     * @return what it computed, not null
     */
    public Outcome run() {
        Contract contract = ServiceDeskContract.atStatusDate();
        EvmSeries series = ServiceDeskContract.evmSeries();
        EvmFigures evm = EarnedValue.at(series, ServiceDeskContract.bottomUpEtc());
        List<EvmFigures> evmTrend = EarnedValue.trend(series);
        ScheduleFigures schedule = EarnedSchedule.at(series);
        List<ScheduleFigures> scheduleTrend = EarnedSchedule.trend(series);
        WorkingCalendar calendar = ServiceDeskContract.calendar();
        MilestoneTrendAnalysis trend = MilestoneTrendAnalyzer.standard().withCalendar(calendar).analyse(contract);
        List<KpiAssessment> kpis = assess(contract, series, evmTrend, scheduleTrend);
        Map<MilestoneId, LocalDate> due = new LinkedHashMap<>();
        for (Milestone m : contract.paymentPlan()) {
            m.certification().flatMap(AcceptanceRecord::paymentDueDate).ifPresent(d -> due.put(m.id(), d));
        }

        DashboardSnapshot dashboard = DashboardSnapshot.of(OfficePortfolio.portfolio(contract, series, kpis));

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("contract", contract);
        figures.put("evm", evm);
        figures.put("earnedSchedule", schedule);
        figures.put("milestoneTrend", trend);
        figures.put("kpis", kpis);
        figures.put("dashboard", dashboard);
        figures.put("paymentDueDates", due.entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().value(), e -> e.getValue().toString(), (a, b) -> a,
                LinkedHashMap::new)));
        String json = OtpJson.standard().write(figures);

        title("OTP SDK · execution scenario");
        printContract(contract);
        section("Milestones (OCDS types and statuses)");
        printMilestones(contract);
        section("Deliverables and acceptance checklists");
        printDeliverables(contract);
        section("Certifications and payments (LCSP arts. 198, 210)");
        printCertifications(contract);
        section("Earned value by month (cumulative)");
        printMonths(series, evmTrend, scheduleTrend);
        section("Earned value at the status date " + evm.statusDate() + " (month " + evm.statusPeriod() + " of "
            + series.periodEnds().size() + ")");
        printEvm(evm);
        section("Earned schedule (Lipke)");
        printSchedule(schedule);
        section("Milestone trend analysis");
        printTrend(trend, calendar);
        section("KPIs at " + ServiceDeskContract.STATUS_DATE + " (PublicIctKpis, trend over the last "
            + TREND_PERIODS + " months)");
        printKpis(kpis);
        section("Portfolio dashboard at " + dashboard.statusDate() + " (overall status: " + dashboard.policy()
            + " dimension)");
        printDashboard(dashboard);
        section("Figures as JSON (OtpJson.standard; the same input gives the same bytes)");
        out.println("   " + json.getBytes(StandardCharsets.UTF_8).length + " bytes, SHA-256 " + sha256(json));
        out.println(json);
        return new Outcome(contract, series, evm, evmTrend, schedule, scheduleTrend, trend, kpis, Map.copyOf(due),
            dashboard, json);
    }

    /**
     * Builds the monthly measurements of each KPI from the contract and the earned-value data, and
     * assesses each at the status date.
     *
     * <p>The rules, stated where {@link PublicIctKpis} leaves them to the host: a milestone is met on
     * time when it is {@link MilestoneStatus#MET met} on or before its baseline date, out of the
     * milestones whose baseline date has passed; a deliverable is accepted first time when its first
     * certification is an acceptance without reservations; the amount planned to be certified is the
     * payment of every payment milestone whose baseline date has passed. Percentages are rounded half
     * up to 2 decimals; a month with nothing due gives no measurement.
     */
    private static List<KpiAssessment> assess(Contract contract, EvmSeries series, List<EvmFigures> evmTrend,
                                              List<ScheduleFigures> scheduleTrend) {
        Map<KpiId, List<Measurement>> measured = new LinkedHashMap<>();
        KPIS.forEach(k -> measured.put(k.id(), new ArrayList<>()));
        PublicIctKpis.scheduleAndCost(series).forEach((id, values) -> measured.get(id).addAll(values));
        for (int t = 0; t < evmTrend.size(); t++) {
            LocalDate end = series.periodEnds().get(t);
            milestonesOnTime(contract, end).ifPresent(v -> measured.get(PublicIctKpis.MILESTONES_ON_TIME)
                .add(Measurement.of(PublicIctKpis.MILESTONES_ON_TIME, end, v)));
            acceptedFirstTime(contract, end).ifPresent(v -> measured.get(PublicIctKpis.DELIVERABLES_ACCEPTED_FIRST_TIME)
                .add(Measurement.of(PublicIctKpis.DELIVERABLES_ACCEPTED_FIRST_TIME, end, v)));
            certifiedVsPlanned(contract, end).ifPresent(v -> measured.get(PublicIctKpis.CERTIFIED_VS_PLANNED)
                .add(Measurement.of(PublicIctKpis.CERTIFIED_VS_PLANNED, end, v)));
        }
        List<KpiAssessment> out = new ArrayList<>();
        for (KpiDefinition k : KPIS) {
            KpiSeries s = KpiSeries.of(k.id(), KpiFrequency.MONTHLY, measured.get(k.id()));
            k.assess(s, ServiceDeskContract.STATUS_DATE, TREND_PERIODS).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** Milestones met on or before their baseline, per cent of those due by the date. */
    static Optional<BigDecimal> milestonesOnTime(Contract contract, LocalDate date) {
        List<Milestone> due = contract.milestones().stream().filter(m -> !m.baselineDate().isAfter(date)).toList();
        long onTime = due.stream().filter(m -> m.status() == MilestoneStatus.MET
            && m.actualDate().filter(a -> !a.isAfter(m.baselineDate())).isPresent()).count();
        return percent(onTime, due.size());
    }

    /** Deliverables whose first certification by the date is an acceptance, per cent of those certified. */
    static Optional<BigDecimal> acceptedFirstTime(Contract contract, LocalDate date) {
        Map<DeliverableId, AcceptanceRecord> first = new LinkedHashMap<>();
        contract.milestones().stream().flatMap(m -> m.certification().stream())
            .filter(r -> !r.date().isAfter(date))
            .sorted((a, b) -> a.date().compareTo(b.date()))
            .forEach(r -> r.deliverables().forEach(d -> first.putIfAbsent(d, r)));
        long accepted = first.values().stream()
            .filter(r -> r.outcome() == io.otp.core.execution.AcceptanceOutcome.ACCEPTED).count();
        return percent(accepted, first.size());
    }

    /** Amount certified by the date, per cent of the payments whose baseline date has passed. */
    static Optional<BigDecimal> certifiedVsPlanned(Contract contract, LocalDate date) {
        Map<MilestoneId, Money> payments = contract.paymentAmounts();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal certified = BigDecimal.ZERO;
        for (Milestone m : contract.paymentPlan()) {
            if (!m.baselineDate().isAfter(date)) {
                planned = planned.add(payments.get(m.id()).amount());
            }
            Optional<AcceptanceRecord> r = m.certification().filter(x -> !x.date().isAfter(date));
            if (r.isPresent()) {
                certified = certified.add(r.get().certifiedAmount().amount());
            }
        }
        if (planned.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(certified.multiply(BigDecimal.valueOf(100))
            .divide(planned, DecimalPolicy.MATH_CONTEXT).setScale(2, RoundingMode.HALF_UP));
    }

    private static Optional<BigDecimal> percent(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(100 * part).divide(BigDecimal.valueOf(whole), DecimalPolicy.MATH_CONTEXT)
            .setScale(2, RoundingMode.HALF_UP));
    }

    private void printContract(Contract c) {
        out.println("Contract " + c.id() + " · tender " + c.tender() + " lot " + c.lot() + " · awarded bid "
            + c.awardedBid());
        out.println("   Supplier: " + ServiceDeskTender.name(c.supplier()) + " (" + c.supplier() + ")");
        out.println("   Price: " + euros(c.amount()) + " VAT excluded; " + euros(c.amountWithVat()) + " with "
            + c.vatRate() + " VAT");
        out.println("   Period: " + c.period().start() + " to " + c.period().end() + " (12 months)");
        out.println("   Responsible for the contract (LCSP art. 62): " + ServiceDeskTender.name(ServiceDeskContract.RESPONSIBLE));
        out.println("   Status date: " + ServiceDeskContract.STATUS_DATE);
    }

    private void printMilestones(Contract c) {
        Map<MilestoneId, Money> payments = c.paymentAmounts();
        String format = "   %-5s %-10s %-13s %-10s %-10s %-10s %-21s %-5s %s";
        String head = String.format(format, "Id", "Type", "Status", "Baseline", "Forecast", "Actual",
            "Payment", "Deliv", "Title");
        out.println(head);
        out.println("   " + "-".repeat(head.length() + 20));
        for (Milestone m : c.milestones()) {
            String payment = m.type() == MilestoneType.PAYMENT
                ? m.paymentPercentage().map(Object::toString).orElse("") + " " + euros(payments.get(m.id())) : "";
            out.println(String.format(format, m.id(), m.type().code(), m.status().code(), m.baselineDate(),
                m.currentForecast(), m.actualDate().map(Object::toString).orElse("-"), payment.trim(),
                m.deliverables().stream().map(DeliverableId::value).collect(Collectors.joining(",")), m.title()));
        }
        out.println("   Payment plan: " + c.paymentPlan().stream()
            .map(m -> m.id() + " " + m.paymentPercentage().orElseThrow()).collect(Collectors.joining(" + "))
            + " = 100.00%");
    }

    private void printDeliverables(Contract c) {
        for (Deliverable d : c.deliverables()) {
            long checked = d.checklist().stream().filter(ChecklistItem::checked).count();
            out.println("   " + d.id() + "  " + d.title() + "  (" + checked + "/" + d.checklist().size() + " verified)");
            for (ChecklistItem i : d.checklist()) {
                out.println("         [" + (i.checked() ? "x" : " ") + "] " + i.description());
            }
        }
    }

    private void printCertifications(Contract c) {
        Map<MilestoneId, Money> payments = c.paymentAmounts();
        String format = "   %-5s %-22s %-10s %-6s %14s %14s  %-10s %s";
        String head = String.format(format, "Id", "Outcome", "Approved", "Deliv", "Payment", "Certified",
            "Due", "Milestone status");
        out.println(head);
        out.println("   " + "-".repeat(head.length() - 3));
        for (Milestone m : c.milestones()) {
            if (m.certification().isEmpty()) {
                continue;
            }
            AcceptanceRecord r = m.certification().get();
            out.println(String.format(format, m.id(), r.outcome(), r.date(),
                r.deliverables().stream().map(DeliverableId::value).collect(Collectors.joining(",")),
                Optional.ofNullable(payments.get(m.id())).map(ExecutionScenario::euros).orElse("-"),
                euros(r.certifiedAmount()), r.paymentDueDate().map(Object::toString).orElse("-"),
                m.status().code()));
            for (String defect : r.defects()) {
                out.println("         defect: " + defect);
            }
            r.fixDate().ifPresent(f -> out.println("         to be fixed by " + f + "; "
                + euros(payments.get(m.id()).minus(r.certifiedAmount())) + " withheld until then"));
        }
        out.println("   Signed by " + ServiceDeskTender.name(ServiceDeskContract.RESPONSIBLE)
            + "; payment due " + AcceptanceRecord.PAYMENT_TERM_DAYS
            + " days after the approval of the certification (LCSP art. 198.4).");
    }

    private void printMonths(EvmSeries s, List<EvmFigures> evmTrend, List<ScheduleFigures> scheduleTrend) {
        String format = "   %5s %-10s %14s %14s %14s %8s %8s %8s %8s";
        String head = String.format(format, "Month", "End", "PV", "EV", "AC", "SPI", "CPI", "ES", "SPI(t)");
        out.println(head);
        out.println("   " + "-".repeat(head.length() - 3));
        for (int t = 0; t < s.periodEnds().size(); t++) {
            boolean reported = t < evmTrend.size();
            out.println(String.format(format, t + 1, s.periodEnds().get(t), euros(s.pv().get(t)),
                reported ? euros(s.ev().get(t)) : "", reported ? euros(s.ac().get(t)) : "",
                reported ? ratio(evmTrend.get(t).spi()) : "", reported ? ratio(evmTrend.get(t).cpi()) : "",
                reported ? ratio(scheduleTrend.get(t).earnedSchedule()) : "",
                reported ? ratio(scheduleTrend.get(t).spiT()) : "").stripTrailing());
        }
    }

    private void printEvm(EvmFigures f) {
        String format = "   %-28s %16s   %s";
        row(format, "BAC", euros(f.bac()), "");
        row(format, "PV", euros(f.pv()), "");
        row(format, "EV", euros(f.ev()), "");
        row(format, "AC", euros(f.ac()), "");
        row(format, "SV = EV − PV", euros(f.sv()), f.explanations().getOrDefault("sv", ""));
        row(format, "CV = EV − AC", euros(f.cv()), f.explanations().getOrDefault("cv", ""));
        row(format, "SV %", ratio(f.svPercent()), "");
        row(format, "CV %", ratio(f.cvPercent()), "");
        row(format, "SPI = EV / PV", ratio(f.spi()), "");
        row(format, "CPI = EV / AC", ratio(f.cpi()), "");
        row(format, "TCPI to BAC", ratio(f.tcpiToBac()), "(BAC − EV) / (BAC − AC)");
        row(format, "% scheduled / complete", ratio(f.percentScheduled()) + " / " + ratio(f.percentComplete()), "");
        row(format, "% spent", ratio(f.percentSpent()), "");
        out.println();
        String est = "   %-16s %14s %14s %14s %8s";
        String head = String.format(est, "EAC method", "ETC", "EAC", "VAC", "TCPI");
        out.println(head);
        out.println("   " + "-".repeat(head.length() - 3));
        for (EacMethod m : EacMethod.values()) {
            Optional<Estimate> e = f.estimate(m);
            out.println(String.format(est, m, e.map(x -> euros(x.etc())).orElse("undefined"),
                e.map(x -> euros(x.eac())).orElse(""), e.map(x -> euros(x.vac())).orElse(""),
                e.map(x -> ratio(x.tcpi())).orElse("")));
        }
        f.estimate(EacMethod.CPI).ifPresent(e -> out.println("   CPI: " + e.explanations().getOrDefault("eac", "")));
    }

    private void printSchedule(ScheduleFigures s) {
        String format = "   %-28s %16s   %s";
        row(format, "PD (planned duration)", s.plannedDuration() + " months", "");
        row(format, "AT (actual time)", s.actualTime() + " months", "");
        row(format, "ES (earned schedule)", ratio(s.earnedSchedule()), s.explanations().getOrDefault("earnedSchedule", ""));
        row(format, "SV(t) = ES − AT", ratio(s.svT()), "months");
        row(format, "SPI(t) = ES / AT", ratio(s.spiT()), "");
        row(format, "TSPI", ratio(s.tspi()), "(PD − ES) / (PD − AT)");
        row(format, "IEAC(t) = PD / SPI(t)", ratio(s.ieacT()), "months");
        row(format, "IEAC = AT + (PD − ES) / PF", ratio(s.ieac()), "months, PF = " + s.performanceFactor().toPlainString());
    }

    private void printTrend(MilestoneTrendAnalysis a, WorkingCalendar calendar) {
        out.println("   Working calendar: " + calendar.name() + " (Valencia; weekends and holidays excluded)");
        for (Map.Entry<String, Set<LocalDate>> h : ServiceDeskContract.holidays().entrySet()) {
            out.println(String.format("      %-9s %s", h.getKey(), h.getValue().stream().map(Object::toString)
                .collect(Collectors.joining(" "))));
        }
        out.println("   Slip = forecast − baseline, in calendar days / working days; trend over the last "
            + a.window() + " reports, tolerance " + a.toleranceDays() + " days; '·' after a milestone is reached.");
        out.println();
        StringBuilder head = new StringBuilder(String.format("   %-5s %-10s", "Id", "Baseline"));
        for (TrendSnapshot s : a.snapshots()) {
            head.append(String.format(" | %-20s", "report " + s.reportDate()));
        }
        head.append(String.format(" | %-10s %s", "Trend", "Change"));
        out.println(head);
        out.println("   " + "-".repeat(head.length() - 3));
        for (MilestoneTrend m : a.milestones()) {
            StringBuilder row = new StringBuilder(String.format("   %-5s %-10s", m.milestone(), m.baselineDate()));
            Map<LocalDate, MilestoneForecast> byDate = m.series().stream()
                .collect(Collectors.toMap(MilestoneForecast::reportDate, Function.identity()));
            for (TrendSnapshot s : a.snapshots()) {
                MilestoneForecast f = byDate.get(s.reportDate());
                row.append(String.format(" | %-20s", f == null ? "·"
                    : f.forecastDate() + " " + signed(f.calendarSlip()) + "/" + signed(f.workingSlip())
                        + (f.reached() ? "✓" : "")));
            }
            row.append(String.format(" | %-10s %s d", m.trend(), signed(m.change())));
            out.println(row);
        }
        out.println("   ✓ the forecast is on or before the report date: the milestone is reached and its line ends.");
        for (MilestoneTrend m : a.withTrend(io.otp.kpi.trend.Trend.SLIPPING)) {
            MilestoneForecast last = m.latest().orElseThrow();
            out.println("   " + m.milestone() + " " + m.title() + ": SLIPPING, now " + last.forecastDate() + ", "
                + last.calendarSlip() + " calendar days (" + last.workingSlip() + " working days) after its baseline "
                + m.baselineDate());
        }
    }

    private void printKpis(List<KpiAssessment> kpis) {
        String format = "   %-47s %-7s %10s  %-7s %-10s %s";
        String head = String.format(format, "KPI", "Month", "Value", "Status", "Trend", "Slope per month");
        out.println(head);
        out.println("   " + "-".repeat(head.length() + 4));
        Map<KpiId, KpiDefinition> defs = KPIS.stream().collect(Collectors.toMap(KpiDefinition::id, Function.identity()));
        for (KpiAssessment a : kpis) {
            KpiDefinition d = defs.get(a.kpi());
            boolean percent = "%".equals(d.unit());
            String value = percent ? a.value().setScale(2, RoundingMode.HALF_UP).toPlainString() + "%" : ratio(a.value());
            out.println(String.format(format, d.name(), a.period(), value, a.status().label(),
                a.trend().map(t -> t.trend().toString()).orElse("-"),
                a.trend().map(t -> percent ? t.slope().setScale(2, RoundingMode.HALF_UP).toPlainString() + " points"
                    : ratio(t.slope())).orElse("-")));
        }
        out.println();
        for (KpiAssessment a : kpis) {
            out.println("   " + a.explanation());
        }
    }

    private void row(String format, String label, String value, String note) {
        out.println(String.format(format, label, value, note).stripTrailing());
    }

    private void title(String text) {
        out.println(text);
        out.println("=".repeat(text.length()));
        out.println();
    }

    private void section(String text) {
        out.println();
        out.println(text);
        out.println("-".repeat(text.length()));
    }

    private void printDashboard(DashboardSnapshot d) {
        StringBuilder head = new StringBuilder(String.format("   %-14s %-36s", "Project", "Name"));
        d.dimensions().forEach(dim -> head.append(String.format(" %-9s", dim.name().toLowerCase(Locale.ROOT))));
        head.append(" overall");
        out.println(head);
        out.println("   " + "-".repeat(head.length()));
        for (HeatMapRow row : d.heatMap()) {
            StringBuilder line = new StringBuilder(String.format("   %-14s %-36s", row.projectId(), row.name()));
            row.cells().forEach(c -> line.append(String.format(" %-9s", c.status().map(StatusLevel::label).orElse("-"))));
            line.append(" ").append(row.overall().map(StatusLevel::label).orElse("-"));
            out.println(line);
        }
        out.println();
        String format = "   %-22s %8s %8s %8s %16s %16s %9s  %s";
        String rollHead = String.format(format, "Roll-up", "SPI", "CPI", "SPI(t)", "BAC", "EAC", "Executed", "Overall");
        out.println(rollHead);
        out.println("   " + "-".repeat(rollHead.length()));
        List<Rollup> rows = new ArrayList<>(d.programmes());
        rows.add(d.portfolio());
        for (Rollup r : rows) {
            EvmSummary e = r.evm();
            out.println(String.format(format, r.programme().map(Object::toString).orElse("PORTFOLIO"), ratio(e.spi()),
                ratio(e.cpi()), ratio(e.spiT()), euros(e.bac()), euros(e.eac()),
                e.budgetExecuted().setScale(2, RoundingMode.HALF_UP) + "%",
                r.overall().map(StatusLevel::label).orElse("-")));
        }
        out.println("   Indices of a programme and of the portfolio divide the sums of PV, EV and AC; they are never averaged.");
        out.println();
        out.println("   SPI/CPI scatter (thresholds 0.95 and 0.90):");
        for (ScatterPoint p : d.scatter()) {
            out.println(String.format("   %-14s SPI %s  CPI %s  BAC %s", p.projectId(), ratio(p.spi()), ratio(p.cpi()),
                euros(p.bac())));
        }
        out.println("   Budget execution (AC / BAC):");
        for (BudgetBar b : d.budgetBars()) {
            int filled = b.budgetExecuted().divide(BigDecimal.valueOf(5), 0, RoundingMode.HALF_UP).intValue();
            out.println(String.format("   %-14s %-20s %6s%%  %s of %s", b.projectId(), "#".repeat(Math.min(20, filled)),
                b.budgetExecuted().setScale(2, RoundingMode.HALF_UP), euros(b.ac()), euros(b.bac())));
        }
        out.println("   Top risks:");
        d.topRisks().forEach(r -> out.println("   " + r.item().severity().label() + "  " + r.projectId() + " "
            + r.item().reference() + " " + r.item().title()));
        out.println("   Overdue actions:");
        d.overdueActions().forEach(r -> out.println("   " + r.item().due().map(Object::toString).orElse("") + "  "
            + r.projectId() + " " + r.item().reference() + " " + r.item().title()));
    }

    private static String signed(long v) {
        return (v > 0 ? "+" : "") + v;
    }

    private static String ratio(Optional<BigDecimal> v) {
        return v.map(ExecutionScenario::ratio).orElse("undefined");
    }

    private static String ratio(BigDecimal v) {
        return v.setScale(RATIO_SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    private static String euros(Money m) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(SPANISH));
        return f.format(m.amount()) + " €";
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
