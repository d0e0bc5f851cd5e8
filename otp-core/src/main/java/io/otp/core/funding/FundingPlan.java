package io.otp.core.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a project's budget is split by funding source.
 *
 * <p>Structural rules, checked whenever a plan is built or copied (all broken rules are reported
 * together in one {@link ValidationException}, each naming its field):
 * <ul>
 *   <li>the budget is greater than zero ({@code OTP-FUNDING-PLAN-BUDGET});</li>
 *   <li>every share is greater than zero and in the budget's currency ({@code OTP-FUNDING-PLAN-SHARE});</li>
 *   <li>the shares add up exactly to the budget, to the cent ({@code OTP-FUNDING-PLAN-SUM}), so every
 *       euro of the project has one known source.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingPlan.class)
@JsonDeserialize(as = ImmutableFundingPlan.class)
public abstract class FundingPlan {

    FundingPlan() {
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
     * The project funded.
     *
     * @return the project, not null
     */
    public abstract ProjectId project();

    /**
     * The project's budget.
     *
     * @return the budget, greater than zero, not null
     */
    public abstract Money budget();

    /**
     * The parts of the budget by source.
     *
     * @return an unmodifiable list adding up to the budget, never empty; not null
     */
    public abstract List<FundingShare> shares();

    /**
     * The total paid by one programme.
     *
     * @param programme the programme; not null
     * @return the sum of its shares, zero in the budget's currency when it has none; not null
     * @throws NullValueException if the programme is null
     */
    public Money amountFrom(FundingProgramme programme) {
        if (programme == null) {
            throw new NullValueException("programme");
        }
        return shares().stream().filter(s -> s.programme() == programme).map(FundingShare::amount)
            .reduce(Money.zero(budget().currency()), Money::plus);
    }

    /**
     * The total paid by EU programmes ({@link FundingProgramme#isEuFunded()}).
     *
     * @return the sum, zero in the budget's currency when none; not null
     */
    public Money euFundedAmount() {
        return shares().stream().filter(s -> s.programme().isEuFunded()).map(FundingShare::amount)
            .reduce(Money.zero(budget().currency()), Money::plus);
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (!budget().isPositive()) {
            violations.add(Violation.of("budget", "OTP-FUNDING-PLAN-BUDGET", "io.otp.core.funding.plan.budget.positive",
                "project", project(), "value", budget()));
        }
        Money sum = Money.zero(budget().currency());
        boolean summable = true;
        for (int i = 0; i < shares().size(); i++) {
            Money amount = shares().get(i).amount();
            if (!amount.currency().equals(budget().currency())) {
                summable = false;
                violations.add(Violation.of("shares[" + i + "].amount", "OTP-FUNDING-PLAN-SHARE",
                    "io.otp.core.funding.currency", "value", amount, "expected", budget().currency()));
            } else {
                if (!amount.isPositive()) {
                    violations.add(Violation.of("shares[" + i + "].amount", "OTP-FUNDING-PLAN-SHARE",
                        "io.otp.core.funding.plan.share.positive", "project", project(), "value", amount));
                }
                sum = sum.plus(amount);
            }
        }
        if (summable && !sum.equals(budget())) {
            violations.add(Violation.of("shares", "OTP-FUNDING-PLAN-SUM", "io.otp.core.funding.plan.sum",
                "project", project(), "sum", sum, "budget", budget()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link FundingPlan}s; obtain one from {@link FundingPlan#builder()}. */
    public static final class Builder extends ImmutableFundingPlan.Builder {
        Builder() {
        }
    }
}
