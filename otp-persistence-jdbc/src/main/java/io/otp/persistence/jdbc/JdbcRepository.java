package io.otp.persistence.jdbc;

import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.TypedId;
import io.otp.persistence.AggregateDocument;
import io.otp.persistence.AggregateWrites;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.audit.AuditChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The aggregates of one type in the JDBC store: a row of {@code <prefix>aggregate} each, with its query values
 * as rows of {@code <prefix>query_value}. The version check and the audit changes of a write are those of
 * every store ({@link AggregateWrites}); the database makes the final comparison ({@code UPDATE ... WHERE
 * version = ?}), so a writer that does not take the head's lock still cannot overwrite a newer version.
 *
 * <p>This class is thread-safe if the data source is.
 *
 * @param <A> the type of the aggregates
 * @param <I> the type of their ids
 */
final class JdbcRepository<A extends Aggregate<I>, I extends TypedId> implements Repository<A, I> {

    private final Class<A> type;

    private final String typeName;

    private final Transactions transactions;

    private final Sql sql;

    private final JdbcAuditTrail audit;

    JdbcRepository(Class<A> type, Transactions transactions, Sql sql, JdbcAuditTrail audit) {
        this.type = type;
        this.typeName = Aggregate.typeName(type);
        this.transactions = transactions;
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Class<A> type() {
        return type;
    }

    @Override
    public Optional<Stored<A>> find(I id) {
        Objects.requireNonNull(id, "id");
        return transactions.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.selectAggregate())) {
                ps.setString(1, typeName);
                ps.setString(2, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                        ? Optional.of(Stored.of(StoredRows.document(rs.getString(2), type, typeName, id.toString()),
                            rs.getLong(1)))
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
        return transactions.write(tx -> {
            Connection c = tx.connection();
            StoredVersion stored = storedVersion(c, id);
            List<AuditChange> changes = AggregateWrites.save(document, expectedVersion, stored.version, stored.events,
                context);
            if (stored.version == 0) {
                insert(c, id, document.json(), document.events());
            } else {
                update(c, id, document.json(), document.events(), stored.version);
                deleteValues(c, id);
            }
            insertValues(c, id, document.queryValues());
            audit.append(tx, changes);
            return Stored.of(aggregate, stored.version + 1);
        });
    }

    @Override
    public void delete(I id, long expectedVersion, ChangeContext context) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(context, "context");
        String key = id.toString();
        transactions.write(tx -> {
            Connection c = tx.connection();
            long current = storedVersion(c, key).version;
            AuditChange deletion = AggregateWrites.delete(typeName, key, expectedVersion, current, context);
            try (PreparedStatement ps = c.prepareStatement(sql.deleteAggregate())) {
                ps.setString(1, typeName);
                ps.setString(2, key);
                ps.setLong(3, current);
                if (ps.executeUpdate() == 0) {
                    throw AggregateWrites.conflict(typeName, key, expectedVersion, storedVersion(c, key).version);
                }
            }
            deleteValues(c, key);
            audit.append(tx, List.of(deletion));
            return null;
        });
    }

    @Override
    public List<Stored<A>> find(Query query) {
        Objects.requireNonNull(query, "query");
        return transactions.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.find(query))) {
                int next = Sql.bind(ps, typeName, query);
                // One more than the limit, to tell a complete list from part of a larger one.
                ps.setInt(next, query.limit() + 1);
                List<Stored<A>> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Stored.of(StoredRows.document(rs.getString(2), type, typeName, rs.getString(3)),
                            rs.getLong(1)));
                    }
                }
                return query.results(out, typeName);
            }
        });
    }

    @Override
    public long count(Query query) {
        Objects.requireNonNull(query, "query");
        return transactions.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.count(query))) {
                Sql.bind(ps, typeName, query);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The version stored (0 if none) and the number of domain events it had recorded. */
    private StoredVersion storedVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.selectVersionAndEvents())) {
            ps.setString(1, typeName);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new StoredVersion(rs.getLong(1), rs.getInt(2)) : StoredVersion.NONE;
            }
        }
    }

    private void insert(Connection c, String id, String json, int events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.insertAggregate())) {
            ps.setString(1, typeName);
            ps.setString(2, id);
            ps.setInt(3, events);
            ps.setString(4, json);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                // Another writer that does not take the head lock created it meanwhile.
                throw AggregateWrites.conflict(typeName, id, 0, versionSeenElsewhere(id));
            }
            throw e;
        }
    }

    private long versionSeenElsewhere(String id) {
        try (Connection other = transactions.otherConnection()) {
            long v = storedVersion(other, id).version;
            return v == 0 ? 1 : v;
        } catch (SQLException e) {
            return 1;
        }
    }

    private void update(Connection c, String id, String json, int events, long current) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.updateAggregate())) {
            ps.setLong(1, current + 1);
            ps.setInt(2, events);
            ps.setString(3, json);
            ps.setString(4, typeName);
            ps.setString(5, id);
            ps.setLong(6, current);
            if (ps.executeUpdate() == 0) {
                throw AggregateWrites.conflict(typeName, id, current, storedVersion(c, id).version);
            }
        }
    }

    private void deleteValues(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.deleteQueryValues())) {
            ps.setString(1, typeName);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    private void insertValues(Connection c, String id, Map<String, String> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql.insertQueryValue())) {
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

    /** What the store holds of an aggregate: its version (0 if none) and the domain events that version had recorded. */
    private static final class StoredVersion {

        static final StoredVersion NONE = new StoredVersion(0, 0);

        final long version;

        final int events;

        StoredVersion(long version, int events) {
            this.version = version;
            this.events = events;
        }
    }
}
