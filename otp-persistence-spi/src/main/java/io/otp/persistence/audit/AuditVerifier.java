package io.otp.persistence.audit;

import io.otp.core.OtpMessages;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies an audit trail as a store reads it, one entry at a time, so that a long trail need not be held
 * in memory: the chain (each entry's hash, position and link), then what the store knows besides the chain
 * (the head position it keeps, a checkpoint kept elsewhere), then every document the store holds against the
 * last audited write of its aggregate.
 *
 * <pre>{@code
 * AuditVerifier verifier = AuditVerifier.create(checkpoint);
 * for (AuditEntry e : entriesInOrder) { if (!verifier.entry(e)) break; }
 * verifier.head(headPositionTheStoreKeeps);
 * verifier.beginDocuments();
 * for (each stored document) verifier.document(type, id, version, AuditChain.documentHash(json));
 * AuditVerification outcome = verifier.result();
 * }</pre>
 *
 * <p>The writes are the entries whose action is {@code create}, {@code update} or {@code delete}, which only
 * a store's repositories append; the last of them for an aggregate says whether a document must be stored,
 * at which version, and (from format {@value AuditChain#FORMAT_DOCUMENTS} on) with which digest. The first
 * problem found is the one reported; problems are looked for in the order of the steps above.
 *
 * <p>This class is not thread-safe: one verifier serves one verification.
 */
public final class AuditVerifier {

    private final AuditCheckpoint checkpoint;

    private final Map<String, Write> writes = new HashMap<>();

    private long index;

    private String previousHash = AuditChain.GENESIS;

    private String hashAtCheckpoint;

    private boolean entriesDone;

    private boolean documentsBegun;

    private long documents;
    private long versionOnly;

    private AuditVerification broken;

    private AuditVerifier(AuditCheckpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    /**
     * A verifier without a checkpoint.
     *
     * @return a new verifier, not null
     */
    public static AuditVerifier create() {
        return new AuditVerifier(AuditCheckpoint.empty());
    }

    /**
     * A verifier that also proves the trail still holds a checkpointed entry and everything before it.
     *
     * @param checkpoint the checkpoint kept outside the store; {@link AuditCheckpoint#empty()} for none; not null
     * @return a new verifier, not null
     */
    public static AuditVerifier create(AuditCheckpoint checkpoint) {
        return new AuditVerifier(Objects.requireNonNull(checkpoint, "checkpoint"));
    }

    /**
     * Takes the next entry of the chain, in the order stored from the first.
     *
     * @param e the entry; not null
     * @return true if nothing is wrong so far (once false, further input is ignored)
     * @throws IllegalStateException if documents were already given
     */
    public boolean entry(AuditEntry e) {
        Objects.requireNonNull(e, "e");
        if (entriesDone) {
            throw new IllegalStateException("entries come before the head and the documents");
        }
        if (broken != null) {
            return false;
        }
        index++;
        String computed = AuditChain.hash(e.format(), e.position(), e.change(), e.previousHash());
        if (!computed.equals(e.hash())) {
            return fail(ImmutableAuditVerification.builder().firstBadPosition(index).problem(AuditProblem.EDITED)
                .detail("entry " + index + " records hash " + e.hash() + " but its contents give " + computed
                    + ": it was edited"));
        }
        if (e.position() != index) {
            return fail(ImmutableAuditVerification.builder().firstBadPosition(index).problem(AuditProblem.POSITION)
                .detail("entry " + index + " says it is at position " + e.position()
                    + ": entries were deleted, inserted or reordered"));
        }
        if (!e.previousHash().equals(previousHash)) {
            return fail(ImmutableAuditVerification.builder().firstBadPosition(index).problem(AuditProblem.BROKEN_LINK)
                .detail("entry " + index + " follows hash " + e.previousHash() + " but the entry before it has hash "
                    + previousHash + ": an entry before it was altered, deleted, inserted or reordered"));
        }
        previousHash = e.hash();
        if (index == checkpoint.position()) {
            hashAtCheckpoint = e.hash();
        }
        AuditChange c = e.change();
        String action = c.action();
        if (AuditChain.isWrite(action)) {
            writes.put(key(c.aggregateType(), c.aggregateId()), new Write(index, action.equals("delete"),
                c.versionAfter(), c.documentHash()));
        }
        return true;
    }

    /**
     * Reports that the next entry of the chain cannot be read back from the store at all (a row edited into
     * something that is not an entry): the chain is {@link AuditProblem#EDITED} there.
     *
     * @param storedPosition the position the store holds the row at
     * @param reason what is wrong with it, in one line; not null
     * @return false
     */
    public boolean unreadableEntry(long storedPosition, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (entriesDone) {
            throw new IllegalStateException("entries come before the head and the documents");
        }
        if (broken != null) {
            return false;
        }
        index++;
        return fail(ImmutableAuditVerification.builder().firstBadPosition(index).problem(AuditProblem.EDITED)
            .detail("the entry stored at position " + storedPosition + " no longer reads back (" + reason
                + "): it was edited"));
    }

    /**
     * Compares the head the store keeps (the position of its last entry, recorded apart from the entries)
     * with the entries given, and the checkpoint with them. Call it after the last entry, if the store keeps a
     * head.
     *
     * @param position the head's position, 0 for an empty trail
     * @return true if nothing is wrong so far
     */
    public boolean head(long position) {
        endEntries();
        if (broken != null) {
            return false;
        }
        if (position > index) {
            return fail(ImmutableAuditVerification.builder().firstBadPosition(index + 1).problem(AuditProblem.TRUNCATED)
                .detail("the store's head says the trail ends at position " + position + " but it ends at " + index
                    + ": the last " + (position - index) + " entries were deleted"));
        }
        if (position < index) {
            return fail(ImmutableAuditVerification.builder().firstBadPosition(Math.max(1, position + 1))
                .problem(AuditProblem.HEAD)
                .detail("the store's head says the trail ends at position " + position + " but it goes on to " + index
                    + ": entries were added after the head, or the head was edited"));
        }
        return true;
    }

    /**
     * Starts the check of the stored documents: after it, give every document the store holds with
     * {@link #document}; {@link #result()} then also reports audited writes whose document is missing.
     *
     * @return true if nothing is wrong so far
     */
    public boolean beginDocuments() {
        endEntries();
        documentsBegun = true;
        return broken == null;
    }

    /**
     * Checks one stored document against the last audited write of its aggregate.
     *
     * @param aggregateType the aggregate's type, e.g. {@code bid}; not null
     * @param aggregateId its id as text; not null
     * @param version the version stored with it
     * @param documentHash the digest of the stored document, {@link AuditChain#documentHash(String)}; not null
     * @return true if nothing is wrong so far
     * @throws IllegalStateException if {@link #beginDocuments()} was not called
     */
    public boolean document(String aggregateType, String aggregateId, long version, String documentHash) {
        Objects.requireNonNull(documentHash, "documentHash");
        Write w = recorded(aggregateType, aggregateId, version);
        if (w == null) {
            return false;
        }
        String name = aggregateType + " " + OtpMessages.printable(aggregateId);
        if (w.versionAfter != version) {
            return fail(documentProblem(aggregateType, aggregateId, AuditProblem.DOCUMENT_VERSION)
                .firstBadPosition(w.position).detail(name + " is stored at version " + version + " but its last audited"
                    + " write, entry " + w.position + ", left it at version " + w.versionAfter));
        }
        if (w.documentHash.isEmpty()) {
            // written by an entry of format 1, before entries recorded document digests: only the version is checked
            versionOnly++;
        } else if (!w.documentHash.get().equals(documentHash)) {
            return fail(documentProblem(aggregateType, aggregateId, AuditProblem.DOCUMENT_EDITED)
                .firstBadPosition(w.position).detail(name + " has digest " + documentHash + " but entry " + w.position
                    + " recorded " + w.documentHash.get() + " for the document it wrote: it was edited"));
        }
        return true;
    }

    /**
     * Reports a stored document that cannot be read back at all (text that is not JSON, or beyond the
     * limits of the SDK's JSON): {@link AuditProblem#DOCUMENT_EDITED}, or
     * {@link AuditProblem#DOCUMENT_UNRECORDED} if no audited write left a document there.
     *
     * @param aggregateType the aggregate's type; not null
     * @param aggregateId its id as text; not null
     * @param version the version stored with it
     * @param reason what is wrong with it, in one line; not null
     * @return false
     * @throws IllegalStateException if {@link #beginDocuments()} was not called
     */
    public boolean unreadableDocument(String aggregateType, String aggregateId, long version, String reason) {
        Objects.requireNonNull(reason, "reason");
        Write w = recorded(aggregateType, aggregateId, version);
        if (w == null) {
            return false;
        }
        return fail(documentProblem(aggregateType, aggregateId, AuditProblem.DOCUMENT_EDITED).firstBadPosition(w.position)
            .detail(aggregateType + " " + OtpMessages.printable(aggregateId) + " at version " + version
                + " no longer reads back (" + reason + "): it was edited"));
    }

    /**
     * The last audited write of a stored document, marked seen; null, with the problem recorded, if the
     * trail is broken already or no audited write left a document there.
     */
    private Write recorded(String aggregateType, String aggregateId, long version) {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        if (!documentsBegun) {
            throw new IllegalStateException("call beginDocuments() before giving documents");
        }
        if (broken != null) {
            return null;
        }
        documents++;
        Write w = writes.get(key(aggregateType, aggregateId));
        String name = aggregateType + " " + OtpMessages.printable(aggregateId);
        if (w == null) {
            fail(documentProblem(aggregateType, aggregateId, AuditProblem.DOCUMENT_UNRECORDED).detail(name
                + " is stored at version " + version + " but no audited write created it: it was inserted outside the SDK"));
            return null;
        }
        if (w.deleted) {
            fail(documentProblem(aggregateType, aggregateId, AuditProblem.DOCUMENT_UNRECORDED).firstBadPosition(w.position)
                .detail(name + " is stored at version " + version + " but entry " + w.position
                    + " deleted it: it was restored outside the SDK"));
            return null;
        }
        w.seen = true;
        return w;
    }

    /**
     * The outcome: the first problem found, or intact.
     *
     * @return the verification, not null
     */
    public AuditVerification result() {
        endEntries();
        if (broken == null && documentsBegun) {
            Map.Entry<String, Write> missing = null;
            for (Map.Entry<String, Write> w : writes.entrySet()) {
                if (!w.getValue().deleted && !w.getValue().seen
                        && (missing == null || w.getValue().position < missing.getValue().position)) {
                    missing = w;
                }
            }
            if (missing != null) {
                String[] typeAndId = missing.getKey().split("\u0000", 2);
                fail(documentProblem(typeAndId[0], typeAndId[1], AuditProblem.DOCUMENT_MISSING)
                    .firstBadPosition(missing.getValue().position).detail(typeAndId[0] + " "
                        + OtpMessages.printable(typeAndId[1]) + " was written at version " + missing.getValue().versionAfter
                        + " by entry " + missing.getValue().position + " but is not stored: it was deleted outside the SDK"));
            }
        }
        if (broken != null) {
            return broken;
        }
        return ImmutableAuditVerification.builder().entries(index).documents(documents)
            .documentsVersionOnly(versionOnly).lastHash(previousHash).build();
    }

    private void endEntries() {
        if (entriesDone) {
            return;
        }
        entriesDone = true;
        if (broken != null || checkpoint.position() == 0) {
            return;
        }
        if (checkpoint.position() > index) {
            fail(ImmutableAuditVerification.builder().firstBadPosition(index + 1).problem(AuditProblem.TRUNCATED)
                .detail("the checkpoint records entry " + checkpoint.position() + " but the trail ends at position "
                    + index + ": entries after " + index + " were deleted"));
        } else if (!checkpoint.hash().equals(hashAtCheckpoint)) {
            fail(ImmutableAuditVerification.builder().firstBadPosition(checkpoint.position())
                .problem(AuditProblem.CHECKPOINT).detail("the checkpoint records hash " + checkpoint.hash()
                    + " for entry " + checkpoint.position() + " but the trail holds " + hashAtCheckpoint
                    + ": the chain was rewritten up to there"));
        }
    }

    private static ImmutableAuditVerification.Builder documentProblem(String type, String id, AuditProblem problem) {
        return ImmutableAuditVerification.builder().problem(problem).aggregateType(type).aggregateId(id);
    }

    private boolean fail(ImmutableAuditVerification.Builder b) {
        broken = b.entries(index).documents(documents).lastHash(AuditChain.GENESIS).build();
        return false;
    }

    private static String key(String type, String id) {
        return type + '\u0000' + id;
    }

    /** The last audited write of an aggregate. */
    private static final class Write {
        final long position;
        final boolean deleted;
        final long versionAfter;
        final Optional<String> documentHash;
        boolean seen;

        Write(long position, boolean deleted, long versionAfter, Optional<String> documentHash) {
            this.position = position;
            this.deleted = deleted;
            this.versionAfter = versionAfter;
            this.documentHash = documentHash;
        }
    }
}
