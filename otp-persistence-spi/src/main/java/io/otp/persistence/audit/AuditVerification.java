package io.otp.persistence.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of verifying an audit chain: how many entries were read and, if the chain is broken,
 * the first bad position and what is wrong there.
 *
 * <p>Structural invariants, checked also when an outcome is read back from JSON: the count is not
 * negative; the last hash is 64 lower-case hexadecimal characters; a broken chain names its first bad
 * position (from 1, at most the count) and its problem, and gives {@link AuditChain#GENESIS} as last
 * hash; an intact one names neither a position, a problem nor a detail.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuditVerification.class)
@JsonDeserialize(as = ImmutableAuditVerification.class)
public abstract class AuditVerification {

    AuditVerification() {
    }

    static AuditVerification intact(long entries, String lastHash) {
        return ImmutableAuditVerification.builder().entries(entries).lastHash(lastHash).build();
    }

    static AuditVerification broken(long entries, long position, AuditProblem problem, String detail) {
        return ImmutableAuditVerification.builder().entries(entries).firstBadPosition(position).problem(problem)
            .detail(detail).lastHash(AuditChain.GENESIS).build();
    }

    /**
     * The number of entries read.
     *
     * @return the count, not negative
     */
    public abstract long entries();

    /**
     * The first position (from 1, the index in the sequence read) where the chain is broken.
     *
     * @return the position; empty if the chain is intact
     */
    public abstract Optional<Long> firstBadPosition();

    /**
     * What is wrong at {@link #firstBadPosition()}.
     *
     * @return the problem; empty if the chain is intact
     */
    public abstract Optional<AuditProblem> problem();

    /**
     * The evidence, e.g. {@code hash 3f… recorded, 9a… computed}.
     *
     * @return the detail; empty if the chain is intact
     */
    public abstract Optional<String> detail();

    /**
     * The hash of the last entry of an intact chain, to anchor it elsewhere (e.g. a signed daily
     * record); {@link AuditChain#GENESIS} for an empty or broken chain.
     *
     * @return the hash, not null
     */
    public abstract String lastHash();

    /**
     * Whether the chain is intact.
     *
     * @return true if no problem was found
     */
    public boolean isIntact() {
        return firstBadPosition().isEmpty();
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        String prefix = "io.otp.persistence.audit.verification.";
        if (entries() < 0) {
            v.add(Violation.of("entries", "OTP-AUDIT-VERIFICATION", prefix + "entries", "value", entries()));
        }
        if (!AuditEntry.isSha256Hex(lastHash())) {
            v.add(Violation.of("lastHash", "OTP-AUDIT-HASH", "io.otp.persistence.audit.hash.format", "value",
                lastHash()));
        }
        if (firstBadPosition().isPresent()) {
            long position = firstBadPosition().get();
            if (position < 1 || position > entries()) {
                v.add(Violation.of("firstBadPosition", "OTP-AUDIT-VERIFICATION", prefix + "position", "value",
                    position, "entries", entries()));
            }
            if (problem().isEmpty()) {
                v.add(Violation.of("problem", "OTP-AUDIT-VERIFICATION", prefix + "problem.missing"));
            }
            if (!lastHash().equals(AuditChain.GENESIS)) {
                v.add(Violation.of("lastHash", "OTP-AUDIT-VERIFICATION", prefix + "broken.hash", "value", lastHash()));
            }
        } else if (problem().isPresent() || detail().isPresent()) {
            v.add(Violation.of(problem().isPresent() ? "problem" : "detail", "OTP-AUDIT-VERIFICATION",
                prefix + "intact.problem"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    @Override
    public String toString() {
        return isIntact() ? "audit chain intact: " + entries() + " entries"
            : "audit chain broken at position " + firstBadPosition().get() + " (" + problem().get() + "): "
                + detail().orElse("");
    }
}
