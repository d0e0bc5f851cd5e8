package io.otp.ocds;

import io.otp.core.id.MilestoneId;
import io.otp.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A payment as published in OCDS ({@code contracts[].implementation.transactions[]}): the amount certified at a payment milestone.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedTransaction {

    PublishedTransaction() {
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
     * The transaction's id ({@code id}).
     *
     * @return the value, not null
     */
    public abstract String id();

    /**
     * The date of the certification ({@code date}).
     *
     * @return the value, not null
     */
    public abstract LocalDate date();

    /**
     * The amount certified ({@code value}).
     *
     * @return the value, not null
     */
    public abstract Money value();

    /**
     * The milestone certified (SDK extension {@code relatedMilestone}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<MilestoneId> milestone();

    /** Builds {@link PublishedTransaction}. */
    public static final class Builder extends ImmutablePublishedTransaction.Builder {
        Builder() {
        }
    }
}
