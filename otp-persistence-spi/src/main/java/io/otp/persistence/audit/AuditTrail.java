package io.otp.persistence.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail a store keeps: append-only, hash-chained (see {@link AuditChain}).
 *
 * <p>Implementations append atomically: two concurrent appends never get the same position, and an
 * append that is part of a unit of work is kept or discarded with it. They never update or delete an
 * entry. They are thread-safe.
 */
public interface AuditTrail {

    /**
     * Appends a change after the last entry.
     *
     * @param change the change; not null
     * @return the entry stored, with its position and hashes; not null
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
     * The last entry.
     *
     * @return the entry; empty if the trail is empty
     */
    Optional<AuditEntry> last();

    /**
     * Reads the whole trail page by page and verifies the chain.
     *
     * @return the outcome, not null
     */
    default AuditVerification verify() {
        List<AuditEntry> all = new ArrayList<>();
        long from = 1;
        List<AuditEntry> page;
        do {
            page = read(from, 1000);
            all.addAll(page);
            from += page.size();
        } while (page.size() == 1000);
        return AuditChain.verify(all);
    }
}
