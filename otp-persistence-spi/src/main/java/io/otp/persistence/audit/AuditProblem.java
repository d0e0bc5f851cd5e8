package io.otp.persistence.audit;

/**
 * What a verification of the audit trail ({@link AuditChain#verify}, {@link AuditVerifier},
 * {@link AuditTrail#verify()}) found wrong first.
 */
public enum AuditProblem {
    /** The entry's position is not the one expected: an entry before it was deleted, or entries were reordered or inserted. */
    POSITION,
    /** The entry's previous hash is not the hash of the entry before it: an entry was deleted, inserted or reordered. */
    BROKEN_LINK,
    /** The entry's hash is not the digest of its contents: the entry was edited. */
    EDITED,
    /**
     * The trail ends before a position it is known to reach (the head the store keeps, or a checkpoint):
     * entries at the end were deleted.
     */
    TRUNCATED,
    /** The head the store keeps says the trail ends before its last entry: entries were added after it, or the head was edited. */
    HEAD,
    /** The entry at a checkpoint's position is not the one checkpointed: the chain was rewritten from there or before. */
    CHECKPOINT,
    /** A stored document is not the one its last audited write recorded (its digest differs): it was edited. */
    DOCUMENT_EDITED,
    /** A stored document has another version than its last audited write gave it. */
    DOCUMENT_VERSION,
    /** A document is stored without an audited write, or after its audited deletion: it was inserted or restored outside the SDK. */
    DOCUMENT_UNRECORDED,
    /** The last audited write of an aggregate created or updated it, but no document is stored: it was deleted outside the SDK. */
    DOCUMENT_MISSING
}
