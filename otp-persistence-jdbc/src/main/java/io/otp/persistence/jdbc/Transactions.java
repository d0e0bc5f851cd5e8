package io.otp.persistence.jdbc;

import io.otp.core.OtpMessages;
import io.otp.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * How the store's work reaches the database: reads on a connection of their own or on the current
 * transaction's, writes in a transaction of their own or under a savepoint of the current unit of work, each
 * write first locking the audit trail's head, and the head's row written once before each commit. Every call
 * is refused once the store is closed, and every read and write on tables of another schema version than
 * this code's.
 *
 * <p>This class is thread-safe if the data source is.
 */
final class Transactions {

    /** The longest part of a driver's message repeated in the SDK's. */
    private static final int MAX_DRIVER_MESSAGE = 2_000;

    private final DataSource dataSource;

    private final Sql sql;

    /** The lock of write transactions on an H2 database kept in files (see {@link H2Durability#prepare}); else null. */
    private final ReentrantLock writers;

    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    private volatile boolean closed;

    /** Whether the tables were found at {@link JdbcPersistenceProvider#latestSchemaVersion()}; checked once, on first use. */
    private volatile boolean schemaReady;

    Transactions(DataSource dataSource, Sql sql, ReentrantLock writers) {
        this.dataSource = dataSource;
        this.sql = sql;
        this.writers = writers;
    }

    /** Work on a connection or a transaction that may throw SQLException. */
    @FunctionalInterface
    interface SqlWork<T, R> {
        R apply(T t) throws SQLException;
    }

    /**
     * The failure of a database call. The driver's message may repeat the SQL with its bound values (a
     * summary, a document), so it is made printable (CWE-117) and cut to {@value #MAX_DRIVER_MESSAGE}
     * characters; the driver's exception stays attached as the cause.
     */
    static PersistenceException failure(String what, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.length() > MAX_DRIVER_MESSAGE) {
            message = message.substring(0, MAX_DRIVER_MESSAGE) + "…";
        }
        return new PersistenceException("the JDBC store could not " + what + ": " + OtpMessages.printable(message)
            + " (SQL state " + e.getSQLState() + ")", e);
    }

    /** Refuses every call from now on. */
    void close() {
        closed = true;
    }

    /** Refuses work once the store is closed. */
    void requireOpen() {
        if (closed) {
            throw new PersistenceException("the JDBC store is closed");
        }
    }

    /**
     * The schema version of the database: the last migration applied; 0 if none was.
     */
    int schemaVersion() {
        requireOpen();
        return readUnchecked(c -> {
            DatabaseMetaData meta = c.getMetaData();
            String table = sql.schemaVersionTable();
            boolean exists;
            try (ResultSet upper = meta.getTables(null, null, table.toUpperCase(Locale.ROOT), null);
                    ResultSet lower = meta.getTables(null, null, table, null)) {
                exists = upper.next() || lower.next();
            }
            return exists ? readSchemaVersion(c) : 0;
        });
    }

    /** The last migration recorded in the table of applied migrations, which exists. */
    int readSchemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.selectSchemaVersion())) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Refuses to work on tables of another schema version than this code's, with what to do: a store not
     * migrated yet (call {@link JdbcPersistenceProvider#migrate()}), or one written by a newer version of the SDK.
     */
    void ready() {
        requireOpen();
        if (schemaReady) {
            return;
        }
        int found = schemaVersion();
        int latest = JdbcPersistenceProvider.latestSchemaVersion();
        String p = sql.prefix();
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

    /** Reads, on tables of this code's schema version. */
    <R> R read(SqlWork<Connection, R> work) {
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
        Transaction tx = current.get();
        try {
            if (tx != null) {
                return work.apply(tx.connection());
            }
            try (Connection c = dataSource.getConnection()) {
                return work.apply(c);
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Runs a write: in a transaction of its own, or under a savepoint of the current unit of work. */
    <R> R write(SqlWork<Transaction, R> work) {
        ready();
        SqlWork<Transaction, R> locked = t -> {
            t.lockHead();
            return work.apply(t);
        };
        Transaction tx = current.get();
        return tx == null ? transaction(locked) : savepoint(tx, locked);
    }

    /**
     * Runs a unit of work: in a transaction of its own, or under a savepoint of the current one when units
     * nest, so that a failure undoes exactly what failed.
     */
    <R> R unitOfWork(Supplier<R> work) {
        ready();
        Transaction tx = current.get();
        if (tx != null) {
            return savepoint(tx, t -> work.get());
        }
        return transaction(t -> work.get());
    }

    /**
     * Runs a transaction without the schema check (the migration's), with the thread's interrupt flag cleared for
     * it and set again after (see {@link #readUnchecked}).
     */
    <R> R transaction(SqlWork<Transaction, R> work) {
        boolean interrupted = Thread.interrupted();
        try {
            return transactionLocked(work);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <R> R transactionLocked(SqlWork<Transaction, R> work) {
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

    private <R> R transactionOnConnection(SqlWork<Transaction, R> work) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw failure("connect to the database", e);
        }
        Transaction tx = new Transaction(c, sql);
        current.set(tx);
        try {
            c.setAutoCommit(false);
            R result = work.apply(tx);
            tx.writeHead();
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
    private <R> R savepoint(Transaction tx, SqlWork<Transaction, R> work) {
        Savepoint savepoint;
        try {
            savepoint = tx.connection().setSavepoint();
        } catch (SQLException e) {
            throw failure("write", e);
        }
        Transaction.Mark mark = tx.mark();
        try {
            R result = work.apply(tx);
            tx.connection().releaseSavepoint(savepoint);
            return result;
        } catch (SQLException e) {
            backTo(tx, savepoint, e);
            tx.reset(mark);
            throw failure("write", e);
        } catch (Throwable e) {
            backTo(tx, savepoint, e);
            tx.reset(mark);
            throw e;
        }
    }

    private static void backTo(Transaction tx, Savepoint savepoint, Throwable cause) {
        try {
            tx.connection().rollback(savepoint);
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

    /** A connection outside the current transaction, for what another writer committed meanwhile. */
    Connection otherConnection() throws SQLException {
        return dataSource.getConnection();
    }
}
