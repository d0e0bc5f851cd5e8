package io.otp.persistence.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One change to record in the audit trail, as the store or the caller describes it: which aggregate
 * (type and id), its version before and after, who changed it, when, the action and what changed.
 * The audit trail turns it into an {@link AuditEntry} with its position and hashes.
 *
 * <p>Structural invariants: the aggregate type is lower-case words joined by hyphens (e.g.
 * {@code tender}, {@code evaluation}), at most {@value #MAX_TYPE_LENGTH} characters; the id is not
 * blank and has at most {@value #MAX_ID_LENGTH} characters; the action is not blank and has at most
 * {@value #MAX_ACTION_LENGTH}; the summary and each detail's value have at most {@value #MAX_TEXT_LENGTH}
 * characters (the longest text {@link io.otp.core.json.OtpJson} reads back), each detail's name at most
 * {@value #MAX_DETAIL_NAME_LENGTH}, and together at most
 * {@value #MAX_TOTAL_TEXT_LENGTH}, so that every entry a store accepts also reads back, in every store;
 * versions are not negative and the version after is greater than the version before (see
 * {@link #versionAfter()} for deletions); a document hash is 64 lower-case hexadecimal characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuditChange.class)
@JsonDeserialize(as = ImmutableAuditChange.class)
public abstract class AuditChange {

    /** The longest aggregate type. */
    public static final int MAX_TYPE_LENGTH = 100;

    /** The longest aggregate id, as text. */
    public static final int MAX_ID_LENGTH = 255;

    /** The longest action. */
    public static final int MAX_ACTION_LENGTH = 200;

    /** The longest summary, and the longest value of a detail: the longest string the SDK's JSON reads. */
    public static final int MAX_TEXT_LENGTH = io.otp.core.json.OtpJson.DEFAULT_MAX_STRING_LENGTH;

    /** The longest name of a detail: a name, such as {@code status} or {@code lot}, well within the longest property name JSON readers take. */
    public static final int MAX_DETAIL_NAME_LENGTH = 1_000;

    /**
     * The most characters of the summary and the details' names and values together: twice
     * {@link #MAX_TEXT_LENGTH}, so that an entry's JSON stays within the SDK's 16 MiB document limit even
     * when every character must be escaped.
     */
    public static final int MAX_TOTAL_TEXT_LENGTH = 2 * MAX_TEXT_LENGTH;

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

    /**
     * The SHA-256 digest of the document the change wrote ({@link AuditChain#documentHash(String)}),
     * recorded by a store with each {@code create} and {@code update} of an aggregate, so that the trail
     * covers what the aggregate holds and not only that it changed. Covered by the entry's hash from
     * format {@value AuditChain#FORMAT_DOCUMENTS} on.
     *
     * @return 64 lower-case hexadecimal characters; empty for a deletion and for changes that write no document
     */
    public abstract Optional<String> documentHash();

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        String prefix = "io.otp.persistence.audit.";
        if (aggregateType().length() > MAX_TYPE_LENGTH || !TYPE.matcher(aggregateType()).matches()) {
            v.add(Violation.of("aggregateType", "OTP-AUDIT-TYPE", prefix + "type", "value", aggregateType(),
                "max", MAX_TYPE_LENGTH));
        }
        if (aggregateId().isBlank()) {
            v.add(Violation.of("aggregateId", "OTP-AUDIT-ID", prefix + "id.blank"));
        }
        tooLong(v, "aggregateId", aggregateId(), MAX_ID_LENGTH);
        if (action().isBlank()) {
            v.add(Violation.of("action", "OTP-AUDIT-ACTION", prefix + "action.blank"));
        }
        tooLong(v, "action", action(), MAX_ACTION_LENGTH);
        long total = summary().length();
        tooLong(v, "summary", summary(), MAX_TEXT_LENGTH);
        for (java.util.Map.Entry<String, String> d : details().entrySet()) {
            tooLong(v, "details[" + OtpMessages.printable(d.getKey()) + "]", d.getKey(), MAX_DETAIL_NAME_LENGTH);
            tooLong(v, "details[" + OtpMessages.printable(d.getKey()) + "]", d.getValue(), MAX_TEXT_LENGTH);
            total += d.getKey().length() + (long) d.getValue().length();
        }
        if (total > MAX_TOTAL_TEXT_LENGTH) {
            v.add(Violation.of("details", "OTP-AUDIT-LENGTH", prefix + "text.total", "length", total,
                "max", MAX_TOTAL_TEXT_LENGTH));
        }
        documentHash().filter(h -> !AuditEntry.isSha256Hex(h)).ifPresent(h ->
            v.add(Violation.of("documentHash", "OTP-AUDIT-HASH", prefix + "hash.format", "value", h)));
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

    private static void tooLong(List<Violation> v, String path, String text, int max) {
        if (text.length() > max) {
            v.add(Violation.of(path, "OTP-AUDIT-LENGTH", "io.otp.persistence.audit.text.length", "length",
                text.length(), "max", max));
        }
    }

    /** Builds {@link AuditChange}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAuditChange.Builder {
        Builder() {
        }
    }
}
