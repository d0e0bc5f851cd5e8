package io.otp.ocds;

import io.otp.core.id.BidId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An award as published in OCDS ({@code awards[]}): a proposed or decided award of a lot, or a lot left void.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedAward {

    PublishedAward() {
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
     * The award's id ({@code id}).
     *
     * @return the value, not null
     */
    public abstract String id();

    /**
     * The award's status, from the {@code awardStatus} codelist ({@code status}).
     *
     * @return the value, not null
     */
    public abstract String status();

    /**
     * The award date ({@code date}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<OffsetDateTime> date();

    /**
     * The lot awarded ({@code relatedLots[0]}, lots extension).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<LotId> lot();

    /**
     * The bid awarded ({@code relatedBids[0]}, bids extension).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<BidId> bid();

    /**
     * The supplier awarded ({@code suppliers[0].id}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<OrganisationId> supplier();

    /**
     * The value awarded, VAT excluded ({@code value}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<Money> value();

    /** Builds {@link PublishedAward}. */
    public static final class Builder extends ImmutablePublishedAward.Builder {
        Builder() {
        }
    }
}
