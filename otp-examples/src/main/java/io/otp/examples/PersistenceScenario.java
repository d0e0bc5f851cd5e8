package io.otp.examples;

import io.otp.core.aggregate.Aggregate;
import io.otp.core.execution.Contract;
import io.otp.core.id.EvaluationId;
import io.otp.core.id.TypedId;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TenderStatus;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.jdbc.JdbcPersistenceProvider;
import io.otp.persistence.jdbc.JdbcSettings;
import io.otp.scoring.evaluation.Evaluation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Persists the scenarios in a database file: the tender of {@link ServiceDeskTender} with its bids, the
 * evaluation of both lots (each step of which goes to the audit trail as a domain event) and the
 * contract of {@link ServiceDeskContract}, the award written as one unit of work; then closes the store,
 * reopens the file, reads everything back, compares it with what was saved and verifies the audit chain.
 *
 * <p>The store is the JDBC store on an H2 database file, by default {@code target/otp-data/otp} (the
 * directory is the first argument).
 */
public final class PersistenceScenario {

    /** The file the scenario writes unless told otherwise. */
    public static final Path DEFAULT_FILE = Path.of("target", "otp-data", "otp");

    private static final ChangeContext SECRETARY = ChangeContext.of(ServiceDeskTender.BELTRAN,
        Instant.parse("2026-05-12T11:00:00Z"), "expediente registrado tras la propuesta de adjudicación");

    private final PrintStream out;

    /**
     * Creates the scenario.
     *
     * @param out where to print; not null
     */
    public PersistenceScenario(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Runs the scenario on {@link #DEFAULT_FILE}, or on the file named by the first argument.
     *
     * @param args optionally, the database file (without the {@code .mv.db} ending)
     */
    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
        Outcome outcome = new PersistenceScenario(System.out).run(file);
        if (!outcome.readBackIdentical() || !outcome.verification().isIntact()) {
            System.exit(1);
        }
    }

    /**
     * What the scenario did.
     *
     * @param saved the number of aggregates saved
     * @param readBackIdentical whether every aggregate read back after reopening equals the one saved
     * @param verification the audit chain's verification after reopening
     * @param actions the number of audit entries by aggregate type and action
     */
    public record Outcome(int saved, boolean readBackIdentical, AuditVerification verification,
                          Map<String, Integer> actions) {
    }

    /**
     * The H2 data source of a database file; every run starts from an empty database.
     *
     * @param file the file, without the {@code .mv.db} ending; not null
     * @return the data source, not null
     */
    public static JdbcDataSource dataSource(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";LOCK_TIMEOUT=10000");
        return ds;
    }

    /**
     * Runs the scenario.
     *
     * @param file the database file, without the {@code .mv.db} ending; it is emptied first; not null
     * @return what it did, not null
     */
    public Outcome run(Path file) {
        deleteDatabase(file);
        Tender tender = ServiceDeskTender.tender().moveTo(TenderStatus.PUBLISHED)
            .moveTo(TenderStatus.SUBMISSION_CLOSED).moveTo(TenderStatus.UNDER_EVALUATION).moveTo(TenderStatus.AWARD_PROPOSED);
        List<Bid> bids = ServiceDeskTender.bids();
        Evaluation lot1 = EvaluationScenario.evaluate(tender, ServiceDeskTender.LOT_1);
        Evaluation lot2 = EvaluationScenario.evaluate(tender, ServiceDeskTender.LOT_2);
        Contract contract = ServiceDeskContract.atStatusDate();
        JdbcSettings settings = JdbcSettings.defaults();

        out.println("OTP SDK · persistence scenario");
        out.println("==============================");
        out.println("   Store: JDBC on the H2 database file " + file.toAbsolutePath() + ".mv.db, tables " + settings.tablePrefix() + "*");
        int saved;
        try (JdbcPersistenceProvider store = JdbcPersistenceProvider.create(dataSource(file), settings)) {
            out.println("   Schema migrated to version " + store.migrate());
            saved = store.inUnitOfWork(u -> {
                int n = 1;
                u.repository(Tender.class).save(tender, 0, SECRETARY);
                for (Bid b : bids) {
                    u.repository(Bid.class).save(b, 0, SECRETARY);
                    n++;
                }
                u.repository(Evaluation.class).save(lot1, 0, SECRETARY);
                u.repository(Evaluation.class).save(lot2, 0, SECRETARY);
                u.repository(Contract.class).save(contract, 0, SECRETARY);
                return n + 3;
            });
            out.println("   Saved in one unit of work: the tender, " + bids.size() + " bids, 2 evaluations and the contract ("
                + saved + " aggregates)");
        }

        boolean identical;
        AuditVerification verification;
        Map<String, Integer> actions = new TreeMap<>();
        try (JdbcPersistenceProvider store = JdbcPersistenceProvider.create(dataSource(file), settings)) {
            out.println("   Reopened: schema version " + store.schemaVersion());
            List<Boolean> same = new ArrayList<>();
            same.add(same(store, Tender.class, tender));
            bids.forEach(b -> same.add(same(store, Bid.class, b)));
            same.add(same(store, Evaluation.class, lot1));
            same.add(same(store, Evaluation.class, lot2));
            same.add(same(store, Contract.class, contract));
            identical = same.stream().allMatch(Boolean::booleanValue);
            out.println("   Read back identical: " + (identical ? "yes, all " + same.size() : "NO"));
            List<Stored<Bid>> lot1Bids = store.repository(Bid.class).find(Query.all().tender(tender.id())
                .where(Aggregate.LOT, ServiceDeskTender.LOT_1.value()));
            out.println("   Query: bids of lot L1 -> " + lot1Bids.stream().map(s -> s.value().id().value()).toList());
            Stored<Evaluation> e = store.repository(Evaluation.class)
                .find(EvaluationId.of(tender.id(), ServiceDeskTender.LOT_1)).orElseThrow();
            out.println("   Evaluation " + e.value().id() + " v" + e.version() + ": phase " + e.value().phase() + ", "
                + e.value().history().size() + " steps, proposed "
                + e.value().proposal().flatMap(p -> p.proposed()).map(r -> r.bid().value()).orElse("-"));
            for (AuditEntry entry : store.auditTrail().read(1, 10_000)) {
                actions.merge(entry.change().aggregateType() + " " + entry.change().action(), 1, Integer::sum);
            }
            verification = store.auditTrail().verify();
            out.println("   Audit trail: " + verification.entries() + " entries; by type and action: " + actions);
            out.println("   Verification: " + verification + "; last hash " + verification.lastHash());
        }
        return new Outcome(saved, identical, verification, Map.copyOf(actions));
    }

    private static <A extends Aggregate<I>, I extends TypedId> boolean same(PersistenceProvider store, Class<A> type,
                                                                             A saved) {
        Repository<A, I> repository = store.repository(type);
        return repository.find(saved.id()).map(s -> s.value().equals(saved) && s.version() == 1).orElse(false);
    }

    private static void deleteDatabase(Path file) {
        for (String ending : List.of(".mv.db", ".trace.db")) {
            try {
                java.nio.file.Files.deleteIfExists(Path.of(file.toAbsolutePath() + ending));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot empty the database file " + file + ending, e);
            }
        }
    }
}
