package io.otp.persistence.jdbc;

import io.otp.core.ValidationException;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.TypedId;
import io.otp.core.json.OtpJson;
import io.otp.persistence.AggregateDocument;
import io.otp.persistence.PersistenceException;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.UnitOfWork;
import io.otp.persistence.VersionConflictException;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.audit.AuditTrail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.regex.Pattern;
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

    private final JdbcSettings settings;

    private final Sql sql;

    private final AutoCloseable owned;

    /** Whether the database is H2 (whose ALTER TABLE works on a copy of the table). */
    private final boolean h2;

    private final Transactions transactions;

    private final JdbcAuditTrail auditTrail;

    private JdbcPersistenceProvider(DataSource dataSource, JdbcSettings settings, AutoCloseable owned) {
        this.settings = settings;
        this.owned = owned;
        ReentrantLock writers;
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            this.sql = new Sql(settings.tablePrefix(), Dialect.of(product));
            this.h2 = product.equalsIgnoreCase("H2");
            // The lock of write transactions on an H2 database kept in files (see H2Durability#prepare); else null.
            writers = h2 ? H2Durability.prepare(c) : null;
        } catch (SQLException e) {
            throw Transactions.failure("connect to the database", e);
        }
        this.transactions = new Transactions(dataSource, sql, writers);
        this.auditTrail = new JdbcAuditTrail(transactions, sql);
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
        transactions.requireOpen();
        String p = sql.prefix();
        return transactions.transaction(tx -> {
            Connection c = tx.connection();
            try (Statement s = c.createStatement()) {
                s.execute(Schema.versionTable(p));
            }
            int version = transactions.readSchemaVersion(c);
            for (Schema.Migration m : Schema.migrations(p, sql.dialect())) {
                if (m.version() <= version) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String statement : m.statements()) {
                        s.execute(statement);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(sql.insertSchemaVersion())) {
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
        Pattern copy = Pattern.compile(Pattern.quote(sql.prefix()) + "[a-z_]+_copy_[0-9]+_[0-9]+",
            Pattern.CASE_INSENSITIVE);
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
        return transactions.schemaVersion();
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public <A extends Aggregate<I>, I extends TypedId> Repository<A, I> repository(Class<A> type) {
        return new JdbcRepository<>(Objects.requireNonNull(type, "type"), transactions, sql, auditTrail);
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public <R> R inUnitOfWork(Function<UnitOfWork, R> work) {
        Objects.requireNonNull(work, "work");
        transactions.ready();
        UnitOfWork unit = UnitOfWork.of(this);
        return transactions.unitOfWork(() -> work.apply(unit));
    }

    /**
     * Marks the provider closed and, if it was opened by the {@code jdbc} factory, closes its
     * connection pool; a host's data source stays open.
     */
    @Override
    public void close() {
        transactions.close();
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
        return "JdbcPersistenceProvider[" + sql.dialect() + ", " + settings + "]";
    }
}
