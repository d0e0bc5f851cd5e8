package io.otp.persistence.audit;

import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.id.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Histories of a store, for the tests of {@link AuditVerifier}: writes ({@code create}, {@code update},
 * {@code delete}) of a few aggregates of two types with domain-event entries between them, the chain of
 * entries a store appends for them (the first ones, optionally, of format {@value AuditChain#FORMAT_CHAIN}
 * as a store written before format {@value AuditChain#FORMAT_DOCUMENTS} holds them), and the documents
 * the store holds at the end, derived here step by step rather than by the verifier.
 */
final class AuditHistories {

    static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");

    /** The head given to {@link #verify} for a store that keeps none. */
    static final long NO_HEAD = Long.MIN_VALUE;

    private static final List<String[]> AGGREGATES = List.of(new String[] {"tender", "T-1"},
        new String[] {"tender", "T-2"}, new String[] {"bid", "B-1"}, new String[] {"bid", "B-2"},
        new String[] {"kpi-series", "2026/K\u00e9-1"});

    private AuditHistories() {
    }

    /** A document a store holds: its aggregate, its version and its JSON. */
    record Document(String type, String id, long version, String json) {

        /**
         * The digest the verifier is given for it.
         *
         * @return the digest
         */
        String hash() {
            return AuditChain.documentHash(json);
        }

        /**
         * The same document at another version.
         *
         * @param other the version
         * @return the copy
         */
        Document atVersion(long other) {
            return new Document(type, id, other, json);
        }

        /**
         * The same document with other contents.
         *
         * @param other the JSON
         * @return the copy
         */
        Document withJson(String other) {
            return new Document(type, id, version, other);
        }
    }

    /** What is known of an aggregate after a history: its last write and, if not deleted, its document. */
    record LastWrite(String type, String id, long position, boolean deleted, boolean digested,
                     Optional<Document> document) {
    }

    /** A history: the chain and, by aggregate (type and id, in the order first written), what it ends with. */
    record History(List<AuditEntry> entries, Map<String, LastWrite> aggregates) {

        /**
         * The documents the store holds.
         *
         * @return the documents, in the order their aggregates were first written
         */
        List<Document> documents() {
            return aggregates.values().stream().flatMap(a -> a.document().stream()).toList();
        }

        /**
         * The hash of the last entry.
         *
         * @return the hash, {@link AuditChain#GENESIS} for an empty history
         */
        String lastHash() {
            return entries.isEmpty() ? AuditChain.GENESIS : entries.get(entries.size() - 1).hash();
        }
    }

    /**
     * Histories of 0 to 30 steps; each step writes one aggregate (creating it if it is not stored, else
     * updating or deleting it), records 0 to 2 domain events of the aggregate after its write, or appends an
     * entry of no aggregate the store holds; the first 0 to 3 entries may be of format {@value AuditChain#FORMAT_CHAIN}.
     *
     * @return a generator of histories
     */
    static Gen<History> histories() {
        return Generate.intArrays(integers().between(0, 30), integers().between(0, Integer.MAX_VALUE))
            .zip(integers().between(0, 3), AuditHistories::replay);
    }

    /**
     * Plays steps: each number picks what the step does.
     *
     * @param steps the steps
     * @param legacy how many of the first entries are of format {@value AuditChain#FORMAT_CHAIN}
     * @return the history
     */
    static History replay(int[] steps, int legacy) {
        Builder b = new Builder(legacy);
        for (int step : steps) {
            String[] aggregate = AGGREGATES.get(step % AGGREGATES.size());
            int what = (step / AGGREGATES.size()) % 7;
            if (what == 6) {
                b.append("meeting", "M-" + (step % 3), "MEETING_HELD", 0, 1, Optional.empty());
            } else {
                b.write(aggregate[0], aggregate[1], what == 5, what % 3);
            }
        }
        return b.history();
    }

    /** Appends the entries of a history one step at a time. */
    static final class Builder {
        private final int legacy;
        private final List<AuditEntry> entries = new ArrayList<>();
        private final Map<String, LastWrite> aggregates = new LinkedHashMap<>();

        Builder(int legacy) {
            this.legacy = legacy;
        }

        /**
         * Writes an aggregate as a store does: creates it if it is not stored, else updates it or, if asked,
         * deletes it; then appends domain events of it.
         *
         * @param type the aggregate's type
         * @param id its id
         * @param delete whether to delete it if it is stored
         * @param events how many domain events to append after the write
         * @return this builder
         */
        Builder write(String type, String id, boolean delete, int events) {
            LastWrite before = aggregates.get(key(type, id));
            long version = before == null || before.deleted() ? 0 : before.document().orElseThrow().version();
            if (version > 0 && delete) {
                append(type, id, "delete", version, version + 1, Optional.empty());
                aggregates.put(key(type, id), new LastWrite(type, id, entries.size(), true, false, Optional.empty()));
                return this;
            }
            String json = "{\"id\":\"" + id + "\",\"version\":" + (version + 1) + ",\"amount\":" + (entries.size() + 1)
                + ".50}";
            boolean digested = entries.size() >= legacy;
            append(type, id, version == 0 ? "create" : "update", version, version + 1,
                Optional.of(AuditChain.documentHash(json)));
            aggregates.put(key(type, id), new LastWrite(type, id, entries.size(), false, digested,
                Optional.of(new Document(type, id, version + 1, json))));
            for (int i = 0; i < events; i++) {
                append(type, id, "STEP_" + i, version, version + 1, Optional.empty());
            }
            return this;
        }

        /**
         * Appends one entry, of format {@value AuditChain#FORMAT_CHAIN} (without its document hash) while the
         * history has fewer entries than its legacy count, else as {@link AuditChain#next} makes it.
         *
         * @return this builder
         */
        Builder append(String type, String id, String action, long before, long after, Optional<String> hash) {
            boolean old = entries.size() < legacy;
            AuditChange change = AuditChange.builder().aggregateType(type).aggregateId(id).versionBefore(before)
                .versionAfter(after).actor(PersonId.of("P-" + (entries.size() % 2))).at(T0.plusSeconds(entries.size()))
                .action(action).summary(action + " " + id).documentHash(old ? Optional.empty() : hash).build();
            Optional<AuditEntry> previous = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
            entries.add(old ? formatOne(previous, change) : AuditChain.next(previous, change));
            return this;
        }

        History history() {
            return new History(List.copyOf(entries), new LinkedHashMap<>(aggregates));
        }
    }

    /**
     * The entry of format {@value AuditChain#FORMAT_CHAIN} that follows another, built by hand.
     *
     * @param previous the entry before; empty for the first
     * @param change the change, without a document hash
     * @return the entry
     */
    static AuditEntry formatOne(Optional<AuditEntry> previous, AuditChange change) {
        long position = previous.map(p -> p.position() + 1).orElse(1L);
        String previousHash = previous.map(AuditEntry::hash).orElse(AuditChain.GENESIS);
        return AuditEntry.builder().format(AuditChain.FORMAT_CHAIN).position(position).change(change)
            .previousHash(previousHash).hash(AuditChain.hash(AuditChain.FORMAT_CHAIN, position, change, previousHash))
            .build();
    }

    /**
     * Runs a verifier over entries, a head (if the store keeps one, else {@link #NO_HEAD}) and documents.
     *
     * @param checkpoint the checkpoint
     * @param entries the entries in order
     * @param head the head, or {@link #NO_HEAD}
     * @param documents the documents stored
     * @return the outcome
     */
    static AuditVerification verify(AuditCheckpoint checkpoint, List<AuditEntry> entries, long head,
                                    Collection<Document> documents) {
        AuditVerifier verifier = AuditVerifier.create(checkpoint);
        for (AuditEntry e : entries) {
            if (!verifier.entry(e)) {
                break;
            }
        }
        if (head != NO_HEAD) {
            verifier.head(head);
        }
        verifier.beginDocuments();
        for (Document d : documents) {
            verifier.document(d.type(), d.id(), d.version(), d.hash());
        }
        return verifier.result();
    }

    /** The attributes of a change, to edit one or more and build the edited change. */
    static final class ChangeFields {
        String type;
        String id;
        long before;
        long after;
        PersonId actor;
        Instant at;
        String action;
        String summary;
        SortedMap<String, String> details;
        Optional<String> documentHash;

        private ChangeFields(AuditChange c) {
            type = c.aggregateType();
            id = c.aggregateId();
            before = c.versionBefore();
            after = c.versionAfter();
            actor = c.actor();
            at = c.at();
            action = c.action();
            summary = c.summary();
            details = new TreeMap<>(c.details());
            documentHash = c.documentHash();
        }

        private AuditChange build() {
            return AuditChange.builder().aggregateType(type).aggregateId(id).versionBefore(before).versionAfter(after)
                .actor(actor).at(at).action(action).summary(summary).putAllDetails(details).documentHash(documentHash)
                .build();
        }
    }

    /**
     * A change with some attributes edited.
     *
     * @param c the change
     * @param edit what to edit
     * @return the edited change
     */
    static AuditChange edited(AuditChange c, Consumer<ChangeFields> edit) {
        ChangeFields fields = new ChangeFields(c);
        edit.accept(fields);
        return fields.build();
    }

    /**
     * A stored entry whose change was replaced, keeping its position, format and hashes: an edit in the store.
     *
     * @param e the entry
     * @param change the change it holds now
     * @return the edited entry
     */
    static AuditEntry withChange(AuditEntry e, AuditChange change) {
        return AuditEntry.builder().format(e.format()).position(e.position()).change(change)
            .previousHash(e.previousHash()).hash(e.hash()).build();
    }

    static String key(String type, String id) {
        return type + " " + id;
    }
}
