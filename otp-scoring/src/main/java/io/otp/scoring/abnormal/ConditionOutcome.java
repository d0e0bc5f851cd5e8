package io.otp.scoring.abnormal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one condition of a pliego's rule ({@link PliegoCondition}) came out for one offer: what was compared
 * with what, the limit, and whether the condition was met. A group's outcome follows its nested outcomes
 * and records only whether it was met.
 *
 * <p>The verdict {@link #met()} is decided exactly (strict comparisons, means kept as a sum over a count);
 * {@link #referenceAmount()} and {@link #limit()} explain it and are exact when the division terminates,
 * otherwise rounded once to {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConditionOutcome.class)
@JsonDeserialize(as = ImmutableConditionOutcome.class)
public abstract class ConditionOutcome {

    ConditionOutcome() {
    }

    /**
     * Starts a builder.
     *
     * @return a new builder; not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Where the condition sits in the rule, counting from 1: {@code 2} for the second condition,
     * {@code 2.1} for the first condition of the group that is the second.
     *
     * @return the position; not null
     */
    public abstract String position();

    /**
     * The condition in words ({@link PliegoCondition#describe()}).
     *
     * @return the description; not null
     */
    public abstract String description();

    /**
     * The kind of the condition.
     *
     * @return the kind; not null
     */
    public abstract ConditionKind kind();

    /**
     * The condition's own parameters, repeated so that the outcome explains itself in any language: for a
     * price condition its reference, measure and threshold; for a technical one its comparison, reference and
     * threshold; for a group its combination ({@link PliegoCondition}).
     *
     * @return the reference of a price condition; empty for other kinds
     */
    public abstract Optional<PriceReference> priceReference();

    /**
     * The measure of a price condition.
     *
     * @return the measure; empty for other kinds
     */
    public abstract Optional<PriceMeasure> measure();

    /**
     * The threshold of a price or technical condition (X, Z or Y).
     *
     * @return the threshold; empty for RGLCAP art. 85, groups and the technical mean
     */
    public abstract Optional<BigDecimal> threshold();

    /**
     * The comparison of a technical condition.
     *
     * @return the comparison; empty for other kinds
     */
    public abstract Optional<TechnicalComparison> comparison();

    /**
     * The reference of a technical condition.
     *
     * @return the reference; empty for other kinds
     */
    public abstract Optional<TechnicalReference> technicalReference();

    /**
     * The combination of a group.
     *
     * @return the combination; empty for other kinds
     */
    public abstract Optional<Combination> combination();

    /**
     * The provision applied: {@code LCSP-149.2.b} for the pliego's own conditions, the RGLCAP art. 85 clause
     * (e.g. {@code RGLCAP-85.4}) for an RGLCAP condition.
     *
     * @return the provision; not null
     */
    public abstract String legalId();

    /**
     * What the offer's price or technical points were compared with.
     *
     * @return the reference kind; {@link ReferenceKind#NONE} for a group or when no reference exists
     */
    public abstract ReferenceKind reference();

    /**
     * The reference amount (the budget, a mean, the lowest other offer) or score (the technical points set,
     * the share of the maximum, the mean technical points).
     *
     * @return the amount; empty for a group or when no reference exists
     */
    public abstract Optional<BigDecimal> referenceAmount();

    /**
     * For the reference "lowest other offer", the offer that was it.
     *
     * @return the bid; empty otherwise
     */
    public abstract Optional<BidId> referenceOffer();

    /**
     * The value compared: the offer's price, or its technical points.
     *
     * @return the value; empty for a group
     */
    public abstract Optional<BigDecimal> value();

    /**
     * The limit the value had to be strictly below (price, technical {@link TechnicalComparison#BELOW}) or
     * above (technical {@link TechnicalComparison#ABOVE}) for the condition to be met.
     *
     * @return the limit; empty for a group or when no reference exists
     */
    public abstract Optional<BigDecimal> limit();

    /**
     * Whether the condition was met.
     *
     * @return true if met
     */
    public abstract boolean met();

    /** Builds {@link ConditionOutcome}s; each attribute may be set once. */
    public static final class Builder extends ImmutableConditionOutcome.Builder {
        Builder() {
        }
    }
}
