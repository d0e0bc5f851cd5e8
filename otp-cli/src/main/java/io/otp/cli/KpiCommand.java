package io.otp.cli;

import io.otp.cli.input.EvmSeriesCsv;
import io.otp.cli.input.InputFiles;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiFrequency;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.kpi.schedule.EarnedSchedule;
import io.otp.kpi.schedule.ScheduleFigures;
import io.otp.report.ReportLanguage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code otp kpi FILE}: the earned-value (EVM) and earned-schedule figures of a project at its status
 * date, and the statuses of the KPIs SPI, CPI and SPI(t) of {@link PublicIctKpis} with their trend over
 * the last three periods, from a series in JSON (an {@link EvmSeries} as {@link OtpJson} writes it) or
 * CSV (see {@link EvmSeriesCsv}).
 */
@Command(name = "kpi", mixinStandardHelpOptions = true, description = {
    "Earned value (SV, CV, SPI, CPI, EAC, TCPI), earned schedule (ES, SV(t), SPI(t), IEAC(t)) and KPI statuses"
        + " of a project at its status date.",
    "FILE is a JSON series {bac, statusDate, periodEnds[], pv[], ev[], ac[]} (amounts as"
        + " {\"amount\":..,\"currency\":\"EUR\"}, cumulative) or a CSV file with the lines bac,<amount>,"
        + " statusDate,<yyyy-mm-dd>, the header periodEnd,pv,ev,ac and one row per period (ev and ac empty"
        + " after the last report). Examples: examples/kpi/service-desk-evm.json and .csv."},
    sortOptions = false)
public final class KpiCommand extends OtpCommand {

    /** The periods the trend of each KPI looks back on: a quarter of monthly reports. */
    static final int TREND_PERIODS = 3;

    private static final int RATIO_SCALE = 4;

    /** The output formats. */
    enum Format { table, json, csv }

    @Parameters(index = "0", paramLabel = "FILE", description = "The series: .json or .csv.")
    Path file;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
        description = "Output format (default: ${DEFAULT-VALUE}); json and csv are for programs.")
    Format format;

    /** Creates the command. */
    public KpiCommand() {
    }

    /** What the command computes. */
    record Figures(EvmSeries series, EvmFigures evm, ScheduleFigures schedule, List<KpiAssessment> kpis) {
    }

    @Override
    int run() {
        ReportLanguage language = reportLanguage();
        Locale locale = language().locale();
        EvmSeries series = file.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? EvmSeriesCsv.read(file, locale)
            : EvmSeriesCsv.withinPeriods(file, InputFiles.json(file, EvmSeries.class, locale), locale);
        // The KPIs are assessed per month: a series of other periods (weekly reports, say) is the input's
        // problem, told as such.
        Figures figures = InputFiles.checked(file, "", () -> compute(series));
        PrintWriter out = out();
        switch (format) {
            case json -> out.println(json(figures));
            case csv -> out.print(csv(figures));
            default -> out.print(table(figures, language));
        }
        out.flush();
        return Otp.EXIT_OK;
    }

    /**
     * Computes the figures and assesses the KPIs as the execution scenario does: one measurement of
     * each KPI per reported period, assessed at the status date.
     */
    static Figures compute(EvmSeries series) {
        EvmFigures evm = EarnedValue.at(series);
        ScheduleFigures schedule = EarnedSchedule.at(series);
        List<EvmFigures> evmTrend = EarnedValue.trend(series);
        List<ScheduleFigures> scheduleTrend = EarnedSchedule.trend(series);
        List<KpiDefinition> definitions = definitions();
        Map<KpiId, List<Measurement>> measured = PublicIctKpis.scheduleAndCost(series);
        List<KpiAssessment> kpis = new ArrayList<>();
        for (KpiDefinition k : definitions) {
            if (measured.get(k.id()).isEmpty()) {
                continue;
            }
            KpiSeries s = KpiSeries.of(k.id(), KpiFrequency.MONTHLY, measured.get(k.id()));
            k.assess(s, series.statusDate(), TREND_PERIODS).ifPresent(kpis::add);
        }
        return new Figures(series, evm, schedule, List.copyOf(kpis));
    }

    private static List<KpiDefinition> definitions() {
        return List.of(PublicIctKpis.spi(), PublicIctKpis.cpi(), PublicIctKpis.spiT());
    }

    private static String json(Figures f) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("evm", f.evm());
        doc.put("earnedSchedule", f.schedule());
        doc.put("kpis", f.kpis());
        return OtpJson.builder().prettyPrint(true).build().write(doc);
    }

    /** The figures as RFC 4180 CSV (Apache Commons CSV): comma, CRLF, quotes only where needed. */
    private static String csv(Figures f) {
        StringBuilder b = new StringBuilder();
        CSVPrinter out = printer(b);
        csvRow(out, "indicator", "value", "status");
        EvmFigures e = f.evm();
        ScheduleFigures s = f.schedule();
        csvRow(out, "BAC", e.bac().amount(), "");
        csvRow(out, "PV", e.pv().amount(), "");
        csvRow(out, "EV", e.ev().amount(), "");
        csvRow(out, "AC", e.ac().amount(), "");
        csvRow(out, "SV", e.sv().amount(), "");
        csvRow(out, "CV", e.cv().amount(), "");
        csvRow(out, "SPI", e.spi().orElse(null), status(f, PublicIctKpis.SPI));
        csvRow(out, "CPI", e.cpi().orElse(null), status(f, PublicIctKpis.CPI));
        csvRow(out, "TCPI", e.tcpiToBac().orElse(null), "");
        csvRow(out, "EAC", e.estimate(EacMethod.CPI).map(x -> x.eac().amount()).orElse(null), "");
        csvRow(out, "ES", s.earnedSchedule(), "");
        csvRow(out, "SV(t)", s.svT(), "");
        csvRow(out, "SPI(t)", s.spiT(), status(f, PublicIctKpis.SPI_T));
        csvRow(out, "IEAC(t)", s.ieacT().orElse(null), "");
        return b.toString();
    }

    private static String status(Figures f, KpiId kpi) {
        return f.kpis().stream().filter(a -> a.kpi().equals(kpi)).findFirst().map(a -> a.status().code()).orElse("");
    }

    private static void csvRow(CSVPrinter out, String name, BigDecimal value, String status) {
        csvRow(out, name, value == null ? null : ratioOrAmount(value), status);
    }

    private static void csvRow(CSVPrinter out, String name, String value, String status) {
        try {
            // An empty field is passed as null, which the printer writes empty.
            out.printRecord(name, value, status.isEmpty() ? null : status);
        } catch (IOException e) {
            throw new UncheckedIOException("CSV written to memory", e);
        }
    }

    private static CSVPrinter printer(StringBuilder b) {
        try {
            return new CSVPrinter(b, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException("CSV written to memory", e);
        }
    }

    private static String ratioOrAmount(BigDecimal v) {
        return v.scale() > RATIO_SCALE ? v.setScale(RATIO_SCALE, RoundingMode.HALF_UP).toPlainString() : v.toPlainString();
    }

    private static String table(Figures f, ReportLanguage lang) {
        boolean es = lang == ReportLanguage.SPANISH;
        EvmFigures e = f.evm();
        ScheduleFigures s = f.schedule();
        StringBuilder b = new StringBuilder();
        b.append(es ? "Valor ganado a la fecha de estado " : "Earned value at the status date ").append(e.statusDate())
            .append(es ? " (periodo " : " (period ").append(e.statusPeriod()).append(es ? " de " : " of ")
            .append(f.series().plannedDuration()).append(")\n");
        String format = "  %-26s %18s%n";
        b.append(String.format(format, es ? "BAC (presupuesto)" : "BAC (budget)", money(e.bac(), lang)));
        b.append(String.format(format, es ? "PV (valor planificado)" : "PV (planned value)", money(e.pv(), lang)));
        b.append(String.format(format, es ? "EV (valor ganado)" : "EV (earned value)", money(e.ev(), lang)));
        b.append(String.format(format, es ? "AC (coste real)" : "AC (actual cost)", money(e.ac(), lang)));
        b.append(String.format(format, "SV = EV - PV", money(e.sv(), lang)));
        b.append(String.format(format, "CV = EV - AC", money(e.cv(), lang)));
        b.append(String.format(format, "SPI = EV / PV", ratio(e.spi(), lang)));
        b.append(String.format(format, "CPI = EV / AC", ratio(e.cpi(), lang)));
        b.append(String.format(format, es ? "TCPI hasta el BAC" : "TCPI to BAC", ratio(e.tcpiToBac(), lang)));
        b.append(String.format(format, "EAC = BAC / CPI",
            e.estimate(EacMethod.CPI).map(x -> money(x.eac(), lang)).orElse(es ? "indefinido" : "undefined")));
        b.append(es ? "Cronograma ganado (Lipke)\n" : "Earned schedule (Lipke)\n");
        b.append(String.format(format, "ES", ratio(Optional.of(s.earnedSchedule()), lang)));
        b.append(String.format(format, "SV(t) = ES - AT", ratio(Optional.of(s.svT()), lang)));
        b.append(String.format(format, "SPI(t) = ES / AT", ratio(Optional.of(s.spiT()), lang)));
        b.append(String.format(format, "IEAC(t) = PD / SPI(t)", ratio(s.ieacT(), lang)));
        b.append(es ? "KPI (tendencia de los últimos " : "KPIs (trend over the last ").append(TREND_PERIODS)
            .append(es ? " periodos)\n" : " periods)\n");
        Map<KpiId, KpiDefinition> defs = new LinkedHashMap<>();
        definitions().forEach(d -> defs.put(d.id(), d));
        for (KpiAssessment a : f.kpis()) {
            b.append(String.format("  %-50s %10s  %-12s %s%n", defs.get(a.kpi()).name(),
                lang.number(a.value(), RATIO_SCALE), a.status().label(),
                a.trend().map(t -> t.trend().toString()).orElse("-")));
        }
        for (KpiAssessment a : f.kpis()) {
            b.append("  ").append(a.explanation(lang.locale())).append('\n');
        }
        return b.toString();
    }

    private static String money(Money m, ReportLanguage lang) {
        return lang.money(m);
    }

    private static String ratio(Optional<BigDecimal> v, ReportLanguage lang) {
        return v.map(x -> lang.number(x, RATIO_SCALE)).orElse(lang == ReportLanguage.SPANISH ? "indefinido" : "undefined");
    }
}
