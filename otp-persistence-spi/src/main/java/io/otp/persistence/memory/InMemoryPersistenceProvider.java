package io.otp.persistence.memory;

import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.TypedId;
import io.otp.core.json.OtpJson;
import io.otp.persistence.AggregateDocument;
import io.otp.persistence.AggregateWrites;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceException;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.UnitOfWork;
import io.otp.persistence.audit.AuditChain;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.audit.AuditCheckpoint;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditTrail;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.audit.AuditVerifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The embedded default store: aggregates (immutable, so kept as they are) and the audit trail in
 * memory. One lock serialises writes and units of work. Every write and every unit of work keeps a log of
 * how to undo what it did: a write or unit that throws is undone back to where it started, so nothing of it
 * remains, while the writes of an enclosing unit before it stay (a nested unit is a savepoint).
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryPersistenceProvider implements PersistenceProvider {

    private static final OtpJson JSON = OtpJson.standard();

    private final ReentrantLock lock = new ReentrantLock();

    private final Map<Class<?>, TreeMap<String, Stored<?>>> data = new HashMap<>();

    private final List<AuditEntry> audit = new ArrayList<>();

    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

    private volatile boolean closed;

    private InMemoryPersistenceProvider() {
    }

    /**
     * Creates an empty store.
     *
     * @return the provider, not null
     */
    public static InMemoryPersistenceProvider create() {
        return new InMemoryPersistenceProvider();
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public <A extends Aggregate<I>, I extends TypedId> Repository<A, I> repository(Class<A> type) {
        return new MemoryRepository<>(Objects.requireNonNull(type, "type"));
    }

    @Override
    public AuditTrail auditTrail() {
        return new MemoryAuditTrail();
    }

    @Override
    public <R> R inUnitOfWork(Function<UnitOfWork, R> work) {
        Objects.requireNonNull(work, "work");
        UnitOfWork unit = UnitOfWork.of(this);
        return atomically(() -> work.apply(unit));
    }

    @Override
    public void close() {
        closed = true;
    }

    private void open() {
        if (closed) {
            throw new PersistenceException("the in-memory store is closed");
        }
    }

    /**
     * Runs work under the lock as one atomic step: if it throws, every change it made is undone (back to the
     * mark it started at in the thread's undo log, so an enclosing unit keeps its own changes).
     */
    private <R> R atomically(Supplier<R> work) {
        open();
        lock.lock();
        Deque<Runnable> log = undo.get();
        boolean outermost = log == null;
        if (outermost) {
            log = new ArrayDeque<>();
            undo.set(log);
        }
        int mark = log.size();
        try {
            return work.get();
        } catch (Throwable e) {
            // Any throwable, checked ones too (a language without checked exceptions can throw them from work).
            while (log.size() > mark) {
                log.pop().run();
            }
            throw e;
        } finally {
            if (outermost) {
                undo.remove();
            }
            lock.unlock();
        }
    }

    private <R> R locked(Supplier<R> read) {
        open();
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private void remember(Runnable action) {
        undo.get().push(action);
    }

    private void appendLocked(AuditChange change) {
        AuditEntry entry = AuditChain.next(audit.isEmpty() ? Optional.empty() : Optional.of(audit.get(audit.size() - 1)),
            change);
        audit.add(entry);
        int size = audit.size();
        remember(() -> audit.subList(size - 1, audit.size()).clear());
    }

    private final class MemoryRepository<A extends Aggregate<I>, I extends TypedId> implements Repository<A, I> {

        private final Class<A> type;

        private final String typeName;

        MemoryRepository(Class<A> type) {
            this.type = type;
            this.typeName = Aggregate.typeName(type);
        }

        @Override
        public Class<A> type() {
            return type;
        }

        @SuppressWarnings("unchecked")
        private TreeMap<String, Stored<A>> table() {
            return (TreeMap<String, Stored<A>>) (TreeMap<String, ?>) data.computeIfAbsent(type, t -> new TreeMap<>());
        }

        @Override
        public Optional<Stored<A>> find(I id) {
            Objects.requireNonNull(id, "id");
            return locked(() -> Optional.ofNullable(table().get(id.toString())));
        }

        @Override
        public Stored<A> save(A aggregate, long expectedVersion, ChangeContext context) {
            Objects.requireNonNull(aggregate, "aggregate");
            Objects.requireNonNull(context, "context");
            open();
            AggregateDocument document = AggregateDocument.of(type, aggregate);
            String id = document.id();
            return atomically(() -> {
                TreeMap<String, Stored<A>> table = table();
                Stored<A> before = table.get(id);
                long current = before == null ? 0 : before.version();
                List<AuditChange> changes = AggregateWrites.save(document, expectedVersion, current,
                    before == null ? 0 : before.value().domainEvents().size(), context);
                Stored<A> after = Stored.of(aggregate, current + 1);
                table.put(id, after);
                remember(() -> {
                    if (before == null) {
                        table.remove(id);
                    } else {
                        table.put(id, before);
                    }
                });
                changes.forEach(InMemoryPersistenceProvider.this::appendLocked);
                return after;
            });
        }

        @Override
        public void delete(I id, long expectedVersion, ChangeContext context) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(context, "context");
            String key = id.toString();
            atomically(() -> {
                TreeMap<String, Stored<A>> table = table();
                Stored<A> before = table.get(key);
                long current = before == null ? 0 : before.version();
                AuditChange deletion = AggregateWrites.delete(typeName, key, expectedVersion, current, context);
                table.remove(key);
                remember(() -> table.put(key, before));
                appendLocked(deletion);
                return null;
            });
        }

        @Override
        public List<Stored<A>> find(Query query) {
            Objects.requireNonNull(query, "query");
            return locked(() -> {
                TreeMap<String, Stored<A>> table = table();
                Map<String, Stored<A>> from = query.after().isPresent() ? table.tailMap(query.after().get(), false) : table;
                List<Stored<A>> out = new ArrayList<>();
                for (Stored<A> s : from.values()) {
                    if (query.matches(s.value().queryValues())) {
                        out.add(s);
                        if (out.size() > query.limit()) {
                            break;
                        }
                    }
                }
                return query.results(out, typeName);
            });
        }

        @Override
        public long count(Query query) {
            Objects.requireNonNull(query, "query");
            return locked(() -> table().entrySet().stream()
                .filter(e -> query.matches(e.getKey(), e.getValue().value().queryValues())).count());
        }
    }

    private final class MemoryAuditTrail implements AuditTrail {

        @Override
        public AuditEntry append(AuditChange change) {
            AuditChain.requireAppendable(change);
            return atomically(() -> {
                appendLocked(change);
                return audit.get(audit.size() - 1);
            });
        }

        @Override
        public List<AuditEntry> read(long fromPosition, int limit) {
            AuditChain.requireReadRange(fromPosition, limit);
            return locked(() -> {
                int from = (int) Math.min(fromPosition - 1, audit.size());
                int to = (int) Math.min((long) from + limit, audit.size());
                return List.copyOf(audit.subList(from, to));
            });
        }

        @Override
        public Optional<AuditEntry> last() {
            return locked(() -> audit.isEmpty() ? Optional.<AuditEntry>empty() : Optional.of(audit.get(audit.size() - 1)));
        }

        /**
         * Verifies the chain, the checkpoint, and every aggregate held against the last audited write of it
         * (its version, and the digest of its document as written now).
         */
        @Override
        public AuditVerification verify(AuditCheckpoint checkpoint) {
            Objects.requireNonNull(checkpoint, "checkpoint");
            return locked(() -> {
                AuditVerifier verifier = AuditVerifier.create(checkpoint);
                for (AuditEntry e : audit) {
                    if (!verifier.entry(e)) {
                        return verifier.result();
                    }
                }
                verifier.beginDocuments();
                List<Entry<Class<?>, TreeMap<String, Stored<?>>>> tables = new ArrayList<>(data.entrySet());
                tables.sort(Comparator.comparing(t -> Aggregate.typeName(t.getKey())));
                for (Entry<Class<?>, TreeMap<String, Stored<?>>> t : tables) {
                    String typeName = Aggregate.typeName(t.getKey());
                    for (Entry<String, Stored<?>> s : t.getValue().entrySet()) {
                        if (!verifier.document(typeName, s.getKey(), s.getValue().version(),
                                AuditChain.documentHash(JSON.write(s.getValue().value())))) {
                            return verifier.result();
                        }
                    }
                }
                return verifier.result();
            });
        }
    }
}
