package io.otp.cli;

import io.otp.cli.input.InputFiles;
import io.otp.cli.input.InvalidInputException;
import io.otp.cli.input.ProcessBundle;
import io.otp.core.execution.Contract;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.ocds.ContractingProcess;
import io.otp.ocds.ImportedRelease;
import io.otp.ocds.OcdsMapper;
import io.otp.ocds.OcdsPackageReader;
import io.otp.ocds.OcdsPackageWriter;
import io.otp.ocds.OcdsRelease;
import io.otp.ocds.OcdsSettings;
import io.otp.persistence.Query;
import io.otp.persistence.Stored;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.jdbc.H2FileStore;
import io.otp.persistence.jdbc.JdbcPersistenceProvider;
import io.otp.report.ReportDirectory;
import io.otp.scoring.evaluation.Evaluation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code otp ocds}: open data in the Open Contracting Data Standard 1.1 with the SDK's evaluation
 * extension; {@code export} publishes a release package, {@code import} reads one back and summarises it.
 */
@Command(name = "ocds", mixinStandardHelpOptions = true, description = "Open data: OCDS 1.1 release packages (export, import).",
    subcommands = {OcdsCommand.Export.class, OcdsCommand.Import.class})
public final class OcdsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Creates the command. */
    public OcdsCommand() {
    }

    /** Without a subcommand: a usage error, picocli prints which subcommands there are. */
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: export or import");
    }

    /**
     * {@code otp ocds export FILE|--store DIR [--out FILE]}: one release per stage of each process and its
     * compiled release, in one release package. A store is published only if its audit trail verifies intact
     * ({@code auditTrail().verify()}); otherwise the command prints the verification and exits with
     * {@link Otp#EXIT_INVALID_INPUT}, writing nothing.
     */
    @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, description = {
        "Publishes contracting processes as an OCDS 1.1 release package (one release per stage and the compiled"
            + " release of each process).",
        "FILE is a JSON bundle {settings, tender, bids[], evaluations[], contracts[], partyNames{}} of the SDK's"
            + " JSON (example: examples/ocds/service-desk-process.json); --store DIR exports every tender of the"
            + " JDBC store on the H2 file DIR/otp.mv.db (as `otp demo` leaves it under ./otp-data).",
        "With --store, the store's audit trail is verified first (the chain, and every stored document against"
            + " the entry that wrote it): if it is not intact, for instance an offer edited in the database, nothing"
            + " is published and the command exits with 1, printing what the verification found."})
    public static final class Export extends OtpCommand {

        /** The source: a bundle file or a store directory. */
        static final class Source {
            @Parameters(index = "0", paramLabel = "FILE", description = "A process bundle (JSON).")
            Path file;

            @Option(names = "--store", paramLabel = "DIR", description = "A store directory (the H2 file DIR/otp.mv.db"
                + " that `otp demo` leaves), read whole, page by page, once its audit trail is verified intact.")
            Path store;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        @Option(names = "--out", paramLabel = "FILE",
            description = "Where the package goes (default: standard output).")
        Path out;

        @Option(names = "--ocid-prefix", paramLabel = "PREFIX",
            description = "The publisher's registered ocid prefix, such as ocds-dip047 (overrides the bundle's).")
        String ocidPrefix;

        @Option(names = "--publisher", paramLabel = "NAME", description = "The publisher's name (overrides the bundle's).")
        String publisher;

        @Option(names = "--package-uri", paramLabel = "URI",
            description = "Where the package will be published (default with --store: https://example.org/ocds/release-package.json).")
        String packageUri;

        @Option(names = "--published", paramLabel = "INSTANT",
            description = "The publication date, such as 2026-12-31T12:00:00Z (overrides the bundle's); fixed, so the"
                + " same input gives the same bytes.")
        String published;

        /** Creates the command. */
        public Export() {
        }

        @Override
        int run() {
            List<ContractingProcess> processes = new ArrayList<>();
            Optional<OcdsSettings> fromFile = Optional.empty();
            if (source.file != null) {
                ProcessBundle bundle = ProcessBundle.read(source.file, language().locale());
                processes.add(bundle.process());
                fromFile = bundle.settings();
            } else {
                processes.addAll(fromStore(source.store));
            }
            OcdsSettings settings = settings(fromFile);
            OcdsMapper mapper = new OcdsMapper(settings);
            List<OcdsRelease> releases = new ArrayList<>();
            int n = 0;
            for (ContractingProcess p : processes) {
                releases.addAll(mapper.releases(p));
                releases.add(mapper.compiledRelease(p));
                n++;
                if (processes.size() > 1) {
                    err().println("ocds export: " + n + "/" + processes.size() + " " + p.tender().id());
                    err().flush();
                }
            }
            OcdsPackageWriter writer = new OcdsPackageWriter(settings).indented();
            if (out == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                writer.writeReleasePackage(bytes, releases.iterator());
                out().println(bytes.toString(StandardCharsets.UTF_8));
                out().flush();
                return Otp.EXIT_OK;
            }
            Path file = out.toAbsolutePath();
            if (file.getParent() == null) {
                throw new InvalidInputException(out.toString(), "names no file");
            }
            long written;
            // The folder is the user's choice; the file itself is never followed if it is a link (exit 1).
            try (OutputStream os = ReportDirectory.of(file.getParent()).create(file.getFileName().toString())) {
                written = writer.writeReleasePackage(os, releases.iterator());
            } catch (IOException e) {
                throw new InvalidInputException(out.toString(), "cannot be written (" + e.getMessage() + ")");
            }
            out().println("Exported " + processes.size() + (processes.size() == 1 ? " process, " : " processes, ")
                + written + " releases: " + TerminalOutput.line(out));
            out().flush();
            return Otp.EXIT_OK;
        }

        private OcdsSettings settings(Optional<OcdsSettings> fromFile) {
            // The builder is strict (each attribute once): take each value from the option, else the file.
            List<String> missing = new ArrayList<>();
            String prefix = ocidPrefix != null ? ocidPrefix : fromFile.map(OcdsSettings::ocidPrefix).orElse(null);
            String name = publisher != null ? publisher : fromFile.map(OcdsSettings::publisherName).orElse(null);
            String uri = packageUri != null ? packageUri : fromFile.map(OcdsSettings::packageUri)
                .orElse("https://example.org/ocds/release-package.json");
            Instant date = fromFile.map(OcdsSettings::publishedDate).orElse(null);
            if (published != null) {
                try {
                    date = Instant.parse(published);
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("--published", "\"" + published
                        + "\" is not an instant (write 2026-12-31T12:00:00Z)");
                }
            }
            if (prefix == null) {
                missing.add("--ocid-prefix");
            }
            if (name == null) {
                missing.add("--publisher");
            }
            if (date == null) {
                missing.add("--published");
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException("ocds export", "no publisher settings in the input; give "
                    + String.join(", ", missing));
            }
            OcdsSettings.Builder b = OcdsSettings.builder();
            b.ocidPrefix(prefix).publisherName(name).packageUri(uri).publishedDate(date);
            fromFile.ifPresent(f -> {
                b.publisherScheme(f.publisherScheme()).publisherUid(f.publisherUid())
                    .publicationPolicy(f.publicationPolicy()).license(f.license()).zone(f.zone()).language(f.language());
            });
            return InputFiles.checked(Path.of("--ocid-prefix/--publisher/--package-uri"), "", b::build);
        }

        private List<ContractingProcess> fromStore(Path dir) {
            List<ContractingProcess> processes = new ArrayList<>();
            Stores.inDirectory(dir, () -> {
                try (JdbcPersistenceProvider store = H2FileStore.openExisting(dir)) {
                    // Nothing is published from a store whose audit trail does not vouch for it: a document
                    // edited behind the SDK's back (an offer changed with SQL) is refused, not published.
                    AuditVerification verification = store.auditTrail().verify();
                    if (!verification.isIntact()) {
                        throw new InvalidInputException(dir.toString(), messages().text("ocds.storeNotIntact", Map.of(
                            "verification", verification)));
                    }
                    // Every tender, contract and bid, page by page: a store of any size is read whole.
                    List<Contract> contracts;
                    try (Stream<Stored<Contract>> all = store.repository(Contract.class).stream(Query.all())) {
                        contracts = all.map(Stored::value).toList();
                    }
                    try (Stream<Stored<Tender>> tenders = store.repository(Tender.class).stream(Query.all())) {
                        tenders.forEach(t -> {
                            Tender tender = t.value();
                            ContractingProcess.Builder b = ContractingProcess.builder().tender(tender);
                            try (Stream<Stored<Bid>> bids = store.repository(Bid.class).stream(Query.all().tender(tender.id()))) {
                                bids.forEach(s -> b.addBids(s.value()));
                            }
                            try (Stream<Stored<Evaluation>> evaluations = store.repository(Evaluation.class)
                                    .stream(Query.all().tender(tender.id()))) {
                                evaluations.forEach(s -> b.addEvaluations(s.value().result()));
                            }
                            contracts.stream().filter(c -> c.tender().equals(tender.id())).forEach(b::addContracts);
                            processes.add(b.build());
                        });
                    }
                }
                return null;
            });
            if (processes.isEmpty()) {
                throw new InvalidInputException(dir.toString(), "the store holds no tender");
            }
            return processes;
        }
    }

    /** {@code otp ocds import FILE}: reads a release or record package and summarises each process. */
    @Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Reads an OCDS 1.1 release or record package, checking required fields, codelists, dates and amounts,"
            + " and prints a summary of each contracting process."})
    public static final class Import extends OtpCommand {

        @Parameters(index = "0", paramLabel = "FILE", description = "The package (JSON).")
        Path file;

        /** Creates the command. */
        public Import() {
        }

        @Override
        int run() {
            // Read once, at most InputFiles.MAX_JSON_BYTES, then parsed from memory.
            byte[] bytes = InputFiles.jsonBytes(file, language().locale());
            List<ImportedRelease> releases = InputFiles.checked(file, "",
                () -> new OcdsPackageReader().readAll(new ByteArrayInputStream(bytes)));
            Map<String, List<ImportedRelease>> byOcid = new LinkedHashMap<>();
            releases.forEach(r -> byOcid.computeIfAbsent(r.ocid(), k -> new ArrayList<>()).add(r));
            var w = out();
            w.println(TerminalOutput.line(file) + ": " + releases.size() + (releases.size() == 1 ? " release"
                : " releases") + " of " + byOcid.size() + (byOcid.size() == 1 ? " contracting process"
                : " contracting processes"));
            for (Map.Entry<String, List<ImportedRelease>> e : byOcid.entrySet()) {
                List<ImportedRelease> rs = e.getValue();
                ImportedRelease last = rs.get(rs.size() - 1);
                // ocids, titles and tags come from another administration's file: one line each, escaped.
                w.println("  " + TerminalOutput.line(e.getKey()) + last.tenderId().map(t -> " (tender "
                    + TerminalOutput.line(t) + ")").orElse("") + last.tender().map(t -> ": "
                    + TerminalOutput.line(t.title())).orElse(""));
                w.println("    releases: " + rs.size() + " (" + TerminalOutput.line(String.join(", ", rs.stream()
                    .map(r -> String.join("+", r.tags())).toList())) + "), latest " + last.date());
                w.println("    bids: " + max(rs, r -> r.bids().size()) + ", evaluated bids: "
                    + max(rs, r -> r.evaluations().size()) + ", awards: " + max(rs, r -> r.awards().size())
                    + ", contracts: " + max(rs, r -> r.contracts().size()) + ", KPI observations: "
                    + max(rs, r -> r.measurements().size()));
            }
            w.flush();
            return Otp.EXIT_OK;
        }

        private static int max(List<ImportedRelease> rs, java.util.function.ToIntFunction<ImportedRelease> f) {
            return rs.stream().mapToInt(f).max().orElse(0);
        }
    }
}
