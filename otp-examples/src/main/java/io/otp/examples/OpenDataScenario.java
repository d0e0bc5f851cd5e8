package io.otp.examples;

import io.otp.core.execution.Contract;
import io.otp.core.id.OrganisationId;
import io.otp.core.tender.Bid;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TenderStatus;
import io.otp.kpi.indicator.KpiFrequency;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.PublicIctKpis;
import io.otp.ocds.ContractingProcess;
import io.otp.ocds.ImportedRelease;
import io.otp.ocds.OcdsMapper;
import io.otp.ocds.OcdsPackageReader;
import io.otp.ocds.OcdsPackageWriter;
import io.otp.ocds.OcdsRelease;
import io.otp.ocds.OcdsSettings;
import io.otp.report.ReportDirectory;
import io.otp.scoring.evaluation.EvaluationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the service-desk tender of the evaluation and execution scenarios as open data: an OCDS 1.1
 * release package with one release per stage (planning, tender, award, contract, implementation) and the
 * compiled release, written to {@code target/otp-ocds/release-package.json}.
 *
 * <p>The package carries both lots with their award criteria, the six bids with each one's points per
 * criterion, rank and abnormally-low flag (the SDK's evaluation extension), the proposed awards, the lot 1
 * contract with its milestones and certified payments, and the monthly milestones-on-time KPI. The file is
 * then read back with {@link OcdsPackageReader}, which checks required fields, codelists, dates and
 * amounts; {@code OpenDataScenarioTest} also validates it against the official OCDS JSON Schema.
 */
public final class OpenDataScenario {

    /** Where the package is written, relative to the working directory. */
    public static final Path OUTPUT = Path.of("target", "otp-ocds", "release-package.json");

    /** The publication date of the package: fixed, so the file is the same on every run. */
    public static final Instant PUBLISHED = Instant.parse("2026-12-31T12:00:00Z");

    private final PrintStream out;

    /**
     * Creates the scenario writing its report to the given stream.
     *
     * @param out where the report goes; not null
     */
    public OpenDataScenario(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the scenario.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        new OpenDataScenario(System.out).run(OUTPUT);
    }

    /**
     * The publisher's settings: the Diputación's ocid prefix and its DIR3 code.
     *
     * @return the settings, not null
     */
    public static OcdsSettings settings() {
        return OcdsSettings.builder().ocidPrefix("ocds-dip047").publisherName("Diputación Provincial")
            .publisherScheme("ES-DIR3").publisherUid("L02000047")
            .packageUri("https://datos.example.org/contratacion/ocds/release-package.json")
            .publishedDate(PUBLISHED).build();
    }

    /**
     * The contracting process of the service-desk tender: the tender awarded, both lots evaluated, the lot
     * 1 contract at the status date and its milestones-on-time KPI.
     *
     * @return the process, not null
     */
    public static ContractingProcess process() {
        Tender tender = ServiceDeskTender.tender().withKeyDates(KeyDates.builder()
            .publication(LocalDate.of(2026, 3, 2)).submissionDeadline(Instant.parse("2026-04-01T12:00:00Z"))
            .award(LocalDate.of(2026, 5, 20)).build());
        List<EvaluationResult> results = new ArrayList<>();
        for (var lot : tender.lots()) {
            results.add(EvaluationScenario.evaluate(tender, lot.id()).result());
        }
        for (TenderStatus s : List.of(TenderStatus.PUBLISHED, TenderStatus.SUBMISSION_CLOSED,
            TenderStatus.UNDER_EVALUATION, TenderStatus.AWARD_PROPOSED, TenderStatus.AWARDED)) {
            tender = tender.moveTo(s);
        }
        Contract contract = ServiceDeskContract.atStatusDate();
        List<Measurement> onTime = new ArrayList<>();
        for (LocalDate d : ServiceDeskContract.REPORT_DATES) {
            ExecutionScenario.milestonesOnTime(contract, d)
                .ifPresent(v -> onTime.add(Measurement.of(PublicIctKpis.MILESTONES_ON_TIME, d, v)));
        }
        ContractingProcess.Builder b = ContractingProcess.builder().tender(tender)
            .addAllBids(ServiceDeskTender.bids()).addAllEvaluations(results).addContracts(contract)
            .addKpis(PublicIctKpis.milestonesOnTime())
            .addKpiSeries(KpiSeries.of(PublicIctKpis.MILESTONES_ON_TIME, KpiFrequency.MONTHLY, onTime))
            .putPartyNames(tender.contractingAuthority(), "Diputación Provincial");
        for (Bid bid : ServiceDeskTender.bids()) {
            OrganisationId bidder = bid.bidder();
            b.putPartyNames(bidder, ServiceDeskTender.name(bidder));
        }
        return b.build();
    }

    /**
     * Writes the package and reads it back.
     *
     * @param file where the package goes; its folder is created; not null
     * @return the releases read back, not null
     * @throws io.otp.report.ReportFileException if the file is a symbolic link (never followed, see
     *     {@link ReportDirectory#writeFile(Path, byte[])}) or cannot be written
     */
    public List<ImportedRelease> run(Path file) {
        ContractingProcess process = process();
        OcdsMapper mapper = new OcdsMapper(settings());
        List<OcdsRelease> releases = new ArrayList<>(mapper.releases(process));
        releases.add(mapper.compiledRelease(process));
        long written;
        try {
            try (OutputStream os = ReportDirectory.of(file.toAbsolutePath().getParent())
                    .create(file.getFileName().toString())) {
                written = new OcdsPackageWriter(settings()).indented().writeReleasePackage(os, releases.iterator());
            }
            List<ImportedRelease> back;
            try (InputStream in = Files.newInputStream(file)) {
                back = new OcdsPackageReader().readAll(in);
            }
            out.println("OTP SDK · open data scenario (OCDS 1.1)");
            out.println("   File: " + file.toAbsolutePath());
            out.println("   Size: " + Files.size(file) + " bytes");
            out.println("   Releases: " + written + " (" + String.join(", ", releases.stream()
                .map(r -> r.tags().get(0)).toList()) + ")");
            out.println("   ocid: " + releases.get(0).ocid());
            ImportedRelease compiled = back.get(back.size() - 1);
            out.println("   Bids: " + compiled.bids().size() + ", with the points of each per criterion: "
                + compiled.evaluations().size() + "; awards: " + compiled.awards().size() + "; contracts: "
                + compiled.contracts().size() + "; KPI observations: " + compiled.measurements().size());
            out.println("   Validation: read back " + back.size() + " releases with OcdsPackageReader, no violation"
                + " (required fields, codelists, ISO 8601 dates with offset, amounts with currency)");
            return back;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
