/**
 * The audit trail: an append-only, hash-chained record of every change to a stored aggregate (who,
 * when, which aggregate, versions before and after, what changed, and the digest of the document written).
 *
 * <p>Each {@link io.otp.persistence.audit.AuditEntry} holds the SHA-256 digest of its own canonical
 * JSON, which includes the digest of the entry before it and, from format 2 on, the digest of the document
 * the write stored; {@link io.otp.persistence.audit.AuditChain} builds entries and digests documents, and
 * {@link io.otp.persistence.audit.AuditVerifier} verifies a trail as a store reads it: the chain (the first
 * position where an entry was edited, deleted, reordered or inserted), the head the store keeps (entries
 * cut at the end), a {@link io.otp.persistence.audit.AuditCheckpoint} kept outside the store (a chain
 * rewritten up to it), and every stored document against the last audited write of its aggregate (edited,
 * deleted, inserted or at another version). Stores implement {@link io.otp.persistence.audit.AuditTrail}.
 */
@OtpStyle
package io.otp.persistence.audit;

import io.otp.core.OtpStyle;
