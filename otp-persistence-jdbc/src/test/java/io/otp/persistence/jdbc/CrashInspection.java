package io.otp.persistence.jdbc;

import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.TenderId;
import io.otp.core.need.Need;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.PersistenceProviders;
import io.otp.persistence.Query;
import io.otp.persistence.Stored;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.jdbc.CrashWriter.Item;
import io.otp.persistence.jdbc.CrashWriter.Kind;
import io.otp.persistence.jdbc.CrashWriter.Unit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reopens a store after a kill, the way the application would ({@code PersistenceProviders.open("jdbc", url,
 * migrate=true)}), and compares what it holds with what the writer was told: every acknowledged write is
 * there, the unit in flight at the kill landed whole or not at all, every stored aggregate has the audit entry
 * of its version, the audit head is the last entry, the query values are those of the documents, and the
 * chain verifies. Only one process holds the file: the writer is dead when this runs.
 */
final class CrashInspection {

    /** The kinds of finding, each a way the store can be wrong after a kill. */
    enum Finding {
        LOST("acknowledged write lost"),
        UNIT_HALF_APPLIED("unit of work half-applied"),
        AGGREGATE_WITHOUT_AUDIT("aggregate without the audit entry of its version"),
        AUDIT_WITHOUT_AGGREGATE("audit entry without its aggregate"),
        UNIT_AUDIT("audit entries of a unit differ from the unit"),
        HEAD_WITHOUT_ENTRY("audit head without its entry"),
        ENTRY_AFTER_HEAD("audit entry after the head"),
        CHAIN_BROKEN("audit chain broken"),
        QUERY_VALUES("query values differ from the documents"),
        UNEXPECTED("a write nobody made, or one undone"),
        STORE_DOES_NOT_OPEN("the store does not open after the kill"),
        WRITER("the writer process misbehaved");

        final String description;

        Finding(String description) {
            this.description = description;
        }
    }

    /** One thing found wrong. */
    record Problem(Finding finding, String detail) {
        @Override
        public String toString() {
            return finding.description + ": " + detail;
        }
    }

    /**
     * What was found.
     *
     * @param stored the versions stored by key ({@link Item#key(String, String)}); null if the store did not open
     * @param inFlightLanded whether the unit in flight at the kill is in the store
     * @param lost the keys that acknowledged writes of the last writer left at another version than stored
     * @param problems what is wrong, empty if nothing
     */
    record Outcome(Map<String, Long> stored, boolean inFlightLanded, Set<String> lost, List<Problem> problems) {
    }

    private final String url;

    private final List<Problem> problems = new ArrayList<>();

    private final Set<String> lost = new TreeSet<>();

    private CrashInspection(String url) {
        this.url = url;
    }

    /**
     * Inspects the store of a URL.
     *
     * @param url the JDBC URL the writer used
     * @param acknowledged the versions by key that the acknowledged writes leave
     * @param touched the keys the acknowledged writes of the last writer touched
     * @param inFlight the unit begun and not acknowledged when the writer died, or null
     * @param units every unit begun on this file, by id
     * @return what was found
     */
    static Outcome inspect(String url, Map<String, Long> acknowledged, Set<String> touched, Unit inFlight,
                           Map<String, Unit> units) {
        return new CrashInspection(url).run(acknowledged, touched, inFlight, units);
    }

    private Outcome run(Map<String, Long> acknowledged, Set<String> touched, Unit inFlight, Map<String, Unit> units) {
        PersistenceProvider store;
        try {
            store = PersistenceProviders.open("jdbc", Map.of("url", url, "migrate", "true"));
        } catch (RuntimeException e) {
            problems.add(new Problem(Finding.STORE_DOES_NOT_OPEN, String.valueOf(e.getMessage())));
            return new Outcome(null, false, lost, problems);
        }
        try (store; Connection raw = DriverManager.getConnection(url)) {
            Map<String, Stored<? extends Aggregate<?>>> documents = documents(store);
            Map<String, Long> stored = new HashMap<>();
            documents.forEach((k, s) -> stored.put(k, s.version()));
            boolean landed = compareWithAcknowledged(stored, acknowledged, touched, inFlight);
            List<AuditEntry> entries = audit(store);
            checkHead(raw, entries);
            checkAuditOfAggregates(stored, entries);
            checkAuditOfUnits(entries, units);
            checkQueryValues(raw, documents);
            checkQueries(store, documents);
            return new Outcome(stored, landed, lost, problems);
        } catch (SQLException e) {
            problems.add(new Problem(Finding.STORE_DOES_NOT_OPEN, "its tables cannot be read: " + e.getMessage()));
            return new Outcome(null, false, lost, problems);
        }
    }

    private static Map<String, Stored<? extends Aggregate<?>>> documents(PersistenceProvider store) {
        Map<String, Stored<? extends Aggregate<?>>> out = new TreeMap<>();
        for (Kind kind : Kind.values()) {
            for (Stored<? extends Aggregate<?>> s : kind.repository(store).find(Query.all())) {
                out.put(Item.key(kind.typeName, s.value().id().toString()), s);
            }
        }
        return out;
    }

    /** Checks (a): the store holds what the acknowledged writes left, plus at most the whole unit in flight. */
    private boolean compareWithAcknowledged(Map<String, Long> stored, Map<String, Long> acknowledged, Set<String> touched,
                                            Unit inFlight) {
        Map<String, Long> withInFlight = new HashMap<>(acknowledged);
        if (inFlight != null) {
            apply(withInFlight, inFlight);
        }
        Set<String> keys = new TreeSet<>(stored.keySet());
        keys.addAll(acknowledged.keySet());
        keys.addAll(withInFlight.keySet());
        List<String> landed = new ArrayList<>();
        List<String> notLanded = new ArrayList<>();
        for (String key : keys) {
            Long now = stored.get(key);
            Long told = acknowledged.get(key);
            Long ifLanded = withInFlight.get(key);
            boolean inUnit = !Objects.equals(told, ifLanded);
            if (Objects.equals(now, told)) {
                if (inUnit) {
                    notLanded.add(key);
                }
            } else if (inUnit && Objects.equals(now, ifLanded)) {
                landed.add(key);
            } else {
                String text = key + ": the acknowledged writes leave " + shown(told) + (inUnit ? " (with the unit in flight "
                    + shown(ifLanded) + ")" : "") + ", the store holds " + shown(now);
                if (touched.contains(key)) {
                    lost.add(key);
                }
                problems.add(new Problem(touched.contains(key) ? Finding.LOST : Finding.UNEXPECTED, text));
            }
        }
        if (!landed.isEmpty() && !notLanded.isEmpty()) {
            problems.add(new Problem(Finding.UNIT_HALF_APPLIED, "unit " + inFlight.id() + " (not acknowledged): "
                + landed + " landed, " + notLanded + " did not"));
        }
        return !landed.isEmpty();
    }

    static void apply(Map<String, Long> versions, Unit unit) {
        for (Item item : unit.items()) {
            if (item.isDelete()) {
                versions.remove(item.key());
            } else {
                versions.put(item.key(), item.version());
            }
        }
    }

    private static String shown(Long version) {
        return version == null ? "nothing" : "version " + version;
    }

    /** Checks (c): the chain verifies; returns its entries. */
    private List<AuditEntry> audit(PersistenceProvider store) {
        AuditVerification verification = store.auditTrail().verify();
        if (!verification.isIntact()) {
            problems.add(new Problem(Finding.CHAIN_BROKEN, verification.toString()));
        }
        List<AuditEntry> all = new ArrayList<>();
        List<AuditEntry> page;
        do {
            page = store.auditTrail().read(all.size() + 1L, 1000);
            all.addAll(page);
        } while (page.size() == 1000);
        return all;
    }

    /** Checks (b): the head row names the last entry, no more and no less. */
    private void checkHead(Connection raw, List<AuditEntry> entries) throws SQLException {
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).position();
        long head;
        try (Statement s = raw.createStatement();
                ResultSet rs = s.executeQuery("SELECT head_position FROM otp_audit_head WHERE id = 1")) {
            head = rs.next() ? rs.getLong(1) : -1;
        }
        if (head > last) {
            problems.add(new Problem(Finding.HEAD_WITHOUT_ENTRY, "the head is at position " + head
                + ", the last entry at " + last));
        } else if (head < last) {
            problems.add(new Problem(Finding.ENTRY_AFTER_HEAD, "the head is at position " + head
                + ", the last entry at " + last));
        }
    }

    /** Checks (b): each stored aggregate's last create or update entry records its version; deleted ones end deleted. */
    private void checkAuditOfAggregates(Map<String, Long> stored, List<AuditEntry> entries) {
        Map<String, AuditEntry> lastWrite = new HashMap<>();
        for (AuditEntry e : entries) {
            if (isWrite(e.change().action())) {
                lastWrite.put(Item.key(e.change().aggregateType(), e.change().aggregateId()), e);
            }
        }
        for (Map.Entry<String, Long> s : new TreeMap<>(stored).entrySet()) {
            AuditEntry e = lastWrite.get(s.getKey());
            if (e == null || e.change().action().equals(Item.DELETE) || e.change().versionAfter() != s.getValue()) {
                problems.add(new Problem(Finding.AGGREGATE_WITHOUT_AUDIT, s.getKey() + " at version " + s.getValue()
                    + (e == null ? " has no entry" : ": its last entry (position " + e.position() + ") records "
                    + e.change().action() + " to version " + e.change().versionAfter())));
            }
        }
        for (Map.Entry<String, AuditEntry> e : new TreeMap<>(lastWrite).entrySet()) {
            if (!stored.containsKey(e.getKey()) && !e.getValue().change().action().equals(Item.DELETE)) {
                problems.add(new Problem(Finding.AUDIT_WITHOUT_AGGREGATE, "entry " + e.getValue().position() + " records "
                    + e.getValue().change().action() + " of " + e.getKey() + " to version "
                    + e.getValue().change().versionAfter() + ", the store holds nothing"));
            }
        }
    }

    private static boolean isWrite(String action) {
        return action.equals("create") || action.equals("update") || action.equals(Item.DELETE);
    }

    /** Checks (b): the entries of each unit are those of all its writes. */
    private void checkAuditOfUnits(List<AuditEntry> entries, Map<String, Unit> units) {
        Map<String, Set<String>> written = new TreeMap<>();
        for (AuditEntry e : entries) {
            String summary = e.change().summary();
            if (isWrite(e.change().action()) && summary.startsWith(Unit.SUMMARY_PREFIX)) {
                written.computeIfAbsent(summary.substring(Unit.SUMMARY_PREFIX.length()), u -> new TreeSet<>())
                    .add(e.change().action() + ":" + e.change().aggregateType() + ":" + e.change().aggregateId() + ":"
                        + e.change().versionAfter());
            }
        }
        for (Map.Entry<String, Set<String>> w : written.entrySet()) {
            Unit unit = units.get(w.getKey());
            Set<String> planned = new TreeSet<>();
            if (unit != null) {
                for (Item i : unit.items()) {
                    planned.add(i.isDelete() ? Item.DELETE + ":" + i.type() + ":" + i.id() + ":" + (i.version() + 1)
                        : (i.version() == 1 ? "create" : "update") + ":" + i.type() + ":" + i.id() + ":" + i.version());
                }
            }
            if (!planned.equals(w.getValue())) {
                problems.add(new Problem(Finding.UNIT_AUDIT, "unit " + w.getKey() + " has entries " + w.getValue()
                    + ", its writes are " + planned));
            }
        }
    }

    /** Checks (b): the query-value rows are exactly those of each stored document. */
    private void checkQueryValues(Connection raw, Map<String, Stored<? extends Aggregate<?>>> documents)
            throws SQLException {
        Map<String, SortedMap<String, String>> rows = new TreeMap<>();
        try (Statement s = raw.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT aggregate_type, aggregate_id, value_name, value_text FROM otp_query_value")) {
            while (rs.next()) {
                rows.computeIfAbsent(Item.key(rs.getString(1), rs.getString(2)), k -> new TreeMap<>())
                    .put(rs.getString(3), rs.getString(4));
            }
        }
        for (Map.Entry<String, Stored<? extends Aggregate<?>>> d : documents.entrySet()) {
            SortedMap<String, String> expected = d.getValue().value().queryValues();
            SortedMap<String, String> found = rows.getOrDefault(d.getKey(), new TreeMap<>());
            if (!expected.equals(found)) {
                problems.add(new Problem(Finding.QUERY_VALUES, d.getKey() + " has rows " + found + ", its document "
                    + expected));
            }
        }
        for (String key : rows.keySet()) {
            if (!documents.containsKey(key)) {
                problems.add(new Problem(Finding.QUERY_VALUES, key + " is not stored but has rows " + rows.get(key)));
            }
        }
    }

    /** Checks (b) through the SPI: a tender's query finds its bids; a department's finds its needs. */
    private void checkQueries(PersistenceProvider store, Map<String, Stored<? extends Aggregate<?>>> documents) {
        Map<String, Set<String>> bidsByTender = new TreeMap<>();
        Map<String, Set<String>> needsByDepartment = new TreeMap<>();
        for (Stored<? extends Aggregate<?>> s : documents.values()) {
            if (s.value() instanceof Tender t) {
                bidsByTender.computeIfAbsent(t.id().value(), k -> new TreeSet<>());
            } else if (s.value() instanceof Bid b) {
                bidsByTender.computeIfAbsent(b.tender().value(), k -> new TreeSet<>()).add(b.id().value());
            } else if (s.value() instanceof Need n) {
                needsByDepartment.computeIfAbsent(n.requestingDepartment().value(), k -> new TreeSet<>()).add(n.id().value());
            }
        }
        bidsByTender.forEach((tender, bids) -> {
            Set<String> found = store.repository(Bid.class).find(Query.all().tender(TenderId.of(tender)))
                .stream().map(s -> s.value().id().value()).collect(Collectors.toCollection(TreeSet::new));
            if (!found.equals(bids)) {
                problems.add(new Problem(Finding.QUERY_VALUES, "the bids of tender " + tender + " are " + bids
                    + ", a query by tender finds " + found));
            }
        });
        needsByDepartment.forEach((department, needs) -> {
            Set<String> found = store.repository(Need.class).find(Query.all().department(DepartmentId.of(department)))
                .stream().map(s -> s.value().id().value()).collect(Collectors.toCollection(TreeSet::new));
            if (!found.equals(needs)) {
                problems.add(new Problem(Finding.QUERY_VALUES, "the needs of department " + department + " are " + needs
                    + ", a query by department finds " + found));
            }
        });
    }
}
