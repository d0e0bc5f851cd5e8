package io.otp.persistence.memory;

import io.otp.core.aggregate.Aggregate;
import io.otp.core.aggregate.DomainEvent;
import io.otp.core.id.TypedId;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceException;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.UnitOfWork;
import io.otp.persistence.VersionConflictException;
import io.otp.persistence.audit.AuditChain;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditTrail;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The embedded default store: aggregates (immutable, so kept as they are) and the audit trail in
 * memory. One lock serialises writes and units of work; a unit of work that throws is undone entry by
 * entry, so nothing of it remains.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryPersistenceProvider implements PersistenceProvider {

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
        open();
        lock.lock();
        boolean outer = undo.get() == null;
        if (outer) {
            undo.set(new ArrayDeque<>());
        }
        try {
            R result = work.apply(new UnitOfWork() {
                @Override
                public <A extends Aggregate<I>, I extends TypedId> Repository<A, I> repository(Class<A> type) {
                    return InMemoryPersistenceProvider.this.repository(type);
                }

                @Override
                public AuditTrail auditTrail() {
                    return InMemoryPersistenceProvider.this.auditTrail();
                }
            });
            if (outer) {
                undo.remove();
            }
            return result;
        } catch (RuntimeException | Error e) {
            if (outer) {
                Deque<Runnable> actions = undo.get();
                undo.remove();
                while (!actions.isEmpty()) {
                    actions.pop().run();
                }
            }
            throw e;
        } finally {
            lock.unlock();
        }
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

    private void remember(Runnable action) {
        Deque<Runnable> actions = undo.get();
        if (actions != null) {
            actions.push(action);
        }
    }

    private AuditEntry appendLocked(AuditChange change) {
        AuditEntry entry = AuditChain.next(audit.isEmpty() ? Optional.empty() : Optional.of(audit.get(audit.size() - 1)),
            change);
        audit.add(entry);
        int size = audit.size();
        remember(() -> audit.subList(size - 1, audit.size()).clear());
        return entry;
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
            open();
            lock.lock();
            try {
                return Optional.ofNullable(table().get(id.value()));
            } finally {
                lock.unlock();
            }
        }

        @Override
        public Stored<A> save(A aggregate, long expectedVersion, ChangeContext context) {
            Objects.requireNonNull(aggregate, "aggregate");
            Objects.requireNonNull(context, "context");
            open();
            String id = aggregate.id().value();
            lock.lock();
            try {
                TreeMap<String, Stored<A>> table = table();
                Stored<A> before = table.get(id);
                long current = before == null ? 0 : before.version();
                if (current != expectedVersion) {
                    throw new VersionConflictException(typeName, id, expectedVersion, current);
                }
                Stored<A> after = Stored.of(aggregate, current + 1);
                table.put(id, after);
                remember(() -> {
                    if (before == null) {
                        table.remove(id);
                    } else {
                        table.put(id, before);
                    }
                });
                appendLocked(change(id, current, current + 1, context, current == 0 ? "create" : "update"));
                int seen = before == null ? 0 : before.value().domainEvents().size();
                List<? extends DomainEvent> events = aggregate.domainEvents();
                for (int i = seen; i < events.size(); i++) {
                    DomainEvent e = events.get(i);
                    appendLocked(AuditChange.builder().aggregateType(typeName).aggregateId(id).versionBefore(current)
                        .versionAfter(current + 1).actor(e.actor()).at(e.at()).action(e.action()).summary(e.summary())
                        .putAllDetails(e.details()).build());
                }
                return after;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void delete(I id, long expectedVersion, ChangeContext context) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(context, "context");
            open();
            lock.lock();
            try {
                TreeMap<String, Stored<A>> table = table();
                Stored<A> before = table.get(id.value());
                long current = before == null ? 0 : before.version();
                if (before == null || current != expectedVersion) {
                    throw new VersionConflictException(typeName, id.value(), expectedVersion, current);
                }
                table.remove(id.value());
                remember(() -> table.put(id.value(), before));
                appendLocked(change(id.value(), current, current + 1, context, "delete"));
            } finally {
                lock.unlock();
            }
        }

        @Override
        public List<Stored<A>> find(Query query) {
            Objects.requireNonNull(query, "query");
            open();
            lock.lock();
            try {
                List<Stored<A>> out = new ArrayList<>();
                for (Stored<A> s : table().values()) {
                    if (query.matches(s.value().queryValues())) {
                        out.add(s);
                        if (out.size() == query.limit()) {
                            break;
                        }
                    }
                }
                return List.copyOf(out);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public long count(Query query) {
            Objects.requireNonNull(query, "query");
            open();
            lock.lock();
            try {
                return table().values().stream().filter(s -> query.matches(s.value().queryValues())).count();
            } finally {
                lock.unlock();
            }
        }

        private AuditChange change(String id, long before, long after, ChangeContext context, String action) {
            return AuditChange.builder().aggregateType(typeName).aggregateId(id).versionBefore(before)
                .versionAfter(after).actor(context.actor()).at(context.at()).action(action).summary(context.summary())
                .build();
        }
    }

    private final class MemoryAuditTrail implements AuditTrail {

        @Override
        public AuditEntry append(AuditChange change) {
            Objects.requireNonNull(change, "change");
            open();
            lock.lock();
            try {
                return appendLocked(change);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public List<AuditEntry> read(long fromPosition, int limit) {
            if (fromPosition < 1 || limit < 1) {
                throw new io.otp.core.ValidationException(io.otp.core.Violation.of(fromPosition < 1 ? "fromPosition"
                    : "limit", "OTP-AUDIT-READ", "io.otp.persistence.audit.read", "from", fromPosition, "limit", limit));
            }
            open();
            lock.lock();
            try {
                int from = (int) Math.min(fromPosition - 1, audit.size());
                int to = (int) Math.min((long) from + limit, audit.size());
                return List.copyOf(audit.subList(from, to));
            } finally {
                lock.unlock();
            }
        }

        @Override
        public Optional<AuditEntry> last() {
            open();
            lock.lock();
            try {
                return audit.isEmpty() ? Optional.empty() : Optional.of(audit.get(audit.size() - 1));
            } finally {
                lock.unlock();
            }
        }
    }
}
