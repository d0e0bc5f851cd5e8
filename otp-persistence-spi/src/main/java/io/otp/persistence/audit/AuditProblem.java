package io.otp.persistence.audit;

/**
 * What {@link AuditChain#verify} found wrong at the first bad position of a chain.
 */
public enum AuditProblem {
    /** The entry's position is not the one expected: an entry before it was deleted, or entries were reordered or inserted. */
    POSITION,
    /** The entry's previous hash is not the hash of the entry before it: an entry was deleted, inserted or reordered. */
    BROKEN_LINK,
    /** The entry's hash is not the digest of its contents: the entry was edited. */
    EDITED
}
