package io.otp.core.tender;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document filed in an envelope of a bid: its title, where it is kept, and the SHA-256 digest
 * that proves it was not changed after submission.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocumentReference.class)
@JsonDeserialize(as = ImmutableDocumentReference.class)
public abstract class DocumentReference {

    DocumentReference() {
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
     * The document's title, e.g. "Memoria técnica".
     *
     * @return the title, not blank
     */
    public abstract String title();

    /**
     * Where the document is kept (a URI of the host's document store).
     *
     * @return the location; empty if not recorded
     */
    public abstract Optional<String> uri();

    /**
     * The SHA-256 digest of the document's bytes, 64 lowercase hexadecimal characters.
     *
     * @return the digest; empty if not recorded
     */
    public abstract Optional<String> sha256();

    @Value.Check
    DocumentReference normalise() {
        List<Violation> v = new ArrayList<>();
        if (title().isBlank()) {
            v.add(Violation.of("title", "OTP-DOCUMENT-TITLE", "io.otp.core.tender.document.title"));
        }
        sha256().filter(d -> !d.matches("[0-9a-fA-F]{64}")).ifPresent(d ->
            v.add(Violation.of("sha256", "OTP-SHA256", "io.otp.core.tender.document.sha256", "value", d)));
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        if (sha256().isPresent() && !sha256().get().equals(sha256().get().toLowerCase(Locale.ROOT))) {
            return ((ImmutableDocumentReference) ImmutableDocumentReference.copyOf(this)).withSha256(sha256().get().toLowerCase(Locale.ROOT));
        }
        return this;
    }

    /** Builds {@link DocumentReference}s; each attribute may be set once. */
    public static final class Builder extends ImmutableDocumentReference.Builder {
        Builder() {
        }
    }
}
