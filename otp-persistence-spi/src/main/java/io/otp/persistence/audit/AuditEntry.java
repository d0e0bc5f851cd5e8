package io.otp.persistence.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * An entry of the audit trail: a {@link AuditChange} at a position of the chain, with the SHA-256
 * digest of the entry before it and its own digest.
 *
 * <p>The digest is computed over the entry's canonical JSON ({@link AuditChain#canonicalJson}), whose
 * content depends on the entry's {@link #format()}, so that entries written under an earlier format stay
 * verifiable: format {@value AuditChain#FORMAT_CHAIN} covers the keys {@code action, actor, aggregateId,
 * aggregateType, at, details, position, previousHash, summary, versionAfter, versionBefore}; format
 * {@value AuditChain#FORMAT_DOCUMENTS} adds {@code documentHash} (when the change has one) and
 * {@code format}. The first entry's previous hash is {@link AuditChain#GENESIS}. Entries are made by
 * {@link AuditChain#next}; one built otherwise is checked by {@link AuditChain#verify}.
 *
 * <p>Structural invariants: the position is at least 1; both hashes are 64 lower-case hexadecimal
 * characters; the format is one the SDK knows, and an entry of format {@value AuditChain#FORMAT_CHAIN}
 * carries no document hash (that format's hash would not cover it).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuditEntry.class)
@JsonDeserialize(as = ImmutableAuditEntry.class)
public abstract class AuditEntry {


    AuditEntry() {
    }

    /**
     * A builder, for stores that read entries back; new entries come from {@link AuditChain#next}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The position in the chain, from 1.
     *
     * @return the position, at least 1
     */
    public abstract long position();

    /**
     * The change recorded.
     *
     * @return the change, not null
     */
    public abstract AuditChange change();

    /**
     * The version of the rules its hash was computed by: {@value AuditChain#FORMAT_CHAIN} for entries
     * written before audit entries covered documents (and for entries read without a format),
     * {@value AuditChain#FORMAT_DOCUMENTS} for those {@link AuditChain#next} makes now.
     *
     * @return the format, {@value AuditChain#FORMAT_CHAIN} or {@value AuditChain#FORMAT_DOCUMENTS}
     */
    @Value.Default
    public int format() {
        return AuditChain.FORMAT_CHAIN;
    }

    /**
     * The digest of the entry before, or {@link AuditChain#GENESIS} for the first.
     *
     * @return 64 lower-case hexadecimal characters, not null
     */
    public abstract String previousHash();

    /**
     * The SHA-256 digest of this entry's canonical JSON.
     *
     * @return 64 lower-case hexadecimal characters, not null
     */
    public abstract String hash();

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        String prefix = "io.otp.persistence.audit.";
        if (position() < 1) {
            v.add(Violation.of("position", "OTP-AUDIT-POSITION", prefix + "position", "value", position()));
        }
        if (!isSha256Hex(previousHash())) {
            v.add(Violation.of("previousHash", "OTP-AUDIT-HASH", prefix + "hash.format", "value", previousHash()));
        }
        if (!isSha256Hex(hash())) {
            v.add(Violation.of("hash", "OTP-AUDIT-HASH", prefix + "hash.format", "value", hash()));
        }
        if (format() != AuditChain.FORMAT_CHAIN && format() != AuditChain.FORMAT_DOCUMENTS) {
            v.add(Violation.of("format", "OTP-AUDIT-FORMAT", prefix + "format.unknown", "value", format(),
                "known", AuditChain.FORMAT_CHAIN + ", " + AuditChain.FORMAT_DOCUMENTS));
        } else if (format() == AuditChain.FORMAT_CHAIN && change().documentHash().isPresent()) {
            v.add(Violation.of("change.documentHash", "OTP-AUDIT-FORMAT", prefix + "format.documentHash",
                "format", format()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link AuditEntry}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAuditEntry.Builder {
        Builder() {
        }
    }

    /** Whether a text is 64 lower-case hexadecimal digits, checked without a regular expression: it runs on every save. */
    static boolean isSha256Hex(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
