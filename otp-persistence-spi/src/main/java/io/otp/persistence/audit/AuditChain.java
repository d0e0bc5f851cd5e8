package io.otp.persistence.audit;

import io.otp.core.json.OtpJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds and verifies hash-chained audit entries.
 *
 * <p>An entry's hash is SHA-256 over the UTF-8 bytes of its canonical JSON, which holds its position,
 * its change and the previous entry's hash; so editing an entry changes its hash, and deleting,
 * inserting or reordering entries breaks a position or a link. {@link #verify(Iterable)} reads a chain
 * from its first entry and reports the first bad position. A chain recomputed from the edited entry
 * onwards is internally consistent: anchor {@link AuditVerification#lastHash()} outside the store (a
 * signed report, another system) to detect that too.
 *
 * <p>This class is thread-safe.
 */
public final class AuditChain {

    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final OtpJson JSON = OtpJson.standard();

    private AuditChain() {
    }

    /**
     * Makes the entry that follows another.
     *
     * @param previous the last entry of the chain; empty for the first entry
     * @param change the change to record; not null
     * @return the entry at the next position with its hashes, not null
     */
    public static AuditEntry next(Optional<AuditEntry> previous, AuditChange change) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(change, "change");
        long position = previous.map(p -> p.position() + 1).orElse(1L);
        String previousHash = previous.map(AuditEntry::hash).orElse(GENESIS);
        return AuditEntry.builder().position(position).change(change).previousHash(previousHash)
            .hash(hash(position, change, previousHash)).build();
    }

    /**
     * The canonical JSON an entry's hash is computed over.
     *
     * @param position the entry's position
     * @param change the change; not null
     * @param previousHash the previous entry's hash; not null
     * @return the JSON text, not null
     */
    public static String canonicalJson(long position, AuditChange change, String previousHash) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("action", change.action());
        fields.put("actor", change.actor());
        fields.put("aggregateId", change.aggregateId());
        fields.put("aggregateType", change.aggregateType());
        fields.put("at", change.at());
        fields.put("details", change.details());
        fields.put("position", position);
        fields.put("previousHash", previousHash);
        fields.put("summary", change.summary());
        fields.put("versionAfter", change.versionAfter());
        fields.put("versionBefore", change.versionBefore());
        return JSON.write(fields);
    }

    /**
     * The hash an entry must carry.
     *
     * @param position the entry's position
     * @param change the change; not null
     * @param previousHash the previous entry's hash; not null
     * @return SHA-256 of the canonical JSON, 64 lower-case hexadecimal characters; not null
     */
    public static String hash(long position, AuditChange change, String previousHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(canonicalJson(position, change, previousHash).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Verifies a chain read from its first entry, in order.
     *
     * @param entries the entries in the order stored; not null
     * @return the outcome: intact, or the first bad position and what is wrong there; not null
     */
    public static AuditVerification verify(Iterable<AuditEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        long index = 0;
        String previousHash = GENESIS;
        for (AuditEntry e : entries) {
            index++;
            String computed = hash(e.position(), e.change(), e.previousHash());
            if (!computed.equals(e.hash())) {
                return AuditVerification.broken(index, index, AuditProblem.EDITED, "entry " + index + " records hash "
                    + e.hash() + " but its contents give " + computed + ": it was edited");
            }
            if (e.position() != index) {
                return AuditVerification.broken(index, index, AuditProblem.POSITION, "entry " + index
                    + " says it is at position " + e.position() + ": entries were deleted, inserted or reordered");
            }
            if (!e.previousHash().equals(previousHash)) {
                return AuditVerification.broken(index, index, AuditProblem.BROKEN_LINK, "entry " + index
                    + " follows hash " + e.previousHash() + " but the entry before it has hash " + previousHash
                    + ": an entry before it was altered, deleted, inserted or reordered");
            }
            previousHash = e.hash();
        }
        return AuditVerification.intact(index, previousHash);
    }
}
