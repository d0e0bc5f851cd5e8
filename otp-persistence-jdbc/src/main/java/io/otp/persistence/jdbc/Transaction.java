package io.otp.persistence.jdbc;

import io.otp.persistence.audit.AuditEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The connection and transaction of the current thread, with what it knows of the audit trail's head: whether
 * it holds the head's row locked, the head's position and last entry, and whether entries were appended, so
 * that the head's row is written once, just before the commit.
 *
 * <p>Used by one thread at a time (see {@link Transactions}).
 */
final class Transaction {

    private final Connection connection;

    private final Sql sql;

    private boolean headLocked;

    private boolean headMissing;

    /** Whether entries were appended, so that the head's row must be written before the commit. */
    private boolean headMoved;

    private long headPosition;

    /** The last entry of the chain; null until read. */
    private Optional<AuditEntry> last;

    Transaction(Connection connection, Sql sql) {
        this.connection = connection;
        this.sql = sql;
    }

    Connection connection() {
        return connection;
    }

    /**
     * Locks the row of the audit trail's head ({@code SELECT ... FOR UPDATE}) once per transaction, so that
     * writes are serialised and concurrent writers never fork the chain.
     */
    void lockHead() throws SQLException {
        if (headLocked) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.lockHead()); ResultSet rs = ps.executeQuery()) {
            // Without its row the head reads as position 0: verify() then names the trail that goes on past
            // it, and append() refuses to write.
            headMissing = !rs.next();
            headPosition = headMissing ? 0 : rs.getLong(1);
            headLocked = true;
        }
    }

    /** Whether the head's row was missing when {@link #lockHead()} locked it. */
    boolean headMissing() {
        return headMissing;
    }

    /** The head's position as this transaction leaves it. */
    long headPosition() {
        return headPosition;
    }

    /** The last entry of the chain as this transaction leaves it; null until read. */
    Optional<AuditEntry> last() {
        return last;
    }

    /** Records the last entry read; it does not move the head. */
    void lastRead(Optional<AuditEntry> entry) {
        this.last = entry;
    }

    /** Records entries appended up to {@code entry}: the head moves to it and is written before the commit. */
    void appended(AuditEntry entry) {
        this.last = Optional.of(entry);
        this.headPosition = entry.position();
        this.headMoved = true;
    }

    /**
     * Writes the head's row as the transaction leaves it, just before it commits: once per transaction, not once
     * per write, so that a unit of many writes does not pile up versions of one row (which PostgreSQL would
     * step through at every update until the commit).
     */
    void writeHead() throws SQLException {
        if (!headMoved) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.updateHead())) {
            ps.setLong(1, headPosition);
            ps.executeUpdate();
        }
    }

    /** What the transaction knows of the head now, to go back to if work under a savepoint fails. */
    Mark mark() {
        return new Mark(headLocked, headPosition, last);
    }

    /** Goes back to what the transaction knew of the head at a mark. */
    void reset(Mark mark) {
        headLocked = mark.headLocked;
        headPosition = mark.headPosition;
        last = mark.last;
    }

    /** What a transaction knew of the head at a savepoint. */
    static final class Mark {

        private final boolean headLocked;

        private final long headPosition;

        private final Optional<AuditEntry> last;

        private Mark(boolean headLocked, long headPosition, Optional<AuditEntry> last) {
            this.headLocked = headLocked;
            this.headPosition = headPosition;
            this.last = last;
        }
    }
}
