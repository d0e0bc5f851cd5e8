package io.otp.examples.determinism;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.otp.core.Language;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.tender.Tender;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.ProjectKpiSeries;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.kpi.indicator.ThresholdBasis;
import io.otp.kpi.schedule.EarnedSchedule;
import io.otp.persistence.tck.generators.EvaluationGenerators;
import io.otp.report.ReportLanguage;
import io.otp.report.evaluation.EvaluationReport;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.sensitivity.PointsMatrix;
import io.otp.scoring.sensitivity.RankAcceptability;
import io.otp.scoring.sensitivity.RankAcceptabilityResult;
import io.otp.scoring.sensitivity.WeightSensitivity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Results computed from generated inputs rather than the examples: {@value #EVALUATIONS} evaluation
 * scenarios of the persistence kit's seeded generator run to the award proposal (the evaluation with its
 * history and its result as JSON; for those with admitted bids the rank acceptability over
 * {@value #SAMPLES} draws, counted in parallel, the weight sensitivity, and the evaluation report in both
 * languages), {@value #KPI_SERIES} KPI series of the public ICT catalogue (with a target where the
 * thresholds are relative to one) assessed at their last month, and
 * {@value #EVM_SERIES} earned-value series with their figures and earned schedule.
 *
 * <p>Every input comes from a fixed seed, so each JVM builds the same inputs; {@link DeterminismTest}
 * compares what separate JVMs under other locales, time zones and charsets write.
 */
final class GeneratedInputs {

    static final int EVALUATIONS = 30;

    static final int SAMPLES = 2_000;

    static final int KPI_SERIES = 40;

    static final int EVM_SERIES = 40;

    private static final OtpJson JSON = OtpJson.standard();

    private static final LocalDate REPORT_DATE = LocalDate.of(2026, 5, 12);

    private GeneratedInputs() {
    }

    /**
     * Writes the results under {@code dir}.
     *
     * @param dir the directory, created if missing
     * @return how many evaluation reports were written (scenarios with admitted bids)
     */
    static int write(Path dir) {
        try {
            Files.createDirectories(dir);
            int reports = 0;
            for (long seed = 1; seed <= EVALUATIONS; seed++) {
                EvaluationGenerators.Scenario scenario = EvaluationGenerators.fromSeed(seed);
                Evaluation e = EvaluationGenerators.run(scenario, 20);
                Files.write(dir.resolve("evaluation-" + seed + ".json"), JSON.writeBytes(e));
                EvaluationResult result = e.result();
                Files.write(dir.resolve("result-" + seed + ".json"), JSON.writeBytes(result));
                if (result.bids().stream().anyMatch(b -> b.exclusion().isEmpty()) && result.ranking().isPresent()) {
                    reports++;
                    report(dir.resolve("report-" + seed), scenario.tender(), e, seed);
                }
            }
            for (int i = 0; i < KPI_SERIES; i++) {
                Optional<?> assessment = kpi(new SplittableRandom(1_000 + i));
                Files.write(dir.resolve("kpi-" + i + ".json"), assessment.isPresent()
                    ? JSON.writeBytes(assessment.get()) : "none".getBytes(UTF_8));
            }
            for (int i = 0; i < EVM_SERIES; i++) {
                EvmSeries series = evm(new SplittableRandom(2_000 + i));
                Files.write(dir.resolve("evm-" + i + ".json"), JSON.writeBytes(EarnedValue.at(series)));
                Files.write(dir.resolve("es-" + i + ".json"), JSON.writeBytes(EarnedSchedule.at(series)));
            }
            return reports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void report(Path dir, Tender tender, Evaluation e, long seed) {
        PointsMatrix matrix = e.result().pointsMatrix();
        RankAcceptabilityResult acceptability = RankAcceptability.analyse(matrix, BigDecimal.valueOf(20), SAMPLES,
            seed);
        for (Language each : Language.values()) {
            ReportLanguage language = ReportLanguage.of(each);
            EvaluationReport.Builder report = EvaluationReport.builder(tender, e.result(), language, REPORT_DATE)
                .history(e.history()).rankAcceptability(acceptability)
                .weightSensitivity(WeightSensitivity.analyse(matrix));
            for (BidEvaluation bid : e.result().bids()) {
                report.bidderName(bid.bidder(), "Licitadora " + bid.bidder().value() + " — Ñandú & Íñigo, S.L.");
            }
            report.personName(PersonId.of("SECRETARY"), "Işıl Yılmaz");
            report.build().writeAll(dir);
        }
    }

    /** A catalogue KPI's series of 1 to 24 months, assessed at its last month with a 3-period trend. */
    private static Optional<?> kpi(SplittableRandom random) {
        List<KpiDefinition> all = PublicIctKpis.all();
        KpiDefinition catalogue = all.get(random.nextInt(all.size()));
        // a KPI whose thresholds are relative to a target gets one from January 2026, between 0.80 and 1.20
        KpiDefinition kpi = catalogue.thresholdBasis() == ThresholdBasis.RATIO_TO_TARGET
            ? catalogue.withTarget(LocalDate.of(2026, 1, 1), BigDecimal.valueOf(80 + random.nextInt(41), 2)) : catalogue;
        int months = 1 + random.nextInt(24);
        List<Measurement> measurements = new ArrayList<>();
        LocalDate last = null;
        for (int i = 0; i < months; i++) {
            last = LocalDate.of(2026, 1, 1).plusMonths(i + 1L).minusDays(1);
            measurements.add(Measurement.of(kpi.id(), last, BigDecimal.valueOf(50 + random.nextInt(101), 2)));
        }
        ProjectKpiSeries series = ProjectKpiSeries.of(io.otp.core.id.ProjectId.of("PRJ-" + random.nextInt(1_000)),
            io.otp.kpi.indicator.KpiSeries.of(kpi.id(), kpi.frequency(), measurements));
        return kpi.assess(series.series(), last, 3);
    }

    /** Monthly cumulative PV, EV (at most PV) and AC over 2 to 18 months, in cents, the status date among them. */
    private static EvmSeries evm(SplittableRandom random) {
        int periods = 2 + random.nextInt(17);
        int status = 1 + random.nextInt(periods);
        long pv = 0;
        long ev = 0;
        long ac = 0;
        EvmSeries.Builder b = EvmSeries.builder();
        LocalDate end = null;
        for (int t = 1; t <= periods; t++) {
            end = LocalDate.of(2026, 1, 1).plusMonths(t).minusDays(1);
            long planned = 1 + random.nextLong(5_000_000L);
            pv += planned;
            b.addPeriodEnds(end).addPv(cents(pv));
            if (t <= status) {
                // earned value never passes the plan, so never the budget at completion
                ev += random.nextLong(planned + 1);
                ac += random.nextLong(6_000_000L);
                b.addEv(cents(ev)).addAc(cents(ac));
            }
        }
        LocalDate statusDate = LocalDate.of(2026, 1, 1).plusMonths(status).minusDays(1);
        return b.bac(cents(pv)).statusDate(statusDate).build();
    }

    private static Money cents(long cents) {
        return Money.euros(BigDecimal.valueOf(cents, 2));
    }
}
