package io.otp.persistence;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * Who writes and when, and why in one line: what the audit trail records with each write. The
 * instant is given by the caller, so that the same writes give the same trail.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChangeContext {

    private final PersonId actor;

    private final Instant at;

    private final String summary;

    private ChangeContext(PersonId actor, Instant at, String summary) {
        this.actor = actor;
        this.at = at;
        this.summary = summary;
    }

    /**
     * Obtains a context without a summary.
     *
     * @param actor who writes; not null
     * @param at when; not null
     * @return the context, not null
     */
    public static ChangeContext of(PersonId actor, Instant at) {
        return of(actor, at, "");
    }

    /**
     * Obtains a context.
     *
     * @param actor who writes; not null
     * @param at when; not null
     * @param summary why, in one line; not null, may be empty
     * @return the context, not null
     * @throws ValidationException if the summary has a line break (it would forge lines in logs and reports),
     *     or more than {@link io.otp.persistence.audit.AuditChange#MAX_TEXT_LENGTH} characters (the longest text
     *     every store keeps and reads back), or U+0000 or a lone surrogate ({@link io.otp.persistence.audit.StorableText}, rule
     *     {@code OTP-STORE-TEXT})
     */
    public static ChangeContext of(PersonId actor, Instant at, String summary) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(summary, "summary");
        if (summary.indexOf('\n') >= 0 || summary.indexOf('\r') >= 0) {
            throw new ValidationException(Violation.of("summary", "OTP-STORE-SUMMARY",
                "io.otp.persistence.summary.lineBreak"));
        }
        if (summary.length() > io.otp.persistence.audit.AuditChange.MAX_TEXT_LENGTH) {
            throw new ValidationException(Violation.of("summary", "OTP-AUDIT-LENGTH", "io.otp.persistence.audit.text.length",
                "length", summary.length(), "max", io.otp.persistence.audit.AuditChange.MAX_TEXT_LENGTH));
        }
        java.util.List<Violation> unkept = new java.util.ArrayList<>();
        io.otp.persistence.audit.StorableText.check(unkept, "summary", summary);
        if (!unkept.isEmpty()) {
            throw new ValidationException(unkept);
        }
        return new ChangeContext(actor, at, summary);
    }

    /**
     * Who writes.
     *
     * @return the person, not null
     */
    public PersonId actor() {
        return actor;
    }

    /**
     * When.
     *
     * @return the instant, not null
     */
    public Instant at() {
        return at;
    }

    /**
     * Why, in one line.
     *
     * @return the summary, possibly empty; not null
     */
    public String summary() {
        return summary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChangeContext && actor.equals(((ChangeContext) o).actor) && at.equals(((ChangeContext) o).at)
            && summary.equals(((ChangeContext) o).summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(actor, at, summary);
    }

    @Override
    public String toString() {
        return actor + " at " + at + (summary.isEmpty() ? "" : ": " + summary);
    }
}
