package io.otp.ocds;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an OCDS package says of itself, read by {@link OcdsPackageReader} along with its releases.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OcdsPackageInfo {

    OcdsPackageInfo() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The package's URI ({@code uri}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<String> uri();

    /**
     * The OCDS version ({@code version}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<String> version();

    /**
     * When the package was published ({@code publishedDate}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<OffsetDateTime> publishedDate();

    /**
     * The publisher's name ({@code publisher.name}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<String> publisherName();

    /**
     * The licence ({@code license}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<String> license();

    /**
     * The extensions declared ({@code extensions}).
     *
     * @return possibly empty; not null
     */
    public abstract List<String> extensions();

    /**
     * The number of releases read (for a record package, the number of records).
     *
     * @return the value
     */
    public abstract long releaseCount();

    /** Builds {@link OcdsPackageInfo}. */
    public static final class Builder extends ImmutableOcdsPackageInfo.Builder {
        Builder() {
        }
    }
}
