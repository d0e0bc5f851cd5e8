/**
 * The audit trail: an append-only, hash-chained record of every change to a stored aggregate (who,
 * when, which aggregate, versions before and after, what changed).
 *
 * <p>Each {@link io.otp.persistence.audit.AuditEntry} holds the SHA-256 digest of its own canonical
 * JSON, which includes the digest of the entry before it; {@link io.otp.persistence.audit.AuditChain}
 * builds entries and verifies a chain, naming the first position where an entry was edited, deleted,
 * reordered or inserted. Stores implement {@link io.otp.persistence.audit.AuditTrail}.
 */
@OtpStyle
package io.otp.persistence.audit;

import io.otp.core.OtpStyle;
