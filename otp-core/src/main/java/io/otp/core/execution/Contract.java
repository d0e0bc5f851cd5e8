package io.otp.core.execution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.BidId;
import io.otp.core.id.ContractId;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.LotId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A contract in execution: awarded from a bid for a lot of a tender (LCSP art. 153, formalisation),
 * with its supplier, its price VAT excluded and the VAT rate, its period, its milestones (among them
 * the payment plan, LCSP art. 198) and its deliverables.
 *
 * <p>The payment plan ({@link #paymentPlan()}) is the list of the contract's
 * {@link MilestoneType#PAYMENT payment} milestones. Either all of them give a percentage of the price
 * and the percentages add up to exactly 100 %, or all give an amount and the amounts add up to
 * exactly the contract amount; the price is paid in full and only once (LCSP art. 198.1).
 *
 * <p>Structural rules, all reported together, each naming its field:
 * <ul>
 *   <li>the amount is positive ({@code OTP-CONTRACT-AMOUNT}) and the VAT rate not negative
 *       ({@code OTP-VAT-RATE});</li>
 *   <li>milestone ids and deliverable ids are unique ({@code OTP-UNIQUE-ID});</li>
 *   <li>every deliverable a milestone or a certification names is a deliverable of the contract
 *       ({@code OTP-CONTRACT-DELIVERABLE});</li>
 *   <li>the payment plan is not empty, does not mix percentages and amounts, and adds up to 100 % or
 *       to the contract amount; amounts are in the contract's currency (rule {@code OTP-PAYMENT-PLAN},
 *       path {@code milestones}; currency {@code OTP-MONEY-CURRENCY});</li>
 *   <li>the amount a payment milestone's certification certifies is in the contract's currency and
 *       does not exceed the milestone's payment ({@code OTP-ACCEPTANCE-AMOUNT}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContract.class)
@JsonDeserialize(as = ImmutableContract.class)
public abstract class Contract implements Aggregate<ContractId> {

    Contract() {
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
     * The contract's identifier.
     *
     * @return the id, not null
     */
    public abstract ContractId id();

    /**
     * The tender the contract was awarded in.
     *
     * @return the tender, not null
     */
    public abstract TenderId tender();

    /**
     * The lot awarded.
     *
     * @return the lot, not null
     */
    public abstract LotId lot();

    /**
     * The bid awarded (LCSP art. 150).
     *
     * @return the bid, not null
     */
    public abstract BidId awardedBid();

    /**
     * The supplier (OCDS party role {@code supplier}).
     *
     * @return the organisation, not null
     */
    public abstract OrganisationId supplier();

    /**
     * The price, VAT excluded.
     *
     * @return the amount, positive; not null
     */
    public abstract Money amount();

    /**
     * The VAT rate applied to the price.
     *
     * @return the rate, not negative; not null
     */
    public abstract Percentage vatRate();

    /**
     * The period of execution.
     *
     * @return the period, not null
     */
    public abstract DateRange period();

    /**
     * The contract's milestones, in plan order.
     *
     * @return an unmodifiable list with at least one payment milestone; not null
     */
    public abstract List<Milestone> milestones();

    /**
     * The contract's deliverables.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<Deliverable> deliverables();

    /**
     * The values a contract is found by: {@code tender}, {@code lot}, {@code organisation} (the
     * supplier) and {@code date} (the start of its period).
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(TENDER, tender().value());
        q.put(LOT, lot().value());
        q.put(ORGANISATION, supplier().value());
        q.put(DATE, period().start().toString());
        return Collections.unmodifiableSortedMap(q);
    }

    /**
     * The price with VAT, VAT rounded half up to the cent.
     *
     * @return the amount, not null
     */
    public Money amountWithVat() {
        return amount().withVat(vatRate());
    }

    /**
     * The payment plan: the payment milestones, in plan order.
     *
     * @return an unmodifiable, non-empty list; not null
     */
    public List<Milestone> paymentPlan() {
        return milestones().stream().filter(m -> m.type() == MilestoneType.PAYMENT)
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Finds a milestone.
     *
     * @param id the milestone's id; not null
     * @return the milestone, empty if the contract has none with that id; not null
     * @throws ValidationException if {@code id} is null
     */
    public Optional<Milestone> milestone(MilestoneId id) {
        Arguments.require(id, "id");
        return milestones().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * Finds a deliverable.
     *
     * @param id the deliverable's id; not null
     * @return the deliverable, empty if the contract has none with that id; not null
     * @throws ValidationException if {@code id} is null
     */
    public Optional<Deliverable> deliverable(DeliverableId id) {
        Arguments.require(id, "id");
        return deliverables().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The amount each payment milestone pays, VAT excluded, in plan order. A milestone that gives an
     * amount pays it; with percentages, each milestone but the last pays its percentage of the price
     * rounded half up to the cent and the last pays the rest, so that the amounts add up to the
     * price exactly.
     *
     * @return an unmodifiable map from milestone id, in plan order, to amount; not null
     */
    public Map<MilestoneId, Money> paymentAmounts() {
        Map<MilestoneId, Money> out = new LinkedHashMap<>();
        List<Milestone> plan = paymentPlan();
        Money paid = Money.zero(amount().currency());
        for (int i = 0; i < plan.size(); i++) {
            Milestone m = plan.get(i);
            Money due;
            if (m.paymentAmount().isPresent()) {
                due = m.paymentAmount().get();
            } else if (i == plan.size() - 1) {
                due = amount().minus(paid);
            } else {
                due = amount().percentage(m.paymentPercentage().orElseThrow());
            }
            paid = paid.plus(due);
            out.put(m.id(), due);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Certifies the deliverables of a milestone and meets it ({@link Milestone#meetWith(AcceptanceRecord)}):
     * an acceptance meets it, a conditional acceptance partially meets it. An acceptance without
     * reservations requires every checklist item of the deliverables it covers to be verified (LCSP
     * art. 210.1, delivery to the administration's satisfaction); a conditional acceptance documents
     * the unverified ones as defects instead.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param milestone the milestone's id; not null
     * @param record the certification; not null
     * @return the contract with the milestone met or partially met, not null
     * @throws ValidationException if an argument is null; the milestone is unknown
     *     ({@code OTP-CONTRACT-MILESTONE}); the record is a rejection or does not cover the
     *     milestone's deliverables; an acceptance leaves checklist items unchecked ({@code LCSP-210});
     *     or the record names deliverables the contract lacks or certifies more than the milestone pays
     * @throws IllegalTransitionException if the milestone is already met
     */
    public Contract certify(MilestoneId milestone, AcceptanceRecord record) {
        Arguments.require(milestone, "milestone");
        Arguments.require(record, "record");
        int index = indexOf(milestone);
        if (record.outcome() == AcceptanceOutcome.ACCEPTED) {
            List<Violation> v = new ArrayList<>();
            for (int i = 0; i < deliverables().size(); i++) {
                Deliverable d = deliverables().get(i);
                if (record.deliverables().contains(d.id()) && !d.fullyChecked()) {
                    v.add(Violation.of("deliverables[" + i + "].checklist", "LCSP-210",
                        "io.otp.core.execution.contract.unchecked", "deliverable", d.id(),
                        "items", d.uncheckedItems().stream().map(ChecklistItem::description)
                            .collect(Collectors.joining("; "))));
                }
            }
            if (!v.isEmpty()) {
                throw new ValidationException(v);
            }
        }
        Milestone met;
        try {
            met = milestones().get(index).meetWith(record);
        } catch (IllegalTransitionException e) {
            // Thrown as is: under() would turn it into a plain ValidationException and lose its type.
            throw e;
        } catch (ValidationException e) {
            throw e.under("milestones[" + index + "]");
        }
        List<Milestone> list = new ArrayList<>(milestones());
        list.set(index, met);
        return copy(list, deliverables());
    }

    /**
     * Meets a milestone other than a payment one on the date it was reached
     * ({@link Milestone#meet(LocalDate)}), e.g. the kick-off meeting held.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param milestone the milestone's id; not null
     * @param actualDate the date reached; not null
     * @return the contract with the milestone met, not null
     * @throws ValidationException if an argument is null, the milestone is unknown
     *     ({@code OTP-CONTRACT-MILESTONE}) or it is a payment milestone, which only a certification meets
     *     ({@code LCSP-210}; use {@link #certify(MilestoneId, AcceptanceRecord)})
     * @throws IllegalTransitionException if the milestone is already met
     */
    public Contract meet(MilestoneId milestone, LocalDate actualDate) {
        Arguments.require(milestone, "milestone");
        int index = indexOf(milestone);
        Milestone met;
        try {
            met = milestones().get(index).meet(actualDate);
        } catch (IllegalTransitionException e) {
            throw e;
        } catch (ValidationException e) {
            throw e.under("milestones[" + index + "]");
        }
        List<Milestone> list = new ArrayList<>(milestones());
        list.set(index, met);
        return copy(list, deliverables());
    }

    /**
     * Records a new forecast of a milestone ({@link Milestone#reviseForecast(LocalDate, LocalDate)}).
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param milestone the milestone's id; not null
     * @param reportDate the date of the report; not null; after the milestone's last report date
     * @param forecastDate the date forecast; not null
     * @return the contract with the forecast recorded, not null
     * @throws ValidationException if an argument is null, the milestone is unknown
     *     ({@code OTP-CONTRACT-MILESTONE}) or the report date is not after the last one
     *     ({@code OTP-MILESTONE-FORECAST-ORDER})
     */
    public Contract reviseForecast(MilestoneId milestone, LocalDate reportDate, LocalDate forecastDate) {
        Arguments.require(milestone, "milestone");
        int index = indexOf(milestone);
        Milestone revised;
        try {
            revised = milestones().get(index).reviseForecast(reportDate, forecastDate);
        } catch (ValidationException e) {
            throw e.under("milestones[" + index + "]");
        }
        List<Milestone> list = new ArrayList<>(milestones());
        list.set(index, revised);
        return copy(list, deliverables());
    }

    /**
     * Replaces a deliverable by a new version with the same id, e.g. with checklist items verified.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param deliverable the new version; not null
     * @return the contract with the deliverable replaced, not null
     * @throws ValidationException if the argument is null or the contract has no deliverable with its
     *     id ({@code OTP-CONTRACT-DELIVERABLE})
     */
    public Contract withDeliverable(Deliverable deliverable) {
        Arguments.require(deliverable, "deliverable");
        List<Deliverable> list = new ArrayList<>(deliverables());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(deliverable.id())) {
                list.set(i, deliverable);
                return copy(milestones(), list);
            }
        }
        throw new ValidationException(Violation.of("deliverables", "OTP-CONTRACT-DELIVERABLE",
            "io.otp.core.execution.contract.unknownDeliverable", "contract", id(), "deliverable", deliverable.id()));
    }

    private int indexOf(MilestoneId milestone) {
        for (int i = 0; i < milestones().size(); i++) {
            if (milestones().get(i).id().equals(milestone)) {
                return i;
            }
        }
        throw new ValidationException(Violation.of("milestones", "OTP-CONTRACT-MILESTONE",
            "io.otp.core.execution.contract.unknownMilestone", "contract", id(), "milestone", milestone));
    }

    private Contract copy(List<Milestone> milestones, List<Deliverable> deliverables) {
        return builder().id(id()).tender(tender()).lot(lot()).awardedBid(awardedBid()).supplier(supplier())
            .amount(amount()).vatRate(vatRate()).period(period()).addAllMilestones(milestones)
            .addAllDeliverables(deliverables).build();
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (!amount().isPositive()) {
            v.add(Violation.of("amount", "OTP-CONTRACT-AMOUNT", "io.otp.core.execution.contract.amount",
                "contract", id(), "value", amount()));
        }
        if (vatRate().value().signum() < 0) {
            v.add(Violation.of("vatRate", "OTP-VAT-RATE", "io.otp.core.money.vatRate", "value", vatRate()));
        }
        Set<DeliverableId> known = new HashSet<>();
        for (int i = 0; i < deliverables().size(); i++) {
            if (!known.add(deliverables().get(i).id())) {
                v.add(Violation.of("deliverables[" + i + "].id", "OTP-UNIQUE-ID",
                    "io.otp.core.execution.contract.duplicateId", "contract", id(), "id", deliverables().get(i).id()));
            }
        }
        Set<MilestoneId> seen = new HashSet<>();
        for (int i = 0; i < milestones().size(); i++) {
            Milestone m = milestones().get(i);
            if (!seen.add(m.id())) {
                v.add(Violation.of("milestones[" + i + "].id", "OTP-UNIQUE-ID",
                    "io.otp.core.execution.contract.duplicateId", "contract", id(), "id", m.id()));
            }
            unknown(v, "milestones[" + i + "].deliverables", m.deliverables(), known);
            if (m.certification().isPresent()) {
                unknown(v, "milestones[" + i + "].certification.deliverables", m.certification().get().deliverables(),
                    known);
            }
        }
        boolean planValid = checkPaymentPlan(v);
        if (planValid && amount().isPositive()) {
            checkCertifiedAmounts(v);
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private void unknown(List<Violation> v, String path, Set<DeliverableId> ids, Set<DeliverableId> known) {
        String missing = ids.stream().filter(d -> !known.contains(d)).map(DeliverableId::value)
            .sorted().collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            v.add(Violation.of(path, "OTP-CONTRACT-DELIVERABLE", "io.otp.core.execution.contract.unknownDeliverable",
                "contract", id(), "deliverable", missing));
        }
    }

    /** Checks the payment plan; tells whether it is sound enough to compute the payments. */
    private boolean checkPaymentPlan(List<Violation> v) {
        List<Milestone> plan = paymentPlan();
        if (plan.isEmpty()) {
            v.add(Violation.of("milestones", "OTP-PAYMENT-PLAN", "io.otp.core.execution.contract.paymentPlan.empty",
                "contract", id()));
            return false;
        }
        long byPercentage = plan.stream().filter(m -> m.paymentPercentage().isPresent()).count();
        if (byPercentage != 0 && byPercentage != plan.size()) {
            v.add(Violation.of("milestones", "OTP-PAYMENT-PLAN", "io.otp.core.execution.contract.paymentPlan.mixed",
                "contract", id(), "percentages", byPercentage, "amounts", plan.size() - byPercentage));
            return false;
        }
        if (byPercentage > 0) {
            Percentage sum = plan.stream().map(m -> m.paymentPercentage().orElseThrow())
                .reduce(Percentage.ZERO, Percentage::plus);
            if (sum.compareTo(Percentage.HUNDRED) != 0) {
                v.add(Violation.of("milestones", "OTP-PAYMENT-PLAN",
                    "io.otp.core.execution.contract.paymentPlan.percentages", "contract", id(), "sum", sum));
                return false;
            }
            return true;
        }
        boolean sameCurrency = true;
        for (int i = 0; i < milestones().size(); i++) {
            Optional<Money> a = milestones().get(i).paymentAmount();
            if (a.isPresent() && !a.get().currency().equals(amount().currency())) {
                v.add(Violation.of("milestones[" + i + "].paymentAmount", "OTP-MONEY-CURRENCY",
                    "io.otp.core.execution.contract.currency", "contract", id(), "value", a.get(),
                    "currency", amount().currency()));
                sameCurrency = false;
            }
        }
        if (!sameCurrency) {
            return false;
        }
        Money sum = plan.stream().map(m -> m.paymentAmount().orElseThrow())
            .reduce(Money.zero(amount().currency()), Money::plus);
        if (!sum.equals(amount())) {
            v.add(Violation.of("milestones", "OTP-PAYMENT-PLAN", "io.otp.core.execution.contract.paymentPlan.amounts",
                "contract", id(), "sum", sum, "expected", amount()));
            return false;
        }
        return true;
    }

    private void checkCertifiedAmounts(List<Violation> v) {
        Map<MilestoneId, Money> due = paymentAmounts();
        for (int i = 0; i < milestones().size(); i++) {
            Milestone m = milestones().get(i);
            if (m.type() != MilestoneType.PAYMENT || m.certification().isEmpty()) {
                continue;
            }
            Money certified = m.certification().get().certifiedAmount();
            String path = "milestones[" + i + "].certification.certifiedAmount";
            if (!certified.currency().equals(amount().currency())) {
                v.add(Violation.of(path, "OTP-MONEY-CURRENCY", "io.otp.core.execution.contract.currency",
                    "contract", id(), "value", certified, "currency", amount().currency()));
            } else if (certified.isGreaterThan(due.get(m.id()))) {
                v.add(Violation.of(path, "OTP-ACCEPTANCE-AMOUNT", "io.otp.core.execution.contract.certifiedAmount",
                    "contract", id(), "milestone", m.id(), "value", certified, "due", due.get(m.id())));
            }
        }
    }

    /** Builds {@link Contract}s; each attribute may be set once. */
    public static final class Builder extends ImmutableContract.Builder {
        Builder() {
        }
    }
}
