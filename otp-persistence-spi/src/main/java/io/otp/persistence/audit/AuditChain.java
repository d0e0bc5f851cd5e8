package io.otp.persistence.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.otp.core.Sha256;
import io.otp.core.json.OtpJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds and verifies hash-chained audit entries, and computes the digest of the documents they record.
 *
 * <p>An entry's hash is SHA-256 over the UTF-8 bytes of its canonical JSON, which holds its position,
 * its change (with the digest of the document written, from format {@value #FORMAT_DOCUMENTS} on) and
 * the previous entry's hash; so editing an entry changes its hash, and deleting, inserting or reordering
 * entries breaks a position or a link. {@link #verify(Iterable)} reads a chain from its first entry and
 * reports the first bad position; {@link AuditVerifier} also checks a store's head and documents. A chain
 * recomputed from the edited entry onwards is internally consistent: keep an {@link AuditCheckpoint}
 * outside the store (signed, timestamped or published) to detect that too.
 *
 * <p>This class is thread-safe.
 */
public final class AuditChain {

    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    /** Entry format 1: the hash covers the change and the chain, not the document written. */
    public static final int FORMAT_CHAIN = 1;

    /**
     * Entry format 2, the one {@link #next} writes: the hash also covers the digest of the document a
     * {@code create} or {@code update} wrote ({@link AuditChange#documentHash()}) and the format itself.
     */
    public static final int FORMAT_DOCUMENTS = 2;

    private static final OtpJson JSON = OtpJson.standard();

    private AuditChain() {
    }

    /**
     * Makes the entry that follows another, in the current format ({@value #FORMAT_DOCUMENTS}).
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
        return AuditEntry.builder().format(FORMAT_DOCUMENTS).position(position).change(change)
            .previousHash(previousHash).hash(hash(FORMAT_DOCUMENTS, position, change, previousHash)).build();
    }

    /**
     * The canonical JSON an entry's hash is computed over: an object whose keys come in alphabetical order,
     * written by {@link OtpJson} (no spaces, ISO-8601 instants, details sorted by name). Format
     * {@value #FORMAT_CHAIN}: {@code action, actor, aggregateId, aggregateType, at, details, position,
     * previousHash, summary, versionAfter, versionBefore}. Format {@value #FORMAT_DOCUMENTS}: the same and
     * {@code documentHash} (only when the change has one) and {@code format}.
     *
     * @param format the entry's format, {@value #FORMAT_CHAIN} or {@value #FORMAT_DOCUMENTS}
     * @param position the entry's position
     * @param change the change; not null
     * @param previousHash the previous entry's hash; not null
     * @return the JSON text, not null
     * @throws IllegalArgumentException if the format is unknown
     */
    public static String canonicalJson(int format, long position, AuditChange change, String previousHash) {
        if (format != FORMAT_CHAIN && format != FORMAT_DOCUMENTS) {
            throw new IllegalArgumentException("unknown audit entry format " + format);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("action", change.action());
        fields.put("actor", change.actor());
        fields.put("aggregateId", change.aggregateId());
        fields.put("aggregateType", change.aggregateType());
        fields.put("at", change.at());
        fields.put("details", change.details());
        if (format >= FORMAT_DOCUMENTS) {
            change.documentHash().ifPresent(h -> fields.put("documentHash", h));
            fields.put("format", format);
        }
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
     * @param format the entry's format
     * @param position the entry's position
     * @param change the change; not null
     * @param previousHash the previous entry's hash; not null
     * @return SHA-256 of the canonical JSON, 64 lower-case hexadecimal characters; not null
     * @throws IllegalArgumentException if the format is unknown
     */
    public static String hash(int format, long position, AuditChange change, String previousHash) {
        return sha256(canonicalJson(format, position, change, previousHash));
    }

    /**
     * The digest a store records of a document it writes: SHA-256 over the UTF-8 bytes of the document's
     * canonical form ({@link #canonicalDocument(String)}). Equal documents give equal digests whatever
     * the store did to their text (PostgreSQL's JSONB, for instance, reorders keys and adds spaces).
     *
     * @param json the document as JSON; not null
     * @return 64 lower-case hexadecimal characters, not null
     * @throws io.otp.core.ValidationException if the text is not JSON the SDK reads (malformed, or beyond
     *     the limits of {@link OtpJson#standard()})
     */
    public static String documentHash(String json) {
        return sha256(canonicalDocument(json));
    }

    /**
     * The canonical form of a JSON document, the text {@link #documentHash(String)} digests: no
     * whitespace; object members sorted by name, comparing UTF-16 code units (as RFC 8785); strings with
     * only {@code "} and {@code \} escaped by a backslash, control characters below U+0020 as
     * {@code \b \t \n \f \r} or a backslash, {@code u} and four hexadecimal digits, and unpaired surrogates likewise (lower-case
     * hexadecimal), every other character as itself; numbers written as their exact decimal value in
     * plain notation with the scale written ({@code 1.50} stays {@code 1.50}, {@code 1E+3} becomes
     * {@code 1000}, {@code -0} becomes {@code 0}) rather than RFC 8785's binary floating point, which would
     * make different amounts equal; {@code true}, {@code false}, {@code null} as themselves.
     *
     * @param json the document; not null
     * @return the canonical text, not null
     * @throws io.otp.core.ValidationException if the text is not JSON the SDK reads, or holds a number of more
     *     than 100 digits written out in plain notation, not counting the zeros that end its fraction, as the SDK
     *     counts the numbers it reads ({@code OTP-JSON-LIMIT}; {@code 1E+1000000000} is refused before it becomes
     *     a billion digits)
     */
    public static String canonicalDocument(String json) {
        return CanonicalJson.of(JSON.read(Objects.requireNonNull(json, "json"), JsonNode.class));
    }

    /**
     * Whether an action is one a store's repositories record with each write: {@code create},
     * {@code update} or {@code delete}. Only they may append such entries.
     *
     * @param action the action; not null
     * @return true for the three actions of writes
     */
    public static boolean isWrite(String action) {
        return action.equals("create") || action.equals("update") || action.equals("delete");
    }

    /**
     * Checks that a change may be appended by a caller rather than by a store's write.
     *
     * @param change the change; not null
     * @return the change
     * @throws io.otp.core.ValidationException if its action is one of writes ({@link #isWrite(String)})
     */
    public static AuditChange requireAppendable(AuditChange change) {
        Objects.requireNonNull(change, "change");
        if (isWrite(change.action())) {
            throw new io.otp.core.ValidationException(io.otp.core.Violation.of("action", "OTP-AUDIT-ACTION-RESERVED",
                "io.otp.persistence.audit.action.reserved", "value", change.action()));
        }
        StorableText.require(change);
        return change;
    }

    /**
     * Checks the arguments of {@link AuditTrail#read(long, int)}, the same in every store.
     *
     * @param fromPosition the first position to read; from 1
     * @param limit the most entries to return; positive
     * @throws io.otp.core.ValidationException if the position is below 1 (path {@code fromPosition}) or the limit
     *     is not positive (path {@code limit}); rule {@code OTP-AUDIT-READ}
     */
    public static void requireReadRange(long fromPosition, int limit) {
        if (fromPosition < 1 || limit < 1) {
            throw new io.otp.core.ValidationException(io.otp.core.Violation.of(fromPosition < 1 ? "fromPosition"
                : "limit", "OTP-AUDIT-READ", "io.otp.persistence.audit.read", "from", fromPosition, "limit", limit));
        }
    }

    private static String sha256(String text) {
        return Sha256.of(text);
    }

    /**
     * Verifies a chain read from its first entry, in order (see {@link AuditVerifier} to check also a
     * store's head, its documents and a checkpoint).
     *
     * @param entries the entries in the order stored; not null
     * @return the outcome: intact, or the first bad position and what is wrong there; not null
     */
    public static AuditVerification verify(Iterable<AuditEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        AuditVerifier verifier = AuditVerifier.create();
        for (AuditEntry e : entries) {
            if (!verifier.entry(e)) {
                break;
            }
        }
        return verifier.result();
    }
}
