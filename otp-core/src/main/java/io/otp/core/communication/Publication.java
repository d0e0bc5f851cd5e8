package io.otp.core.communication;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The record of something the office published about a project: what, when, on which channel, for
 * which audience and where it can be found.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublication.class)
@JsonDeserialize(as = ImmutablePublication.class)
public abstract class Publication {

    Publication() {
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
     * The reference of the publication within its plan, e.g. {@code PUB-07}.
     *
     * @return the reference, not null
     */
    public abstract String reference();

    /**
     * What was published.
     *
     * @return the title, not null
     */
    public abstract String title();

    /**
     * The day of publication.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * The channel of publication.
     *
     * @return the channel, not null
     */
    public abstract Channel channel();

    /**
     * The audience addressed.
     *
     * @return the audience, not null
     */
    public abstract Audience audience();

    /**
     * Where the publication can be found.
     *
     * @return the link, not null
     */
    public abstract URI link();

    /**
     * Whether the publication discloses evaluation results (scores, ranking, proposed awardee).
     *
     * @return true if it contains evaluation results
     */
    public abstract boolean containsEvaluationResults();

    /**
     * Whether the publication carries the EU funding statement and the EU emblem ("Financiado por la
     * Unión Europea - NextGenerationEU"), Regulation (EU) 2021/241 art. 34.2.
     *
     * @return true if it carries them
     */
    public abstract boolean carriesEuFundingStatement();

    /** Builds publications. */
    public static final class Builder extends ImmutablePublication.Builder {
        Builder() {
        }
    }
}
