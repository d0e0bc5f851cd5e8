package io.otp.examples;

import io.otp.core.Language;
import io.otp.core.id.PersonId;
import io.otp.core.tender.Lot;
import io.otp.core.tender.Tender;
import io.otp.report.ReportLanguage;
import io.otp.report.evaluation.EvaluationReport;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.sensitivity.CriterionSensitivity;
import io.otp.scoring.sensitivity.PointsMatrix;
import io.otp.scoring.sensitivity.RankAcceptability;
import io.otp.scoring.sensitivity.RankAcceptabilityResult;
import io.otp.scoring.sensitivity.WeightSensitivity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The evaluation reports (informes de valoración) of both lots of the {@link EvaluationScenario}, in
 * Spanish and English: for each lot and language the HTML page ({@code evaluation-report-L1.es.html}),
 * its charts as standalone SVG (the points by criterion and the rank acceptability), the score table and
 * the evaluators' scores as CSV with the byte order mark, and once per lot the evaluation result as JSON.
 * The rank acceptability uses the scenario's perturbation, samples and seed, so the files are the same on
 * every run.
 *
 * <p>Run it with {@code java ... io.otp.examples.EvaluationReports target/otp-reports} and open the
 * {@code .html} files in a browser (they print on A4).
 */
public final class EvaluationReports {

    /** The date the reports are dated: the day of the award proposals of the scenario. */
    public static final LocalDate GENERATED_ON = LocalDate.of(2026, 5, 12);

    /** The people who sign the steps or score: the committee, the president and the secretary. */
    private static final List<PersonId> PEOPLE = List.of(ServiceDeskTender.LOPEZ, ServiceDeskTender.ORTEGA,
        ServiceDeskTender.SANZ, ServiceDeskTender.NAVARRO, ServiceDeskTender.BELTRAN);

    private EvaluationReports() {
    }

    /**
     * Writes the reports under a directory.
     *
     * @param args the directory; {@code target/otp-reports} when none is given
     */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/otp-reports");
        for (Path file : write(dir)) {
            System.out.println(file);
        }
    }

    /**
     * Evaluates both lots of {@link ServiceDeskTender} and writes their reports in Spanish and English.
     *
     * @param dir the directory, created if missing; not null
     * @return the files written: per lot the pages, charts and CSV of each language, then the JSON; not null
     * @throws NullPointerException if {@code dir} is null
     * @throws io.otp.report.ReportException if a file cannot be written
     */
    public static List<Path> write(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Tender tender = ServiceDeskTender.tender();
        Set<Path> files = new LinkedHashSet<>();
        for (Lot lot : tender.lots()) {
            Evaluation evaluation = EvaluationScenario.evaluate(tender, lot.id());
            PointsMatrix matrix = evaluation.result().pointsMatrix();
            RankAcceptabilityResult acceptability = RankAcceptability.analyse(matrix, EvaluationScenario.PERTURBATION,
                EvaluationScenario.SAMPLES, EvaluationScenario.MONTE_CARLO_SEED);
            List<CriterionSensitivity> sensitivity = WeightSensitivity.analyse(matrix);
            for (Language language : Language.values()) {
                files.addAll(report(tender, evaluation, acceptability, sensitivity, ReportLanguage.of(language))
                    .writeAll(dir));
            }
        }
        return List.copyOf(files);
    }

    /**
     * The report of one lot in one language, with the names of the bidders and of the people.
     *
     * @param tender the tender; not null
     * @param evaluation the lot's evaluation, with its history; not null
     * @param acceptability the rank acceptability of the lot; not null
     * @param sensitivity the weight sensitivity of the lot's winner; not null
     * @param language the language; not null
     * @return the report; not null
     * @throws NullPointerException if an argument is null
     */
    public static EvaluationReport report(Tender tender, Evaluation evaluation, RankAcceptabilityResult acceptability,
            List<CriterionSensitivity> sensitivity, ReportLanguage language) {
        EvaluationResult result = evaluation.result();
        EvaluationReport.Builder report = EvaluationReport.builder(tender, result, language, GENERATED_ON)
            .history(evaluation.history())
            .rankAcceptability(acceptability)
            .weightSensitivity(sensitivity);
        for (BidEvaluation bid : result.bids()) {
            report.bidderName(bid.bidder(), ServiceDeskTender.name(bid.bidder()));
        }
        for (PersonId person : PEOPLE) {
            report.personName(person, ServiceDeskTender.name(person));
        }
        return report.build();
    }
}
