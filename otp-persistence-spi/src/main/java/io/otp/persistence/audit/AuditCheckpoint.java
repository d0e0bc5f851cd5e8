package io.otp.persistence.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A point of the audit trail to keep outside the store: the position of an entry and its hash. Signed,
 * timestamped, published or simply written to another system, it lets a later verification
 * ({@link AuditTrail#verify(AuditCheckpoint)}) prove that the trail still holds that entry and everything
 * before it: deleting entries after a checkpoint, or rewriting the chain consistently from any position up
 * to it, is detected, which the chain alone cannot show against someone who can write to the store.
 *
 * <pre>{@code
 * AuditCheckpoint daily = store.auditTrail().checkpoint();     // keep it elsewhere, e.g. signed
 * ...
 * AuditVerification v = store.auditTrail().verify(daily);       // TRUNCATED or CHECKPOINT if tampered
 * }</pre>
 *
 * <p>Structural invariants: the position is not negative; the hash is 64 lower-case hexadecimal
 * characters, {@link AuditChain#GENESIS} exactly when the position is 0 (the checkpoint of an empty trail).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuditCheckpoint.class)
@JsonDeserialize(as = ImmutableAuditCheckpoint.class)
public abstract class AuditCheckpoint {

    private static final AuditCheckpoint EMPTY = of(0, AuditChain.GENESIS);

    AuditCheckpoint() {
    }

    /**
     * Obtains a checkpoint.
     *
     * @param position the entry's position, 0 for an empty trail
     * @param hash the entry's hash; not null
     * @return the checkpoint, not null
     * @throws ValidationException if an invariant is broken
     */
    public static AuditCheckpoint of(long position, String hash) {
        return ImmutableAuditCheckpoint.builder().position(position).hash(hash).build();
    }

    /**
     * The checkpoint of an entry.
     *
     * @param entry the entry; not null
     * @return its position and hash, not null
     */
    public static AuditCheckpoint of(AuditEntry entry) {
        return of(entry.position(), entry.hash());
    }

    /**
     * The checkpoint of an empty trail: position 0, {@link AuditChain#GENESIS}; verifying against it checks
     * nothing more than the trail itself.
     *
     * @return the checkpoint, not null
     */
    public static AuditCheckpoint empty() {
        return EMPTY;
    }

    /**
     * The position of the entry checkpointed.
     *
     * @return the position, 0 for an empty trail
     */
    public abstract long position();

    /**
     * The hash of the entry checkpointed.
     *
     * @return 64 lower-case hexadecimal characters, not null
     */
    public abstract String hash();

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        String prefix = "io.otp.persistence.audit.checkpoint.";
        if (position() < 0) {
            v.add(Violation.of("position", "OTP-AUDIT-CHECKPOINT", prefix + "position", "value", position()));
        }
        if (!AuditEntry.isSha256Hex(hash())) {
            v.add(Violation.of("hash", "OTP-AUDIT-HASH", "io.otp.persistence.audit.hash.format", "value", hash()));
        } else if ((position() == 0) != hash().equals(AuditChain.GENESIS)) {
            v.add(Violation.of("hash", "OTP-AUDIT-CHECKPOINT", prefix + "genesis", "position", position(),
                "value", hash()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    @Override
    public String toString() {
        return "audit checkpoint " + position() + " " + hash();
    }
}
