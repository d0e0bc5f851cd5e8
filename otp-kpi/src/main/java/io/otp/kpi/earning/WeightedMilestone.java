package io.otp.kpi.earning;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A milestone of a work item earned by the weighted-milestones rule: its name, its weight (a positive
 * number; weights are relative, they need not add up to 100) and whether it is met (PMI <i>Practice
 * Standard for Earned Value Management</i>, 2nd ed., 2011, "weighted milestones").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeightedMilestone.class)
@JsonDeserialize(as = ImmutableWeightedMilestone.class)
public abstract class WeightedMilestone {

    WeightedMilestone() {
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
     * Obtains a milestone.
     *
     * @param name the name; not null, not blank
     * @param weight the weight; not null; positive
     * @param met whether the milestone is met
     * @return the milestone, not null
     * @throws ValidationException if the name is blank or the weight is not positive
     */
    public static WeightedMilestone of(String name, BigDecimal weight, boolean met) {
        return builder().name(name).weight(weight).met(met).build();
    }

    /**
     * Returns the name of the milestone.
     *
     * @return the name, not null, not blank
     */
    public abstract String name();

    /**
     * Returns the weight of the milestone relative to the others of the work item.
     *
     * @return the weight, positive, not null
     */
    public abstract BigDecimal weight();

    /**
     * Tells whether the milestone is met.
     *
     * @return true if met
     */
    public abstract boolean met();

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (name().isBlank()) {
            violations.add(Violation.of("name", "OTP-EARNING-MILESTONE", "io.otp.kpi.earning.milestoneName"));
        }
        if (weight().signum() <= 0) {
            violations.add(Violation.of("weight", "OTP-EARNING-WEIGHT", "io.otp.kpi.earning.weight",
                "value", OtpMessages.number(weight()), "milestone", name()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    WeightedMilestone plainDecimals() {
        return ((ImmutableWeightedMilestone) ImmutableWeightedMilestone.copyOf(this))
            .withWeight(plain(weight()));
    }

    /** Builds {@link WeightedMilestone}s; each attribute may be set once. */
    public static final class Builder extends ImmutableWeightedMilestone.Builder {
        Builder() {
        }
    }
}
