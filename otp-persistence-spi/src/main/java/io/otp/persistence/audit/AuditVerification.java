package io.otp.persistence.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of verifying an audit chain: how many entries were read and, if the chain is broken,
 * the first bad position and what is wrong there.
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

    @Override
    public String toString() {
        return isIntact() ? "audit chain intact: " + entries() + " entries"
            : "audit chain broken at position " + firstBadPosition().get() + " (" + problem().get() + "): "
                + detail().orElse("");
    }
}
