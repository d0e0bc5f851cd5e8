package io.otp.persistence.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The outcome of verifying an audit trail: how many entries and stored documents were read and, if
 * something is wrong, the first problem found: where (a position of the chain, an aggregate, or both),
 * what, and the evidence.
 *
 * <p>Structural invariants, checked also when an outcome is read back from JSON: the counts are not
 * negative; the last hash is 64 lower-case hexadecimal characters; a broken trail names its problem and
 * gives {@link AuditChain#GENESIS} as last hash; a problem of the chain ({@link AuditProblem#EDITED},
 * {@link AuditProblem#POSITION}, {@link AuditProblem#BROKEN_LINK}) names its position, from 1 to the count
 * of entries; a problem of a document names the aggregate (type and id); a position is 1 or more; an intact
 * trail names no position, problem, detail or aggregate.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuditVerification.class)
@JsonDeserialize(as = ImmutableAuditVerification.class)
public abstract class AuditVerification {

    private static final Set<AuditProblem> OF_THE_CHAIN = EnumSet.of(AuditProblem.EDITED, AuditProblem.POSITION,
        AuditProblem.BROKEN_LINK);

    private static final Set<AuditProblem> OF_A_DOCUMENT = EnumSet.of(AuditProblem.DOCUMENT_EDITED,
        AuditProblem.DOCUMENT_VERSION, AuditProblem.DOCUMENT_UNRECORDED, AuditProblem.DOCUMENT_MISSING);

    AuditVerification() {
    }

    /**
     * The number of entries read.
     *
     * @return the count, not negative
     */
    public abstract long entries();

    /**
     * The number of stored documents checked against the entries that wrote them; 0 when only the chain
     * was verified.
     *
     * @return the count, not negative
     */
    @Value.Default
    public long documents() {
        return 0;
    }

    /**
     * Of {@link #documents()}, those whose last audited write is an entry of
     * {@link AuditChain#FORMAT_CHAIN format 1}, written before entries recorded the digest of their
     * document (a store upgraded from an earlier version of the SDK): for them only the version is checked,
     * so an edit of their content is not detected until they are saved again.
     *
     * @return the count, not negative, at most {@link #documents()}
     */
    @Value.Default
    public long documentsVersionOnly() {
        return 0;
    }

    /**
     * The position where the problem was found: the first bad entry of the chain, the first position
     * missing from a truncated trail, the checkpoint's position, or the last audited write of a document
     * that does not match it.
     *
     * @return the position, 1 or more; empty if the trail is intact or the problem has no position (a
     *     document stored without any audited write)
     */
    public abstract Optional<Long> firstBadPosition();

    /**
     * What is wrong.
     *
     * @return the problem; empty if the trail is intact
     */
    public abstract Optional<AuditProblem> problem();

    /**
     * The evidence, e.g. {@code hash 3f… recorded, 9a… computed}.
     *
     * @return the detail; empty if the trail is intact
     */
    public abstract Optional<String> detail();

    /**
     * The type of the aggregate whose stored document is wrong, e.g. {@code bid}.
     *
     * @return the type; empty unless the problem is of a document
     */
    public abstract Optional<String> aggregateType();

    /**
     * The id of the aggregate whose stored document is wrong.
     *
     * @return the id as text; empty unless the problem is of a document
     */
    public abstract Optional<String> aggregateId();

    /**
     * The hash of the last entry of an intact trail, to anchor it elsewhere (see {@link #checkpoint()});
     * {@link AuditChain#GENESIS} for an empty or broken trail.
     *
     * @return the hash, not null
     */
    public abstract String lastHash();

    /**
     * Whether nothing wrong was found.
     *
     * @return true if no problem was found
     */
    public boolean isIntact() {
        return problem().isEmpty();
    }

    /**
     * The checkpoint of the last entry of an intact trail, to keep outside the store.
     *
     * @return the checkpoint; empty if the trail is broken
     */
    public Optional<AuditCheckpoint> checkpoint() {
        return isIntact() ? Optional.of(AuditCheckpoint.of(entries(), lastHash())) : Optional.empty();
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        String prefix = "io.otp.persistence.audit.verification.";
        if (entries() < 0) {
            v.add(Violation.of("entries", "OTP-AUDIT-VERIFICATION", prefix + "entries", "value", entries()));
        }
        if (documents() < 0) {
            v.add(Violation.of("documents", "OTP-AUDIT-VERIFICATION", prefix + "entries", "value", documents()));
        }
        if (documentsVersionOnly() < 0 || documentsVersionOnly() > Math.max(documents(), 0)) {
            v.add(Violation.of("documentsVersionOnly", "OTP-AUDIT-VERIFICATION", prefix + "versionOnly",
                "value", documentsVersionOnly(), "documents", documents()));
        }
        if (!AuditEntry.isSha256Hex(lastHash())) {
            v.add(Violation.of("lastHash", "OTP-AUDIT-HASH", "io.otp.persistence.audit.hash.format", "value",
                lastHash()));
        }
        firstBadPosition().filter(p -> p < 1).ifPresent(p -> v.add(Violation.of("firstBadPosition",
            "OTP-AUDIT-VERIFICATION", prefix + "position", "value", p, "entries", entries())));
        if (aggregateType().isPresent() != aggregateId().isPresent()) {
            v.add(Violation.of(aggregateType().isPresent() ? "aggregateId" : "aggregateType", "OTP-AUDIT-VERIFICATION",
                prefix + "aggregate.half"));
        }
        if (problem().isPresent()) {
            AuditProblem problem = problem().get();
            if (OF_THE_CHAIN.contains(problem)
                    && firstBadPosition().filter(p -> p >= 1 && p <= entries()).isEmpty()) {
                v.add(Violation.of("firstBadPosition", "OTP-AUDIT-VERIFICATION", prefix + "position",
                    "value", firstBadPosition().map(String::valueOf).orElse("-"), "entries", entries()));
            }
            if (OF_A_DOCUMENT.contains(problem) && aggregateId().isEmpty()) {
                v.add(Violation.of("aggregateId", "OTP-AUDIT-VERIFICATION", prefix + "aggregate.missing",
                    "problem", problem));
            }
            if (!lastHash().equals(AuditChain.GENESIS)) {
                v.add(Violation.of("lastHash", "OTP-AUDIT-VERIFICATION", prefix + "broken.hash", "value", lastHash()));
            }
        } else if (firstBadPosition().isPresent()) {
            v.add(Violation.of("problem", "OTP-AUDIT-VERIFICATION", prefix + "problem.missing"));
        } else if (detail().isPresent() || aggregateId().isPresent()) {
            v.add(Violation.of(detail().isPresent() ? "detail" : "aggregateId", "OTP-AUDIT-VERIFICATION",
                prefix + "intact.problem"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    @Override
    public String toString() {
        if (isIntact()) {
            return "audit trail intact: " + entries() + " entries"
                + (documents() > 0 ? ", " + documents() + " documents" : "")
                + (documentsVersionOnly() > 0 ? " (" + documentsVersionOnly() + " of them checked on their version"
                    + " only: written before entries recorded document digests; save them again to protect their"
                    + " content)" : "");
        }
        StringBuilder s = new StringBuilder("audit trail broken");
        firstBadPosition().ifPresent(p -> s.append(" at position ").append(p));
        aggregateId().ifPresent(id -> s.append(firstBadPosition().isPresent() ? "," : "").append(" for ")
            .append(aggregateType().orElse("")).append(' ').append(OtpMessages.printable(id)));
        return s.append(" (").append(problem().get()).append("): ").append(detail().orElse("")).toString();
    }
}
