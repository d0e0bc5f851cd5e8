package io.otp.ocds;

import io.otp.core.execution.MilestoneStatus;
import io.otp.core.execution.MilestoneType;
import io.otp.core.id.MilestoneId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contract milestone as published in OCDS ({@code contracts[].implementation.milestones[]}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedMilestone {

    PublishedMilestone() {
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
     * The milestone's id ({@code id}).
     *
     * @return the value, not null
     */
    public abstract MilestoneId id();

    /**
     * The milestone's title ({@code title}).
     *
     * @return the value, not null
     */
    public abstract String title();

    /**
     * The milestone's type ({@code type}, {@code milestoneType} codelist).
     *
     * @return the value, not null
     */
    public abstract MilestoneType type();

    /**
     * The milestone's status ({@code status}, {@code milestoneStatus} codelist).
     *
     * @return the value, not null
     */
    public abstract MilestoneStatus status();

    /**
     * The baseline due date ({@code dueDate}).
     *
     * @return the value, not null
     */
    public abstract LocalDate dueDate();

    /**
     * When the milestone was met ({@code dateMet}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<LocalDate> dateMet();

    /**
     * The share of the contract amount paid at this milestone (SDK extension {@code paymentPercentage}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<Percentage> paymentPercentage();

    /**
     * The amount paid at this milestone (SDK extension {@code paymentValue}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<Money> paymentValue();

    /** Builds {@link PublishedMilestone}. */
    public static final class Builder extends ImmutablePublishedMilestone.Builder {
        Builder() {
        }
    }
}
