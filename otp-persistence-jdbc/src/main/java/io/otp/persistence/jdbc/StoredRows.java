package io.otp.persistence.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.persistence.PersistenceException;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.audit.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads back the rows the store wrote: aggregates' documents and audit entries. A row edited in the database
 * into something the SDK never writes is named as changed outside the SDK, never left to fail obscurely.
 *
 * <p>This class is stateless and thread-safe.
 */
final class StoredRows {

    private static final OtpJson JSON = OtpJson.standard();

    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private StoredRows() {
    }

    /** An audit entry's details as the store writes them. */
    static String details(AuditChange change) {
        return JSON.write(change.details());
    }

    /**
     * Reads a stored aggregate's document.
     *
     * @throws PersistenceException naming the aggregate if the document does not read back as its type
     *     (it was edited in the database; the cause is the {@link ValidationException} saying what is
     *     wrong) or is the document of another id
     */
    static <A extends Aggregate<?>> A document(String json, Class<A> type, String typeName, String id) {
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

    /**
     * Reads the audit entry at the current row of a result of {@link Sql#selectEntries()}.
     *
     * @throws PersistenceException naming the position if the row is not an entry the SDK writes
     */
    static AuditEntry entry(ResultSet rs) throws SQLException {
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

    /**
     * Reads the audit entry at the current row of a result of {@link Sql#selectEntries()}, failing as the
     * value types do on a row the SDK never writes.
     */
    static AuditEntry entryAt(ResultSet rs) throws SQLException {
        AuditChange change = AuditChange.builder().aggregateType(rs.getString(2)).aggregateId(rs.getString(3))
            .versionBefore(rs.getLong(4)).versionAfter(rs.getLong(5)).actor(PersonId.of(rs.getString(6)))
            .at(Instant.parse(rs.getString(7))).action(rs.getString(8)).summary(rs.getString(9))
            .putAllDetails(JSON.read(rs.getString(10), DETAILS))
            .documentHash(Optional.ofNullable(rs.getString(14)).map(String::trim)).build();
        return AuditEntry.builder().format(rs.getInt(13)).position(rs.getLong(1)).change(change)
            .previousHash(rs.getString(11).trim()).hash(rs.getString(12).trim()).build();
    }

    /** What went wrong reading a stored row, in one line for people. */
    static String reason(RuntimeException e) {
        if (e instanceof ValidationException && !((ValidationException) e).violations().isEmpty()) {
            return ((ValidationException) e).violations().get(0).toString();
        }
        return OtpMessages.printable(String.valueOf(e.getMessage()));
    }
}
