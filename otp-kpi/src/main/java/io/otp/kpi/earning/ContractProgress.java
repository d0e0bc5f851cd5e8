package io.otp.kpi.earning;

import io.otp.core.execution.Contract;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneStatus;
import io.otp.core.id.MilestoneId;
import io.otp.core.money.Money;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a contract's payment plan into the progress the weighted-milestones earning rule reads: each
 * payment milestone weighs what it pays (LCSP art. 198: the price is paid against certified work), and
 * counts as met when it was met, through the acceptance of its deliverables, on or before the status
 * date; a milestone that pays nothing weighs nothing and is left out. A partially met milestone (a conditional acceptance, LCSP art. 210) earns nothing until it is
 * met, so earned value never runs ahead of what was fully accepted.
 *
 * <pre>{@code
 * Earning ev = StandardEarningRule.WEIGHTED_MILESTONES.earn(ContractProgress.of(contract, statusDate));
 * }</pre>
 */
public final class ContractProgress {

    private ContractProgress() {
    }

    /**
     * The progress of a contract at a date, for {@link StandardEarningRule#WEIGHTED_MILESTONES}.
     *
     * @param contract the contract; not null
     * @param statusDate the status date; not null
     * @return the budget (the contract amount, VAT excluded), one weighted milestone per payment milestone
     *     in plan order, and the planned value (what the milestones whose baseline date is on or before the
     *     status date pay); not null
     */
    public static WorkProgress of(Contract contract, LocalDate statusDate) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(statusDate, "statusDate");
        WorkProgress.Builder progress = WorkProgress.builder();
        progress.budget(contract.amount());
        Money planned = Money.zero(contract.amount().currency());
        Map<MilestoneId, Money> amounts = contract.paymentAmounts();
        for (Milestone m : contract.paymentPlan()) {
            Money pays = amounts.get(m.id());
            if (!pays.isPositive()) {
                continue;
            }
            boolean met = m.status() == MilestoneStatus.MET
                && m.actualDate().map(d -> !d.isAfter(statusDate)).orElse(false);
            progress.addMilestones(WeightedMilestone.of(m.id().value(), pays.amount(), met));
            if (!m.baselineDate().isAfter(statusDate)) {
                planned = planned.plus(pays);
            }
        }
        return progress.plannedValue(planned).build();
    }
}
