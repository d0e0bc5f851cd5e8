package io.otp.kpi.earning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The progress of one work item (a work package, a deliverable) at a status date, as the earning rules
 * read it: its budget (the planned value at completion), its state, and where a rule needs them, the
 * percentage complete, the weighted milestones, and the planned value to date (PMI <i>Practice
 * Standard for Earned Value Management</i>, 2nd ed., 2011; ANSI/EIA-748 guideline 7).
 *
 * <p>Invariants, all reported together: the budget is not negative (path {@code budget}, rule
 * {@code OTP-EARNING-BUDGET}); the percentage is within 0 and 100 ({@code percentComplete},
 * {@code OTP-EARNING-PERCENT}); the planned value is within zero and the budget, in the budget's
 * currency ({@code plannedValue}, {@code OTP-EARNING-PV}). Each milestone checks its own weight
 * ({@link WeightedMilestone}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkProgress.class)
@JsonDeserialize(as = ImmutableWorkProgress.class)
public abstract class WorkProgress {

    WorkProgress() {
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
     * Returns the budget of the work item: the planned value at completion.
     *
     * @return the budget, not negative, not null
     */
    public abstract Money budget();

    /**
     * Returns whether the work has started or finished; {@link WorkState#NOT_STARTED} by default.
     *
     * @return the state, not null
     */
    @Value.Default
    public WorkState state() {
        return WorkState.NOT_STARTED;
    }

    /**
     * Returns the percentage complete reported for the work item, used by the percent-complete rule.
     *
     * @return the percentage, within 0 and 100; empty if not reported, not null
     */
    public abstract Optional<Percentage> percentComplete();

    /**
     * Returns the weighted milestones of the work item, used by the weighted-milestones rule.
     *
     * @return the milestones, possibly empty, not null
     */
    public abstract List<WeightedMilestone> milestones();

    /**
     * Returns the cumulative planned value of the work item at the status date, used by the
     * level-of-effort rule.
     *
     * @return the planned value, within zero and the budget; empty if not given, not null
     */
    public abstract Optional<Money> plannedValue();

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (budget().isNegative()) {
            violations.add(Violation.of("budget", "OTP-EARNING-BUDGET", "io.otp.kpi.earning.budget",
                "value", budget()));
        }
        percentComplete().ifPresent(p -> {
            if (p.isLessThan(Percentage.ZERO) || p.isGreaterThan(Percentage.HUNDRED)) {
                violations.add(Violation.of("percentComplete", "OTP-EARNING-PERCENT", "io.otp.kpi.earning.percent",
                    "value", p));
            }
        });
        plannedValue().ifPresent(pv -> {
            if (!pv.currency().equals(budget().currency())) {
                violations.add(Violation.of("plannedValue", "OTP-EARNING-PV", "io.otp.kpi.earning.currency",
                    "value", pv, "currency", budget().currency().getCurrencyCode()));
            } else if (pv.isNegative() || pv.isGreaterThan(budget())) {
                violations.add(Violation.of("plannedValue", "OTP-EARNING-PV", "io.otp.kpi.earning.plannedValue",
                    "value", pv, "budget", budget()));
            }
        });
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link WorkProgress} values; each attribute may be set once. */
    public static final class Builder extends ImmutableWorkProgress.Builder {
        Builder() {
        }
    }
}
