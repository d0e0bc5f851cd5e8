package io.otp.persistence.jdbc;

import io.otp.persistence.PersistenceException;
import io.otp.persistence.audit.AuditChain;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.audit.AuditCheckpoint;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditTrail;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.audit.AuditVerifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit trail of the JDBC store: entries are rows of {@code <prefix>audit_entry}, appended under the lock
 * of the head's row ({@link Transaction#lockHead()}) in the transaction of the write they record; the head's
 * position is written once, just before the commit.
 *
 * <p>This class is thread-safe if the data source is.
 */
final class JdbcAuditTrail implements AuditTrail {

    private final Transactions transactions;

    private final Sql sql;

    JdbcAuditTrail(Transactions transactions, Sql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    @Override
    public AuditEntry append(AuditChange change) {
        AuditChain.requireAppendable(change);
        return transactions.write(tx -> append(tx, List.of(change)).get(0));
    }

    @Override
    public List<AuditEntry> read(long fromPosition, int limit) {
        AuditChain.requireReadRange(fromPosition, limit);
        return transactions.read(c -> List.copyOf(readEntries(c, fromPosition, limit)));
    }

    @Override
    public Optional<AuditEntry> last() {
        return transactions.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.selectLastPosition()); ResultSet rs = ps.executeQuery()) {
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
        return transactions.write(tx -> verifyLocked(tx, AuditVerifier.create(checkpoint)));
    }

    /**
     * Appends the changes of a write after the head, in the transaction that holds the head's row locked.
     *
     * @throws PersistenceException if the head's row is missing (the store was not migrated, or the row was
     *     deleted outside the SDK)
     */
    List<AuditEntry> append(Transaction tx, List<AuditChange> changes) throws SQLException {
        if (tx.headMissing()) {
            throw new PersistenceException("the JDBC store with table prefix " + sql.prefix() + " has no row for the head"
                + " of its audit trail: on a new database call migrate(); on a migrated one the row was deleted outside"
                + " the SDK, which auditTrail().verify() reports");
        }
        if (tx.last() == null) {
            tx.lastRead(tx.headPosition() == 0 ? Optional.empty()
                : readEntries(tx.connection(), tx.headPosition(), 1).stream().findFirst());
        }
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        Optional<AuditEntry> last = tx.last();
        try (PreparedStatement ps = tx.connection().prepareStatement(sql.insertEntry())) {
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
                ps.setString(10, StoredRows.details(change));
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
        tx.appended(last.get());
        return entries;
    }

    private List<AuditEntry> readEntries(Connection c, long from, int limit) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.selectEntries())) {
            ps.setLong(1, from);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(StoredRows.entry(rs));
                }
            }
        }
        return out;
    }

    private AuditVerification verifyLocked(Transaction tx, AuditVerifier verifier) throws SQLException {
        Connection c = tx.connection();
        // From the lowest position stored, not from 1: a row inserted at position 0 or below is named too.
        long from = Long.MIN_VALUE;
        int read;
        do {
            read = 0;
            try (PreparedStatement ps = c.prepareStatement(sql.selectEntries())) {
                ps.setLong(1, from);
                ps.setInt(2, AuditTrail.VERIFY_PAGE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        long position = rs.getLong(1);
                        AuditEntry e;
                        try {
                            e = StoredRows.entryAt(rs);
                        } catch (RuntimeException x) {
                            verifier.unreadableEntry(position, StoredRows.reason(x));
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
        if (!verifier.head(tx.headPosition()) || !verifier.beginDocuments()) {
            return verifier.result();
        }
        try (PreparedStatement ps = c.prepareStatement(sql.selectAllDocuments())) {
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
                        verifier.unreadableDocument(type, id, version, StoredRows.reason(x));
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
