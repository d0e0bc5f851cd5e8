package io.otp.persistence.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.otp.core.ValidationException;
import io.otp.core.OtpMessages;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.aggregate.DomainEvent;
import io.otp.core.id.PersonId;
import io.otp.core.id.TypedId;
import io.otp.core.json.OtpJson;
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
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The JDBC store: aggregates and the audit trail in the tables of a host's {@link DataSource} (tested
 * on H2 and PostgreSQL).
 *
 * <pre>{@code
 * JdbcPersistenceProvider store = JdbcPersistenceProvider.create(dataSource, JdbcSettings.defaults());
 * store.migrate();   // creates or upgrades the tables; once per deployment is enough
 * Repository<Need, NeedId> needs = store.repository(Need.class);
 * }</pre>
 *
 * <p>Each aggregate is a row keyed by its type name ({@link Aggregate#typeName(Class)}) and id, holding
 * its version, the number of domain events it recorded and its JSON as
 * {@link OtpJson#standard()} writes it (read back with the aggregate's class). Its query values are
 * rows of an indexed table, so that {@link Query} conditions run in SQL. Each write is one transaction
 * covering the document, its query values and its audit entries; it first locks the row of the audit
 * trail's head ({@code SELECT ... FOR UPDATE}), so writes are serialised and concurrent writers never
 * fork the chain. A save names the version it read: {@code UPDATE ... WHERE version = ?} changes no row
 * if another writer got there first, and the write fails with a {@link VersionConflictException}
 * carrying the version stored; a create whose id exists fails likewise. Units of work share one
 * connection and one transaction. Every value is a bound parameter; the only text put into SQL is the
 * validated table prefix of {@link JdbcSettings}.
 *
 * <p>Limits: ids up to {@value #MAX_ID} characters, query-value names up to {@value #MAX_NAME} and
 * values up to {@value #MAX_VALUE}, documents up to {@link OtpJson#DEFAULT_MAX_DOCUMENT_LENGTH}
 * characters; beyond them a save fails with a {@link ValidationException}. On H2, give the URL a lock
 * timeout of a few seconds ({@code ;LOCK_TIMEOUT=10000}) if many threads write at once: writers wait for
 * the head of the audit trail.
 *
 * <p>This class is thread-safe if the data source is.
 */
public final class JdbcPersistenceProvider implements PersistenceProvider {

    /** The longest aggregate id the store keeps. */
    public static final int MAX_ID = 255;

    /** The longest name of a query value. */
    public static final int MAX_NAME = 100;

    /** The longest query value. */
    public static final int MAX_VALUE = 1000;

    private static final OtpJson JSON = OtpJson.standard();

    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private final DataSource dataSource;

    private final JdbcSettings settings;

    private final Dialect dialect;

    private final AutoCloseable owned;

    private final String p;

    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    private volatile boolean closed;

    private JdbcPersistenceProvider(DataSource dataSource, JdbcSettings settings, AutoCloseable owned) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.owned = owned;
        this.p = settings.tablePrefix();
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw failure("connect to the database", e);
        }
    }

    /**
     * Creates a store over a host's data source. The host keeps the data source (its pool, its
     * credentials) and closes it; {@link #close()} does not. Call {@link #migrate()} once to create
     * or upgrade the tables.
     *
     * @param dataSource where to connect; not null; a pooling data source is advised
     * @param settings the table prefix; not null
     * @return the provider, not null
     * @throws PersistenceException if no connection can be obtained
     */
    public static JdbcPersistenceProvider create(DataSource dataSource, JdbcSettings settings) {
        return new JdbcPersistenceProvider(Objects.requireNonNull(dataSource, "dataSource"),
            Objects.requireNonNull(settings, "settings"), null);
    }

    /**
     * Creates a store over a host's data source with the default settings ({@link JdbcSettings#defaults()}).
     *
     * @param dataSource where to connect; not null
     * @return the provider, not null
     * @throws PersistenceException if no connection can be obtained
     */
    public static JdbcPersistenceProvider create(DataSource dataSource) {
        return create(dataSource, JdbcSettings.defaults());
    }

    static JdbcPersistenceProvider createOwning(DataSource dataSource, JdbcSettings settings, AutoCloseable owned) {
        try {
            return new JdbcPersistenceProvider(dataSource, settings, owned);
        } catch (RuntimeException e) {
            try {
                owned.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * The schema version this code creates with {@link #migrate()}.
     *
     * @return the version, 1 or more
     */
    public static int latestSchemaVersion() {
        return Schema.migrations("x", Dialect.GENERIC).size();
    }

    /**
     * The settings.
     *
     * @return the settings, not null
     */
    public JdbcSettings settings() {
        return settings;
    }

    /**
     * Applies the migrations the database lacks, in order of version, and records each in the table
     * {@code <prefix>schema_version}. On PostgreSQL they run in one transaction; H2 commits each
     * table it creates. Run it from one process at a time (e.g. at deployment).
     *
     * @return the schema version now, {@link #latestSchemaVersion()}
     * @throws PersistenceException if a migration fails
     */
    public int migrate() {
        open();
        return transaction(tx -> {
            Connection c = tx.connection;
            try (Statement s = c.createStatement()) {
                s.execute(Schema.versionTable(p));
            }
            int version = readSchemaVersion(c);
            for (Schema.Migration m : Schema.migrations(p, dialect)) {
                if (m.version() <= version) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + p
                        + "schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.description());
                    ps.setString(3, Instant.now().toString());
                    ps.executeUpdate();
                }
                version = m.version();
            }
            return version;
        });
    }

    /**
     * The schema version of the database: the last migration applied.
     *
     * @return the version; 0 if no migration was applied
     * @throws PersistenceException if the database cannot be read
     */
    public int schemaVersion() {
        return read(c -> {
            DatabaseMetaData meta = c.getMetaData();
            String table = p + "schema_version";
            boolean exists;
            try (ResultSet upper = meta.getTables(null, null, table.toUpperCase(Locale.ROOT), null);
                    ResultSet lower = meta.getTables(null, null, table, null)) {
                exists = upper.next() || lower.next();
            }
            return exists ? readSchemaVersion(c) : 0;
        });
    }

    private int readSchemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + p + "schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public <A extends Aggregate<I>, I extends TypedId> Repository<A, I> repository(Class<A> type) {
        return new JdbcRepository<>(Objects.requireNonNull(type, "type"));
    }

    @Override
    public AuditTrail auditTrail() {
        return new JdbcAuditTrail();
    }

    @Override
    public <R> R inUnitOfWork(Function<UnitOfWork, R> work) {
        Objects.requireNonNull(work, "work");
        open();
        UnitOfWork unit = new UnitOfWork() {
            @Override
            public <A extends Aggregate<I>, I extends TypedId> Repository<A, I> repository(Class<A> type) {
                return JdbcPersistenceProvider.this.repository(type);
            }

            @Override
            public AuditTrail auditTrail() {
                return JdbcPersistenceProvider.this.auditTrail();
            }
        };
        if (current.get() != null) {
            return work.apply(unit);
        }
        return transaction(tx -> work.apply(unit));
    }

    /**
     * Marks the provider closed and, if it was opened by the {@code jdbc} factory, closes its
     * connection pool; a host's data source stays open.
     */
    @Override
    public void close() {
        closed = true;
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new PersistenceException("the JDBC store's connection pool failed to close: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcPersistenceProvider[" + dialect + ", " + settings + "]";
    }

    private void open() {
        if (closed) {
            throw new PersistenceException("the JDBC store is closed");
        }
    }

    private static PersistenceException failure(String what, SQLException e) {
        return new PersistenceException("the JDBC store could not " + what + ": " + e.getMessage() + " (SQL state "
            + e.getSQLState() + ")", e);
    }

    /** Work on a connection that may throw SQLException. */
    @FunctionalInterface
    private interface SqlWork<T, R> {
        R apply(T t) throws SQLException;
    }

    /** The connection and transaction of the current thread, with what is known of the audit trail's head. */
    private static final class Tx {
        final Connection connection;
        boolean headLocked;
        long headPosition;
        Optional<AuditEntry> last;

        Tx(Connection connection) {
            this.connection = connection;
        }
    }

    private <R> R read(SqlWork<Connection, R> work) {
        open();
        Tx tx = current.get();
        try {
            if (tx != null) {
                return work.apply(tx.connection);
            }
            try (Connection c = dataSource.getConnection()) {
                return work.apply(c);
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private <R> R write(SqlWork<Tx, R> work) {
        open();
        Tx tx = current.get();
        if (tx == null) {
            return transaction(t -> {
                lockHead(t);
                return work.apply(t);
            });
        }
        try {
            lockHead(tx);
            return work.apply(tx);
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private <R> R transaction(SqlWork<Tx, R> work) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw failure("connect to the database", e);
        }
        Tx tx = new Tx(c);
        current.set(tx);
        try {
            c.setAutoCommit(false);
            R result = work.apply(tx);
            c.commit();
            return result;
        } catch (SQLException e) {
            rollback(c, e);
            throw failure("write", e);
        } catch (RuntimeException | Error e) {
            rollback(c, e);
            throw e;
        } finally {
            current.remove();
            try {
                c.setAutoCommit(true);
                c.close();
            } catch (SQLException e) {
                // The transaction has ended (committed or rolled back); a connection that fails to
                // reset or close is discarded by the pool and changes no outcome.
            }
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void lockHead(Tx tx) throws SQLException {
        if (tx.headLocked) {
            return;
        }
        try (PreparedStatement ps = tx.connection.prepareStatement("SELECT head_position FROM " + p
                + "audit_head WHERE id = 1 FOR UPDATE"); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new PersistenceException("the JDBC store has no tables with prefix " + p
                    + " or they are incomplete; call migrate()");
            }
            tx.headPosition = rs.getLong(1);
            tx.headLocked = true;
        }
    }

    private List<AuditEntry> append(Tx tx, List<AuditChange> changes) throws SQLException {
        if (tx.last == null) {
            tx.last = tx.headPosition == 0 ? Optional.empty() : readEntries(tx.connection, tx.headPosition, 1).stream()
                .findFirst();
        }
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        try (PreparedStatement ps = tx.connection.prepareStatement("INSERT INTO " + p + "audit_entry (entry_position, "
                + "aggregate_type, aggregate_id, version_before, version_after, actor, changed_at, action, summary, "
                + "details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, " + dialect.documentParameter()
                + ", ?, ?)")) {
            for (AuditChange change : changes) {
                AuditEntry e = AuditChain.next(tx.last, change);
                ps.setLong(1, e.position());
                ps.setString(2, change.aggregateType());
                ps.setString(3, change.aggregateId());
                ps.setLong(4, change.versionBefore());
                ps.setLong(5, change.versionAfter());
                ps.setString(6, change.actor().toString());
                ps.setString(7, change.at().toString());
                ps.setString(8, change.action());
                ps.setString(9, change.summary());
                ps.setString(10, JSON.write(change.details()));
                ps.setString(11, e.previousHash());
                ps.setString(12, e.hash());
                ps.addBatch();
                entries.add(e);
                tx.last = Optional.of(e);
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = tx.connection.prepareStatement("UPDATE " + p + "audit_head SET head_position = ? WHERE id = 1")) {
            ps.setLong(1, tx.last.get().position());
            ps.executeUpdate();
        }
        tx.headPosition = tx.last.get().position();
        return entries;
    }

    private List<AuditEntry> readEntries(Connection c, long from, int limit) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_position, aggregate_type, aggregate_id, version_before, "
                + "version_after, actor, changed_at, action, summary, details, previous_hash, hash FROM " + p
                + "audit_entry WHERE entry_position >= ? ORDER BY entry_position LIMIT ?")) {
            ps.setLong(1, from);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs));
                }
            }
        }
        return out;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long position = rs.getLong(1);
        try {
            return entryAt(rs);
        } catch (RuntimeException e) {
            // A row edited in the database into something that is not an entry (a malformed instant, a
            // blank action, details that are not JSON): the store names the row instead of failing obscurely.
            throw new PersistenceException("the audit entry at position " + position + " cannot be read back, "
                + "so it was changed outside the SDK: " + reason(e), e);
        }
    }

    /** What went wrong reading a stored row, in one line for people. */
    private static String reason(RuntimeException e) {
        if (e instanceof ValidationException && !((ValidationException) e).violations().isEmpty()) {
            return ((ValidationException) e).violations().get(0).toString();
        }
        return OtpMessages.printable(String.valueOf(e.getMessage()));
    }

    /**
     * Reads a stored aggregate's document.
     *
     * @throws PersistenceException naming the aggregate if the document does not read back as its type
     *     (it was edited in the database; the cause is the {@link ValidationException} saying what is
     *     wrong) or is the document of another id
     */
    private static <A extends Aggregate<?>> A document(String json, Class<A> type, String typeName, String id) {
        A value;
        try {
            value = JSON.read(json, type);
        } catch (ValidationException e) {
            throw new PersistenceException("the stored " + typeName + " " + OtpMessages.printable(id)
                + " does not read back, so it was changed outside the SDK: " + reason(e), e);
        }
        if (!value.id().toString().equals(id)) {
            throw new PersistenceException("the stored " + typeName + " " + OtpMessages.printable(id)
                + " holds the document of " + OtpMessages.printable(value.id().toString())
                + ", so it was changed outside the SDK");
        }
        return value;
    }

    private static AuditEntry entryAt(ResultSet rs) throws SQLException {
        AuditChange change = AuditChange.builder().aggregateType(rs.getString(2)).aggregateId(rs.getString(3))
            .versionBefore(rs.getLong(4)).versionAfter(rs.getLong(5)).actor(PersonId.of(rs.getString(6)))
            .at(Instant.parse(rs.getString(7))).action(rs.getString(8)).summary(rs.getString(9))
            .putAllDetails(JSON.read(rs.getString(10), DETAILS)).build();
        return AuditEntry.builder().position(rs.getLong(1)).change(change).previousHash(rs.getString(11).trim())
            .hash(rs.getString(12).trim()).build();
    }

    private final class JdbcRepository<A extends Aggregate<I>, I extends TypedId> implements Repository<A, I> {

        private final Class<A> type;

        private final String typeName;

        JdbcRepository(Class<A> type) {
            this.type = type;
            this.typeName = Aggregate.typeName(type);
        }

        @Override
        public Class<A> type() {
            return type;
        }

        @Override
        public Optional<Stored<A>> find(I id) {
            Objects.requireNonNull(id, "id");
            return read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT version, document FROM " + p
                        + "aggregate WHERE aggregate_type = ? AND aggregate_id = ?")) {
                    ps.setString(1, typeName);
                    ps.setString(2, id.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                            ? Optional.of(Stored.of(document(rs.getString(2), type, typeName, id.toString()), rs.getLong(1)))
                            : Optional.<Stored<A>>empty();
                    }
                }
            });
        }

        @Override
        public Stored<A> save(A aggregate, long expectedVersion, ChangeContext context) {
            Objects.requireNonNull(aggregate, "aggregate");
            Objects.requireNonNull(context, "context");
            String id = aggregate.id().toString();
            checkId(id);
            String json = JSON.write(aggregate);
            if (json.length() > OtpJson.DEFAULT_MAX_DOCUMENT_LENGTH) {
                throw new ValidationException(Violation.of("aggregate", "OTP-JDBC-DOCUMENT",
                    "io.otp.persistence.jdbc.document.length", "type", typeName, "id", id, "length", json.length(),
                    "max", OtpJson.DEFAULT_MAX_DOCUMENT_LENGTH));
            }
            SortedMap<String, String> values = aggregate.queryValues();
            checkValues(values);
            List<? extends DomainEvent> events = aggregate.domainEvents();
            return write(tx -> {
                Connection c = tx.connection;
                long[] stored = storedVersionAndEvents(c, id);
                long current = stored[0];
                if (current != expectedVersion) {
                    throw new VersionConflictException(typeName, id, expectedVersion, current);
                }
                if (current == 0) {
                    insert(c, id, json, events.size());
                } else {
                    update(c, id, json, events.size(), current);
                    deleteValues(c, id);
                }
                insertValues(c, id, values);
                List<AuditChange> changes = new ArrayList<>();
                changes.add(change(id, current, current + 1, context, current == 0 ? "create" : "update"));
                for (int i = (int) stored[1]; i < events.size(); i++) {
                    DomainEvent e = events.get(i);
                    changes.add(AuditChange.builder().aggregateType(typeName).aggregateId(id).versionBefore(current)
                        .versionAfter(current + 1).actor(e.actor()).at(e.at()).action(e.action()).summary(e.summary())
                        .putAllDetails(e.details()).build());
                }
                append(tx, changes);
                return Stored.of(aggregate, current + 1);
            });
        }

        @Override
        public void delete(I id, long expectedVersion, ChangeContext context) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(context, "context");
            String key = id.toString();
            write(tx -> {
                Connection c = tx.connection;
                long current = storedVersionAndEvents(c, key)[0];
                if (current == 0 || current != expectedVersion) {
                    throw new VersionConflictException(typeName, key, expectedVersion, current);
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + p
                        + "aggregate WHERE aggregate_type = ? AND aggregate_id = ? AND version = ?")) {
                    ps.setString(1, typeName);
                    ps.setString(2, key);
                    ps.setLong(3, current);
                    if (ps.executeUpdate() == 0) {
                        throw new VersionConflictException(typeName, key, expectedVersion, storedVersionAndEvents(c, key)[0]);
                    }
                }
                deleteValues(c, key);
                append(tx, List.of(change(key, current, current + 1, context, "delete")));
                return null;
            });
        }

        @Override
        public List<Stored<A>> find(Query query) {
            Objects.requireNonNull(query, "query");
            return read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT a.version, a.document, a.aggregate_id FROM " + p
                        + "aggregate a WHERE " + where(query) + " ORDER BY a.aggregate_id LIMIT ?")) {
                    int next = bind(ps, query);
                    ps.setInt(next, query.limit());
                    List<Stored<A>> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(Stored.of(document(rs.getString(2), type, typeName, rs.getString(3)), rs.getLong(1)));
                        }
                    }
                    return List.copyOf(out);
                }
            });
        }

        @Override
        public long count(Query query) {
            Objects.requireNonNull(query, "query");
            return read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + p + "aggregate a WHERE "
                        + where(query))) {
                    bind(ps, query);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
        }

        private String where(Query query) {
            StringBuilder sql = new StringBuilder("a.aggregate_type = ?");
            for (Query.Condition condition : query.conditions()) {
                sql.append(" AND EXISTS (SELECT 1 FROM ").append(p).append("query_value q WHERE q.aggregate_type = ")
                    .append("a.aggregate_type AND q.aggregate_id = a.aggregate_id AND q.value_name = ? AND ")
                    .append(condition.equalTo().isPresent() ? "q.value_text = ?" : "q.value_text >= ? AND q.value_text <= ?")
                    .append(')');
            }
            return sql.toString();
        }

        private int bind(PreparedStatement ps, Query query) throws SQLException {
            int i = 1;
            ps.setString(i++, typeName);
            for (Query.Condition condition : query.conditions()) {
                ps.setString(i++, condition.name());
                if (condition.equalTo().isPresent()) {
                    ps.setString(i++, condition.equalTo().get());
                } else {
                    ps.setString(i++, condition.from().get());
                    ps.setString(i++, condition.to().get());
                }
            }
            return i;
        }

        /** The stored version (0 if none) and the number of domain events it had recorded. */
        private long[] storedVersionAndEvents(Connection c, String id) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT version, events FROM " + p
                    + "aggregate WHERE aggregate_type = ? AND aggregate_id = ?")) {
                ps.setString(1, typeName);
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new long[] {rs.getLong(1), rs.getInt(2)} : new long[] {0, 0};
                }
            }
        }

        private void insert(Connection c, String id, String json, int events) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + p + "aggregate (aggregate_type, aggregate_id, "
                    + "version, events, document) VALUES (?, ?, 1, ?, " + dialect.documentParameter() + ")")) {
                ps.setString(1, typeName);
                ps.setString(2, id);
                ps.setInt(3, events);
                ps.setString(4, json);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    // Another writer that does not take the head lock created it meanwhile.
                    throw new VersionConflictException(typeName, id, 0, versionSeenElsewhere(id));
                }
                throw e;
            }
        }

        private long versionSeenElsewhere(String id) {
            try (Connection other = dataSource.getConnection()) {
                long v = storedVersionAndEvents(other, id)[0];
                return v == 0 ? 1 : v;
            } catch (SQLException e) {
                return 1;
            }
        }

        private void update(Connection c, String id, String json, int events, long current) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + p + "aggregate SET version = ?, events = ?, "
                    + "document = " + dialect.documentParameter()
                    + " WHERE aggregate_type = ? AND aggregate_id = ? AND version = ?")) {
                ps.setLong(1, current + 1);
                ps.setInt(2, events);
                ps.setString(3, json);
                ps.setString(4, typeName);
                ps.setString(5, id);
                ps.setLong(6, current);
                if (ps.executeUpdate() == 0) {
                    throw new VersionConflictException(typeName, id, current, storedVersionAndEvents(c, id)[0]);
                }
            }
        }

        private void deleteValues(Connection c, String id) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + p
                    + "query_value WHERE aggregate_type = ? AND aggregate_id = ?")) {
                ps.setString(1, typeName);
                ps.setString(2, id);
                ps.executeUpdate();
            }
        }

        private void insertValues(Connection c, String id, Map<String, String> values) throws SQLException {
            if (values.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + p
                    + "query_value (aggregate_type, aggregate_id, value_name, value_text) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, String> v : values.entrySet()) {
                    ps.setString(1, typeName);
                    ps.setString(2, id);
                    ps.setString(3, v.getKey());
                    ps.setString(4, v.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }

        private void checkId(String id) {
            if (id.length() > MAX_ID) {
                throw new ValidationException(Violation.of("aggregate.id", "OTP-JDBC-ID", "io.otp.persistence.jdbc.id.length",
                    "type", typeName, "length", id.length(), "max", MAX_ID));
            }
        }

        private void checkValues(Map<String, String> values) {
            List<Violation> v = new ArrayList<>();
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (e.getKey().length() > MAX_NAME || e.getValue().length() > MAX_VALUE) {
                    v.add(Violation.of("aggregate.queryValues[" + e.getKey() + "]", "OTP-JDBC-QUERY-VALUE",
                        "io.otp.persistence.jdbc.queryValue.length", "type", typeName, "name", e.getKey(),
                        "maxName", MAX_NAME, "maxValue", MAX_VALUE));
                }
            }
            if (!v.isEmpty()) {
                throw new ValidationException(v);
            }
        }

        private AuditChange change(String id, long before, long after, ChangeContext context, String action) {
            return AuditChange.builder().aggregateType(typeName).aggregateId(id).versionBefore(before)
                .versionAfter(after).actor(context.actor()).at(context.at()).action(action).summary(context.summary())
                .build();
        }
    }

    private final class JdbcAuditTrail implements AuditTrail {

        @Override
        public AuditEntry append(AuditChange change) {
            Objects.requireNonNull(change, "change");
            return write(tx -> JdbcPersistenceProvider.this.append(tx, List.of(change)).get(0));
        }

        @Override
        public List<AuditEntry> read(long fromPosition, int limit) {
            if (fromPosition < 1 || limit < 1) {
                throw new ValidationException(Violation.of(fromPosition < 1 ? "fromPosition" : "limit", "OTP-AUDIT-READ",
                    "io.otp.persistence.audit.read", "from", fromPosition, "limit", limit));
            }
            return JdbcPersistenceProvider.this.read(c -> List.copyOf(readEntries(c, fromPosition, limit)));
        }

        @Override
        public Optional<AuditEntry> last() {
            return JdbcPersistenceProvider.this.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT MAX(entry_position) FROM " + p + "audit_entry");
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long last = rs.getLong(1);
                    return last == 0 ? Optional.<AuditEntry>empty() : readEntries(c, last, 1).stream().findFirst();
                }
            });
        }
    }
}
