package io.otp.persistence.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.aggregate.DomainEvent;
import io.otp.core.id.PersonId;
import io.otp.core.id.TypedId;
import io.otp.core.json.OtpJson;
import io.otp.persistence.AggregateDocument;
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
import io.otp.persistence.audit.AuditCheckpoint;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditTrail;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.audit.AuditVerifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
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
import java.util.concurrent.locks.ReentrantLock;
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
 * covering the document, its query values and its audit entries (the {@code create} or {@code update}
 * entry carries the digest of the document, so that {@link AuditTrail#verify()} finds documents edited,
 * deleted or inserted in the database); it first locks the row of the audit trail's head
 * ({@code SELECT ... FOR UPDATE}), so writes are serialised and concurrent writers never fork the chain, and
 * writes the head's new position once, just before the commit. A
 * save names the version it read: {@code UPDATE ... WHERE version = ?} changes no row if another writer got
 * there first, and the write fails with a {@link VersionConflictException} carrying the version stored; a
 * create whose id exists fails likewise. Units of work share one connection and one transaction; inside
 * one, each write and each nested unit of work runs under a savepoint, so that a failure undoes exactly
 * what failed (rows, audit entries and the chain's position) and the work may go on. Every value is a
 * bound parameter; the only text put into SQL is the validated table prefix of {@link JdbcSettings}.
 *
 * <p>Limits are those of every store ({@link AggregateDocument}): ids up to {@value #MAX_ID} characters,
 * query-value names up to {@value #MAX_NAME} and values up to {@value #MAX_VALUE}, documents that read back
 * under the limits of {@link OtpJson#standard()}; beyond them a save fails with a
 * {@link ValidationException} and writes nothing. Audit summaries and details have no column limit (the
 * limits of {@link AuditChange} apply). On H2, give the URL a lock timeout of a few seconds
 * ({@code ;LOCK_TIMEOUT=10000}) if many threads write at once: writers wait for the head of the audit trail.
 *
 * <p>Durability is the database's: a commit is acknowledged when the database says it is committed. On
 * PostgreSQL with its defaults ({@code fsync}, {@code synchronous_commit}) a commit survives a power cut;
 * H2 writes each commit to the operating system before it returns only with {@code WRITE_DELAY=0} (which
 * {@link H2FileStore} and the {@code jdbc} factory set), and does not force it to the disk, so an H2
 * store survives the crash of its process, not a power cut.
 *
 * <p>This class is thread-safe if the data source is.
 */
public final class JdbcPersistenceProvider implements PersistenceProvider {

    /** The longest aggregate id the store keeps, as every store ({@link AggregateDocument#MAX_ID}). */
    public static final int MAX_ID = AggregateDocument.MAX_ID;

    /** The longest name of a query value ({@link AggregateDocument#MAX_NAME}). */
    public static final int MAX_NAME = AggregateDocument.MAX_NAME;

    /** The longest query value ({@link AggregateDocument#MAX_VALUE}). */
    public static final int MAX_VALUE = AggregateDocument.MAX_VALUE;

    private static final OtpJson JSON = OtpJson.standard();

    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {
    };

    /** The columns of an audit entry, in the order {@link #entryAt(ResultSet)} reads them. */
    private static final String ENTRY_COLUMNS = "entry_position, aggregate_type, aggregate_id, version_before, "
        + "version_after, actor, changed_at, action, summary, details, previous_hash, hash, hash_format, document_hash";

    private final DataSource dataSource;

    private final JdbcSettings settings;

    private final Dialect dialect;

    private final AutoCloseable owned;

    private final String p;

    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    /** The lock of write transactions on an H2 database kept in files (see {@link H2Durability#prepare}); else null. */
    private final ReentrantLock writers;

    /** Whether the database is H2 (whose ALTER TABLE works on a copy of the table). */
    private final boolean h2;

    private volatile boolean closed;

    /** Whether the tables were found at {@link #latestSchemaVersion()}; checked once, on first use. */
    private volatile boolean schemaReady;

    private JdbcPersistenceProvider(DataSource dataSource, JdbcSettings settings, AutoCloseable owned) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.owned = owned;
        this.p = settings.tablePrefix();
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            this.dialect = Dialect.of(product);
            this.h2 = product.equalsIgnoreCase("H2");
            this.writers = h2 ? H2Durability.prepare(c) : null;
        } catch (SQLException e) {
            throw failure("connect to the database", e);
        }
    }

    /**
     * Creates a store over a host's data source. The host keeps the data source (its pool, its
     * credentials) and closes it; {@link #close()} does not. Call {@link #migrate()} once to create
     * or upgrade the tables. On an H2 database file it sets the database's {@code WRITE_DELAY} to 0, so that
     * an acknowledged commit survives a crash of the process (H2's default acknowledges commits up to half a
     * second before writing them).
     *
     * @param dataSource where to connect; not null; a pooling data source is advised
     * @param settings the table prefix; not null
     * @return the provider, not null
     * @throws PersistenceException if no connection can be obtained, or an H2 database file's WRITE_DELAY cannot
     *     be set to 0
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
            if (h2) {
                dropLeftoverCopies(c);
            }
            return version;
        });
    }

    /**
     * Drops the copies H2 makes of a table while it alters it ({@code <TABLE>_COPY_<n>_<m>}): a process killed
     * during a migration leaves one behind for good, a second copy of the store's rows outside its audit trail.
     * Only tables of this store's prefix and of that exact form are dropped.
     */
    private void dropLeftoverCopies(Connection c) throws SQLException {
        java.util.regex.Pattern copy = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(p)
            + "[a-z_]+_copy_[0-9]+_[0-9]+", java.util.regex.Pattern.CASE_INSENSITIVE);
        List<String> leftovers = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (copy.matcher(name).matches()) {
                    leftovers.add(name);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : leftovers) {
                s.execute("DROP TABLE \"" + name + "\"");
            }
        }
    }

    /** Migrates the schema of a provider the SDK opened, closing it (and what it owns) if the migration fails. */
    JdbcPersistenceProvider migratedOrClosed() {
        try {
            migrate();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The schema version of the database: the last migration applied.
     *
     * @return the version; 0 if no migration was applied
     * @throws PersistenceException if the database cannot be read
     */
    public int schemaVersion() {
        open();
        return readUnchecked(c -> {
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
        ready();
        UnitOfWork unit = UnitOfWork.of(this);
        Tx tx = current.get();
        if (tx != null) {
            return savepoint(tx, t -> work.apply(unit));
        }
        return transaction(t -> work.apply(unit));
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

    /**
     * The failure of a database call. The driver's message may repeat the SQL with its bound values (a
     * summary, a document), so it is made printable (CWE-117) and cut to {@value #MAX_DRIVER_MESSAGE}
     * characters; the driver's exception stays attached as the cause.
     */
    private static PersistenceException failure(String what, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.length() > MAX_DRIVER_MESSAGE) {
            message = message.substring(0, MAX_DRIVER_MESSAGE) + "…";
        }
        return new PersistenceException("the JDBC store could not " + what + ": " + io.otp.core.OtpMessages.printable(message)
            + " (SQL state " + e.getSQLState() + ")", e);
    }

    /** The longest part of a driver's message repeated in the SDK's. */
    private static final int MAX_DRIVER_MESSAGE = 2_000;

    /** Work on a connection that may throw SQLException. */
    @FunctionalInterface
    private interface SqlWork<T, R> {
        R apply(T t) throws SQLException;
    }

    /** The connection and transaction of the current thread, with what is known of the audit trail's head. */
    private static final class Tx {
        final Connection connection;
        boolean headLocked;
        boolean headMissing;
        /** Whether entries were appended, so that the head's row must be written before the commit. */
        boolean headMoved;
        long headPosition;
        /** The last entry of the chain; null until read. */
        Optional<AuditEntry> last;

        Tx(Connection connection) {
            this.connection = connection;
        }
    }

    /**
     * Refuses to work on tables of another schema version than this code's, with what to do: a store not
     * migrated yet (call {@link #migrate()}), or one written by a newer version of the SDK.
     */
    private void ready() {
        open();
        if (schemaReady) {
            return;
        }
        int found = schemaVersion();
        int latest = latestSchemaVersion();
        if (found < latest) {
            throw new PersistenceException("the store's tables (prefix " + p + ") are at schema version " + found
                + " but this version of the SDK needs version " + latest + ": call migrate() once (for example at"
                + " deployment; the jdbc factory does it with the setting migrate=true) before using the store");
        }
        if (found > latest) {
            throw new PersistenceException("the store's tables (prefix " + p + ") are at schema version " + found
                + ", written by a newer version of the SDK; this version knows up to " + latest
                + ": use the newer version (a store is not moved back to an older schema)");
        }
        schemaReady = true;
    }

    private <R> R read(SqlWork<Connection, R> work) {
        ready();
        return readUnchecked(work);
    }

    /**
     * Reads without the schema check. The calling thread's interrupt flag is cleared for the call and set again
     * after it: H2 reads and writes its file through an interruptible channel, which an interrupt closes, and
     * with it the database for every user of the store (a host's {@code Future.cancel(true)} or
     * {@code shutdownNow()} would otherwise close the store).
     */
    private <R> R readUnchecked(SqlWork<Connection, R> work) {
        boolean interrupted = Thread.interrupted();
        try {
            return readOnConnection(work);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <R> R readOnConnection(SqlWork<Connection, R> work) {
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

    /** Runs a write: in a transaction of its own, or under a savepoint of the current unit of work. */
    private <R> R write(SqlWork<Tx, R> work) {
        ready();
        SqlWork<Tx, R> locked = t -> {
            lockHead(t);
            return work.apply(t);
        };
        Tx tx = current.get();
        return tx == null ? transaction(locked) : savepoint(tx, locked);
    }

    /** Runs a transaction, with the thread's interrupt flag cleared for it and set again after (see {@link #readUnchecked}). */
    private <R> R transaction(SqlWork<Tx, R> work) {
        boolean interrupted = Thread.interrupted();
        try {
            return transactionLocked(work);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <R> R transactionLocked(SqlWork<Tx, R> work) {
        if (writers == null) {
            return transactionOnConnection(work);
        }
        writers.lock();
        try {
            return transactionOnConnection(work);
        } finally {
            writers.unlock();
        }
    }

    private <R> R transactionOnConnection(SqlWork<Tx, R> work) {
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
            writeHead(tx);
            c.commit();
            return result;
        } catch (SQLException e) {
            rollback(c, e);
            throw failure("write", e);
        } catch (Throwable e) {
            // Any throwable, checked ones too (a language without checked exceptions can throw them from work):
            // the connection's reset below would otherwise commit what the work wrote.
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

    /**
     * Runs work of the current transaction under a savepoint: if it throws, the database goes back to the
     * savepoint and so does what the transaction knows of the audit trail's head (its position, its last
     * entry, whether its row is locked), so the transaction goes on as if the work had not run.
     */
    private <R> R savepoint(Tx tx, SqlWork<Tx, R> work) {
        Savepoint savepoint;
        try {
            savepoint = tx.connection.setSavepoint();
        } catch (SQLException e) {
            throw failure("write", e);
        }
        boolean headLocked = tx.headLocked;
        long headPosition = tx.headPosition;
        Optional<AuditEntry> last = tx.last;
        try {
            R result = work.apply(tx);
            tx.connection.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException e) {
            backTo(tx, savepoint, e);
            tx.headLocked = headLocked;
            tx.headPosition = headPosition;
            tx.last = last;
            throw failure("write", e);
        } catch (Throwable e) {
            backTo(tx, savepoint, e);
            tx.headLocked = headLocked;
            tx.headPosition = headPosition;
            tx.last = last;
            throw e;
        }
    }

    private static void backTo(Tx tx, Savepoint savepoint, Throwable cause) {
        try {
            tx.connection.rollback(savepoint);
        } catch (SQLException e) {
            cause.addSuppressed(e);
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
            // Without its row the head reads as position 0: verify() then names the trail that goes on past
            // it, and append() refuses to write.
            tx.headMissing = !rs.next();
            tx.headPosition = tx.headMissing ? 0 : rs.getLong(1);
            tx.headLocked = true;
        }
    }

    private List<AuditEntry> append(Tx tx, List<AuditChange> changes) throws SQLException {
        if (tx.headMissing) {
            throw new PersistenceException("the JDBC store with table prefix " + p + " has no row for the head of its"
                + " audit trail: on a new database call migrate(); on a migrated one the row was deleted outside the"
                + " SDK, which auditTrail().verify() reports");
        }
        if (tx.last == null) {
            tx.last = tx.headPosition == 0 ? Optional.empty() : readEntries(tx.connection, tx.headPosition, 1).stream()
                .findFirst();
        }
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        Optional<AuditEntry> last = tx.last;
        try (PreparedStatement ps = tx.connection.prepareStatement("INSERT INTO " + p + "audit_entry (entry_position, "
                + "aggregate_type, aggregate_id, version_before, version_after, actor, changed_at, action, summary, "
                + "details, previous_hash, hash, hash_format, document_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + dialect.documentParameter() + ", ?, ?, ?, ?)")) {
            for (AuditChange change : changes) {
                AuditEntry e = AuditChain.next(last, change);
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
                ps.setInt(13, e.format());
                ps.setString(14, change.documentHash().orElse(null));
                ps.addBatch();
                entries.add(e);
                last = Optional.of(e);
            }
            ps.executeBatch();
        }
        // What the transaction knows of the head changes only once the rows are written; the head's row is
        // written once, when the transaction commits.
        tx.last = last;
        tx.headPosition = last.get().position();
        tx.headMoved = true;
        return entries;
    }

    /**
     * Writes the head's row as the transaction leaves it, just before it commits: once per transaction, not once
     * per write, so that a unit of many writes does not pile up versions of one row (which PostgreSQL would
     * step through at every update until the commit).
     */
    private void writeHead(Tx tx) throws SQLException {
        if (!tx.headMoved) {
            return;
        }
        try (PreparedStatement ps = tx.connection.prepareStatement("UPDATE " + p + "audit_head SET head_position = ? WHERE id = 1")) {
            ps.setLong(1, tx.headPosition);
            ps.executeUpdate();
        }
    }

    private List<AuditEntry> readEntries(Connection c, long from, int limit) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM " + p
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
            .putAllDetails(JSON.read(rs.getString(10), DETAILS))
            .documentHash(Optional.ofNullable(rs.getString(14)).map(String::trim)).build();
        return AuditEntry.builder().format(rs.getInt(13)).position(rs.getLong(1)).change(change)
            .previousHash(rs.getString(11).trim()).hash(rs.getString(12).trim()).build();
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
            AggregateDocument document = AggregateDocument.of(type, aggregate);
            String id = document.id();
            return write(tx -> {
                Connection c = tx.connection;
                long[] stored = storedVersionAndEvents(c, id);
                long current = stored[0];
                if (current != expectedVersion) {
                    throw new VersionConflictException(typeName, id, expectedVersion, current);
                }
                if (current == 0) {
                    insert(c, id, document.json(), document.events());
                } else {
                    update(c, id, document.json(), document.events(), current);
                    deleteValues(c, id);
                }
                insertValues(c, id, document.queryValues());
                append(tx, document.changes(current, (int) stored[1], context));
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
                append(tx, List.of(AggregateDocument.deletion(typeName, key, current, context)));
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
                    // One more than the limit, to tell a complete list from part of a larger one.
                    ps.setInt(next, query.limit() + 1);
                    List<Stored<A>> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(Stored.of(document(rs.getString(2), type, typeName, rs.getString(3)), rs.getLong(1)));
                        }
                    }
                    return query.results(out, typeName);
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
            if (query.after().isPresent()) {
                sql.append(" AND a.aggregate_id > ?");
            }
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
            if (query.after().isPresent()) {
                ps.setString(i++, query.after().get());
            }
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
    }

    private final class JdbcAuditTrail implements AuditTrail {

        @Override
        public AuditEntry append(AuditChange change) {
            AuditChain.requireAppendable(change);
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

        /**
         * Verifies the chain page by page, the head position the store keeps, the checkpoint, and every stored
         * document against the last audited write of its aggregate, all under the lock of the head, so that no
         * write happens meanwhile. A row that no longer reads back is reported as edited, not thrown.
         */
        @Override
        public AuditVerification verify(AuditCheckpoint checkpoint) {
            Objects.requireNonNull(checkpoint, "checkpoint");
            return write(tx -> verifyLocked(tx, AuditVerifier.create(checkpoint)));
        }
    }

    private AuditVerification verifyLocked(Tx tx, AuditVerifier verifier) throws SQLException {
        Connection c = tx.connection;
        // From the lowest position stored, not from 1: a row inserted at position 0 or below is named too.
        long from = Long.MIN_VALUE;
        int read;
        do {
            read = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM " + p
                    + "audit_entry WHERE entry_position >= ? ORDER BY entry_position LIMIT ?")) {
                ps.setLong(1, from);
                ps.setInt(2, AuditTrail.VERIFY_PAGE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        long position = rs.getLong(1);
                        AuditEntry e;
                        try {
                            e = entryAt(rs);
                        } catch (RuntimeException x) {
                            verifier.unreadableEntry(position, reason(x));
                            return verifier.result();
                        }
                        if (!verifier.entry(e)) {
                            return verifier.result();
                        }
                        from = position + 1;
                    }
                }
            }
        } while (read == AuditTrail.VERIFY_PAGE);
        if (!verifier.head(tx.headPosition) || !verifier.beginDocuments()) {
            return verifier.result();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT aggregate_type, aggregate_id, version, document FROM " + p
                + "aggregate ORDER BY aggregate_type, aggregate_id")) {
            ps.setFetchSize(AuditTrail.VERIFY_PAGE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(1);
                    String id = rs.getString(2);
                    long version = rs.getLong(3);
                    String hash;
                    try {
                        hash = AuditChain.documentHash(rs.getString(4));
                    } catch (RuntimeException x) {
                        verifier.unreadableDocument(type, id, version, reason(x));
                        return verifier.result();
                    }
                    if (!verifier.document(type, id, version, hash)) {
                        return verifier.result();
                    }
                }
            }
        }
        return verifier.result();
    }
}
