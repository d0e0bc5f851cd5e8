package io.otp.ocds;

import io.otp.core.id.BidId;
import io.otp.core.id.ContractId;
import io.otp.core.money.Money;
import io.otp.core.time.DateRange;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contract as published in OCDS ({@code contracts[]}) with its implementation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedContract {

    PublishedContract() {
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
     * The contract's id ({@code id}).
     *
     * @return the value, not null
     */
    public abstract ContractId id();

    /**
     * The award the contract follows ({@code awardID}).
     *
     * @return the value, not null
     */
    public abstract String awardId();

    /**
     * The contract's status, from the {@code contractStatus} codelist ({@code status}).
     *
     * @return the value, not null
     */
    public abstract String status();

    /**
     * The contract's period ({@code period}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<DateRange> period();

    /**
     * The contract amount, VAT excluded ({@code value}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<Money> value();

    /**
     * The bid awarded ({@code relatedBids[0]}, bids extension).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<BidId> bid();

    /**
     * The milestones ({@code implementation.milestones}).
     *
     * @return possibly empty; not null
     */
    public abstract List<PublishedMilestone> milestones();

    /**
     * The payments ({@code implementation.transactions}).
     *
     * @return possibly empty; not null
     */
    public abstract List<PublishedTransaction> transactions();

    /** Builds {@link PublishedContract}. */
    public static final class Builder extends ImmutablePublishedContract.Builder {
        Builder() {
        }
    }
}
