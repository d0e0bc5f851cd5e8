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
import io.otp.persistence.audit.AuditCheckpoint;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.jdbc.H2FileStore;
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
import java.util.stream.Stream;

/**
 * Persists the scenarios in a store on disk: the tender of {@link ServiceDeskTender} with its bids, the
 * evaluation of both lots (each step of which goes to the audit trail as a domain event) and the
 * contract of {@link ServiceDeskContract}, the award written as one unit of work; takes a checkpoint of the
 * audit trail to keep elsewhere; then closes the store, reopens it, reads everything back, compares it with
 * what was saved and verifies the audit trail (the chain, its head, every stored document) against the
 * checkpoint.
 *
 * <p>The store is {@link H2FileStore}: the JDBC store on the H2 database file {@code otp.mv.db} of a
 * directory, by default {@code target/otp-data} (the directory is the first argument), locked while open.
 */
public final class PersistenceScenario {

    /** The directory of the store the scenario writes unless told otherwise. */
    public static final Path DEFAULT_DIRECTORY = Path.of("target", "otp-data");

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
     * Runs the scenario on {@link #DEFAULT_DIRECTORY}, or on the directory named by the first argument.
     *
     * @param args optionally, the store's directory
     */
    public static void main(String[] args) {
        Path directory = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIRECTORY;
        Outcome outcome = new PersistenceScenario(System.out).run(directory);
        if (!outcome.readBackIdentical() || !outcome.verification().isIntact()) {
            System.exit(1);
        }
    }

    /**
     * What the scenario did.
     *
     * @param saved the number of aggregates saved
     * @param readBackIdentical whether every aggregate read back after reopening equals the one saved
     * @param verification the audit trail's verification after reopening, against the checkpoint taken
     *     after the writes
     * @param checkpoint the checkpoint taken after the writes, to keep outside the store
     * @param actions the number of audit entries by aggregate type and action
     */
    public record Outcome(int saved, boolean readBackIdentical, AuditVerification verification,
                          AuditCheckpoint checkpoint, Map<String, Integer> actions) {
    }

    /**
     * Runs the scenario.
     *
     * @param directory the store's directory, created if absent; its store is emptied first; not null
     * @return what it did, not null
     * @throws io.otp.persistence.jdbc.StoreInUseException if the store is open elsewhere (nothing is deleted)
     */
    public Outcome run(Path directory) {
        Tender tender = ServiceDeskTender.tender().moveTo(TenderStatus.PUBLISHED)
            .moveTo(TenderStatus.SUBMISSION_CLOSED).moveTo(TenderStatus.UNDER_EVALUATION).moveTo(TenderStatus.AWARD_PROPOSED);
        List<Bid> bids = ServiceDeskTender.bids();
        Evaluation lot1 = EvaluationScenario.evaluate(tender, ServiceDeskTender.LOT_1);
        Evaluation lot2 = EvaluationScenario.evaluate(tender, ServiceDeskTender.LOT_2);
        Contract contract = ServiceDeskContract.atStatusDate();
        JdbcSettings settings = JdbcSettings.defaults();

        out.println("OTP SDK · persistence scenario");
        out.println("==============================");
        out.println("   Store: JDBC on the H2 database file " + directory.toAbsolutePath().resolve(H2FileStore.DATABASE + ".mv.db")
            + ", tables " + settings.tablePrefix() + "*");
        int saved;
        AuditCheckpoint checkpoint;
        try (JdbcPersistenceProvider store = H2FileStore.recreate(directory)) {
            out.println("   Schema migrated to version " + store.schemaVersion());
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
            checkpoint = store.auditTrail().checkpoint();
            out.println("   Checkpoint to keep outside the store: entry " + checkpoint.position() + ", hash " + checkpoint.hash());
        }

        boolean identical;
        AuditVerification verification;
        Map<String, Integer> actions = new TreeMap<>();
        try (JdbcPersistenceProvider store = H2FileStore.openExisting(directory)) {
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
            try (Stream<AuditEntry> trail = store.auditTrail().stream()) {
                trail.forEach(entry -> actions.merge(entry.change().aggregateType() + " " + entry.change().action(), 1,
                    Integer::sum));
            }
            verification = store.auditTrail().verify(checkpoint);
            out.println("   Audit trail: " + verification.entries() + " entries; by type and action: " + actions);
            out.println("   Verification against the checkpoint: " + verification + "; last hash " + verification.lastHash());
        }
        return new Outcome(saved, identical, verification, checkpoint, Map.copyOf(actions));
    }

    private static <A extends Aggregate<I>, I extends TypedId> boolean same(PersistenceProvider store, Class<A> type,
                                                                             A saved) {
        Repository<A, I> repository = store.repository(type);
        return repository.find(saved.id()).map(s -> s.value().equals(saved) && s.version() == 1).orElse(false);
    }
}
