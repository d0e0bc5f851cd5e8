package io.otp.persistence.audit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The audit trail a store keeps: append-only, hash-chained (see {@link AuditChain}).
 *
 * <p>Implementations append atomically: two concurrent appends never get the same position, and an
 * append that is part of a unit of work is kept or discarded with it. They never update or delete an
 * entry. They are thread-safe.
 *
 * <p>The actions {@code create}, {@code update} and {@code delete} are the store's own: its repositories
 * append them with each write, and {@link #append} refuses them, so that every such entry describes a
 * document the store really wrote.
 */
public interface AuditTrail {

    /** The size of the pages {@link #stream()} and {@link #verify(AuditCheckpoint)} read the trail in. */
    int VERIFY_PAGE = 1000;

    /**
     * Appends a change after the last entry, e.g. a step of a procedure that is not a write of an aggregate.
     *
     * @param change the change; not null
     * @return the entry stored, with its position and hashes; not null
     * @throws io.otp.core.ValidationException if the action is {@code create}, {@code update} or
     *     {@code delete} (rule {@code OTP-AUDIT-ACTION-RESERVED}): only the store's writes record those
     */
    AuditEntry append(AuditChange change);

    /**
     * Reads entries in order of position.
     *
     * @param fromPosition the first position to read, from 1
     * @param limit the most entries to return, positive
     * @return the entries, possibly fewer than the limit; empty past the end; not null
     */
    List<AuditEntry> read(long fromPosition, int limit);

    /**
     * Reads the whole trail in order of position, page by page ({@value #VERIFY_PAGE} entries at a time) as
     * the stream is consumed, so that a trail of any length is read in bounded memory.
     *
     * @return the entries from position 1, lazily; not null
     */
    default Stream<AuditEntry> stream() {
        Iterator<AuditEntry> pages = new Iterator<>() {
            private long from = 1;
            private Iterator<AuditEntry> page = List.<AuditEntry>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    List<AuditEntry> read = read(from, VERIFY_PAGE);
                    last = read.size() < VERIFY_PAGE;
                    from += read.size();
                    page = read.iterator();
                }
                return page.hasNext();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
            false);
    }

    /**
     * The last entry.
     *
     * @return the entry; empty if the trail is empty
     */
    Optional<AuditEntry> last();

    /**
     * The checkpoint of the last entry, to keep outside the store (signed, timestamped, published) and
     * give to {@link #verify(AuditCheckpoint)} later.
     *
     * @return the checkpoint, {@link AuditCheckpoint#empty()} for an empty trail; not null
     */
    default AuditCheckpoint checkpoint() {
        return last().map(AuditCheckpoint::of).orElse(AuditCheckpoint.empty());
    }

    /**
     * Verifies the trail: the chain, and what the store keeps besides it (the stores of the SDK check the
     * head position they record and every stored document against the last audited write of its aggregate;
     * see {@link AuditVerifier}).
     *
     * @return the outcome, not null
     */
    default AuditVerification verify() {
        return verify(AuditCheckpoint.empty());
    }

    /**
     * Verifies the trail as {@link #verify()} does, and that it still holds the checkpointed entry: a trail
     * that ends before the checkpoint is {@link AuditProblem#TRUNCATED}, one whose entry at that position has
     * another hash is {@link AuditProblem#CHECKPOINT}. This default reads the chain page by page
     * ({@value #VERIFY_PAGE} entries at a time) and checks nothing else; stores override it to check their
     * head and documents too.
     *
     * @param checkpoint a checkpoint taken earlier; {@link AuditCheckpoint#empty()} for none; not null
     * @return the outcome, not null
     */
    default AuditVerification verify(AuditCheckpoint checkpoint) {
        AuditVerifier verifier = AuditVerifier.create(checkpoint);
        long from = 1;
        List<AuditEntry> page;
        do {
            page = read(from, VERIFY_PAGE);
            for (AuditEntry e : page) {
                if (!verifier.entry(e)) {
                    return verifier.result();
                }
            }
            from += page.size();
        } while (page.size() == VERIFY_PAGE);
        return verifier.result();
    }
}
