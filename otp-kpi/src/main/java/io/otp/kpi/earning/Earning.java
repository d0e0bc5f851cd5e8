package io.otp.kpi.earning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.money.Money;
import org.immutables.value.Value;

/**
 * The earned value of a work item under an earning rule, with how it was obtained (PMI <i>Practice
 * Standard for Earned Value Management</i>, 2nd ed., 2011, "measurement methods").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEarning.class)
@JsonDeserialize(as = ImmutableEarning.class)
public abstract class Earning {

    Earning() {
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
     * Returns the id of the rule applied ({@link EarningRule#id()}).
     *
     * @return the rule id, not null
     */
    public abstract String rule();

    /**
     * Returns the budget of the work item.
     *
     * @return the budget, not null
     */
    public abstract Money budget();

    /**
     * Returns the earned value, between zero and the budget.
     *
     * @return the earned value, not null
     */
    public abstract Money earnedValue();

    /**
     * Returns the formula with the numbers substituted, e.g.
     * {@code EV = budget × met weights / total weights = 12000.00 × 3 / 4 = 9000.00}.
     *
     * @return the explanation, not null
     */
    public abstract String explanation();

    /** Builds {@link Earning}s; each attribute may be set once. */
    public static final class Builder extends ImmutableEarning.Builder {
        Builder() {
        }
    }
}
