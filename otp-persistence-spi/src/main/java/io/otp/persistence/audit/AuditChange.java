package io.otp.persistence.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One change to record in the audit trail, as the store or the caller describes it: which aggregate
 * (type and id), its version before and after, who changed it, when, the action and what changed.
 * The audit trail turns it into an {@link AuditEntry} with its position and hashes.
 *
 * <p>Structural invariants: the aggregate type is lower-case words joined by hyphens (e.g.
 * {@code tender}, {@code evaluation}); the id and action are not blank; versions are not negative and
 * the version after is greater than the version before (see {@link #versionAfter()} for deletions).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuditChange.class)
@JsonDeserialize(as = ImmutableAuditChange.class)
public abstract class AuditChange {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    AuditChange() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The kind of aggregate, e.g. {@code tender}, {@code evaluation}, {@code contract}.
     *
     * @return the type, lower-case words joined by hyphens; not null
     */
    public abstract String aggregateType();

    /**
     * The aggregate's id as text, e.g. {@code 2026/EXP-0042}.
     *
     * @return the id, not blank
     */
    public abstract String aggregateId();

    /**
     * The stored version before the change; 0 when the change creates the aggregate.
     *
     * @return the version, not negative
     */
    public abstract long versionBefore();

    /**
     * The stored version after the change; for a deletion, the version deleted plus one.
     *
     * @return the version, greater than {@link #versionBefore()}
     */
    public abstract long versionAfter();

    /**
     * Who made the change.
     *
     * @return the person, not null
     */
    public abstract PersonId actor();

    /**
     * When the change was made.
     *
     * @return the instant, not null
     */
    public abstract Instant at();

    /**
     * What was done, e.g. {@code create}, {@code update}, {@code delete}, or a domain step such as
     * {@code VALUE_JUDGMENT_SEALED}.
     *
     * @return the action, not blank
     */
    public abstract String action();

    /**
     * One line saying what changed, for people.
     *
     * @return the summary, possibly empty; not null
     */
    @Value.Default
    public String summary() {
        return "";
    }

    /**
     * What changed, by name, as text (e.g. {@code status = EVALUATION}).
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, String> details();

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        String prefix = "io.otp.persistence.audit.";
        if (!TYPE.matcher(aggregateType()).matches()) {
            v.add(Violation.of("aggregateType", "OTP-AUDIT-TYPE", prefix + "type", "value", aggregateType()));
        }
        if (aggregateId().isBlank()) {
            v.add(Violation.of("aggregateId", "OTP-AUDIT-ID", prefix + "id.blank"));
        }
        if (action().isBlank()) {
            v.add(Violation.of("action", "OTP-AUDIT-ACTION", prefix + "action.blank"));
        }
        if (versionBefore() < 0) {
            v.add(Violation.of("versionBefore", "OTP-AUDIT-VERSION", prefix + "version.negative",
                "value", versionBefore()));
        }
        if (versionAfter() <= versionBefore()) {
            v.add(Violation.of("versionAfter", "OTP-AUDIT-VERSION", prefix + "version.order",
                "value", versionAfter(), "before", versionBefore()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link AuditChange}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAuditChange.Builder {
        Builder() {
        }
    }
}
