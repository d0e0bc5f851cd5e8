package io.otp.core.tender;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An envelope (sobre, archivo electrónico) of a bid: the documents filed in it. Envelopes are
 * opened in the order LCSP arts. 146.2.b and 157 prescribe; the scoring module enforces it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnvelope.class)
@JsonDeserialize(as = ImmutableEnvelope.class)
public abstract class Envelope {

    Envelope() {
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
     * An envelope with no documents.
     *
     * @return the empty envelope, not null
     */
    public static Envelope empty() {
        return builder().build();
    }

    /**
     * The documents, in the order filed.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<DocumentReference> documents();

    /** Builds {@link Envelope}s; each attribute may be set once. */
    public static final class Builder extends ImmutableEnvelope.Builder {
        Builder() {
        }
    }
}
