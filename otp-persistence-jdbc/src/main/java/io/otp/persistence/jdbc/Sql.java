package io.otp.persistence.jdbc;

import io.otp.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The SQL the store runs on its tables, for one table prefix and one {@link Dialect}; the tables themselves
 * and their migrations are {@link Schema}'s. Every value is a bound parameter: the only text put into SQL is
 * the prefix, which {@link JdbcSettings} restricts to letters, digits and underscores, and the dialect's
 * constants.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Sql {

    /** The columns of an audit entry, in the order {@link StoredRows#entryAt} reads them. */
    private static final String ENTRY_COLUMNS = "entry_position, aggregate_type, aggregate_id, version_before, "
        + "version_after, actor, changed_at, action, summary, details, previous_hash, hash, hash_format, document_hash";

    private final String p;

    private final Dialect dialect;

    Sql(String prefix, Dialect dialect) {
        this.p = prefix;
        this.dialect = dialect;
    }

    /** The table prefix. */
    String prefix() {
        return p;
    }

    /** The dialect. */
    Dialect dialect() {
        return dialect;
    }

    /** The name of the table of applied migrations. */
    String schemaVersionTable() {
        return p + "schema_version";
    }

    /** The last migration applied. */
    String selectSchemaVersion() {
        return "SELECT MAX(version) FROM " + p + "schema_version";
    }

    /** Records a migration applied: version, description, instant. */
    String insertSchemaVersion() {
        return "INSERT INTO " + p + "schema_version (version, description, applied_at) VALUES (?, ?, ?)";
    }

    /** An aggregate's version and document: type, id. */
    String selectAggregate() {
        return "SELECT version, document FROM " + p + "aggregate WHERE aggregate_type = ? AND aggregate_id = ?";
    }

    /** An aggregate's version and number of domain events: type, id. */
    String selectVersionAndEvents() {
        return "SELECT version, events FROM " + p + "aggregate WHERE aggregate_type = ? AND aggregate_id = ?";
    }

    /** A new aggregate at version 1: type, id, events, document. */
    String insertAggregate() {
        return "INSERT INTO " + p + "aggregate (aggregate_type, aggregate_id, version, events, document) VALUES (?, ?, 1, ?, "
            + dialect.documentParameter() + ")";
    }

    /** A new version of an aggregate over the one read: version, events, document, type, id, version read. */
    String updateAggregate() {
        return "UPDATE " + p + "aggregate SET version = ?, events = ?, document = " + dialect.documentParameter()
            + " WHERE aggregate_type = ? AND aggregate_id = ? AND version = ?";
    }

    /** Deletes an aggregate at the version read: type, id, version read. */
    String deleteAggregate() {
        return "DELETE FROM " + p + "aggregate WHERE aggregate_type = ? AND aggregate_id = ? AND version = ?";
    }

    /** Deletes an aggregate's query values: type, id. */
    String deleteQueryValues() {
        return "DELETE FROM " + p + "query_value WHERE aggregate_type = ? AND aggregate_id = ?";
    }

    /** One query value of an aggregate: type, id, name, value. */
    String insertQueryValue() {
        return "INSERT INTO " + p + "query_value (aggregate_type, aggregate_id, value_name, value_text) VALUES (?, ?, ?, ?)";
    }

    /**
     * The aggregates a query selects, by id, as version, document and id; {@link #bind} sets the parameters
     * but the last, the most rows to return.
     */
    String find(Query query) {
        return "SELECT a.version, a.document, a.aggregate_id FROM " + p + "aggregate a WHERE " + where(query)
            + " ORDER BY a.aggregate_id LIMIT ?";
    }

    /** The number of aggregates a query selects; {@link #bind} sets the parameters. */
    String count(Query query) {
        return "SELECT COUNT(*) FROM " + p + "aggregate a WHERE " + where(query);
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

    /**
     * Binds the parameters of {@link #find} or {@link #count}.
     *
     * @return the index of the next parameter
     */
    static int bind(PreparedStatement ps, String typeName, Query query) throws SQLException {
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

    /** Every stored document, in order of type and id, as type, id, version and document. */
    String selectAllDocuments() {
        return "SELECT aggregate_type, aggregate_id, version, document FROM " + p
            + "aggregate ORDER BY aggregate_type, aggregate_id";
    }

    /** Locks the row of the audit trail's head and reads its position. */
    String lockHead() {
        return "SELECT head_position FROM " + p + "audit_head WHERE id = 1 FOR UPDATE";
    }

    /** Moves the audit trail's head: position. */
    String updateHead() {
        return "UPDATE " + p + "audit_head SET head_position = ? WHERE id = 1";
    }

    /** The position of the last audit entry stored; 0 if none. */
    String selectLastPosition() {
        return "SELECT MAX(entry_position) FROM " + p + "audit_entry";
    }

    /** Audit entries in order of position, from a position, at most a limit: position, limit. */
    String selectEntries() {
        return "SELECT " + ENTRY_COLUMNS + " FROM " + p
            + "audit_entry WHERE entry_position >= ? ORDER BY entry_position LIMIT ?";
    }

    /** One audit entry, its columns in the order of {@link #ENTRY_COLUMNS}. */
    String insertEntry() {
        return "INSERT INTO " + p + "audit_entry (" + ENTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + dialect.documentParameter() + ", ?, ?, ?, ?)";
    }

    @Override
    public String toString() {
        return dialect + ", prefix " + p;
    }
}
