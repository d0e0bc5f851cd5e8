package io.otp.kpi.earning;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The standard earning rules of the PMI <i>Practice Standard for Earned Value Management</i> (2nd ed.,
 * 2011, "measurement methods") and ANSI/EIA-748 guideline 7. Each has a stable {@link #id()}.
 *
 * <p>Where a rule takes a fraction of the budget (weighted milestones, 50/50, percent complete), the
 * earned value is the budget times the fraction, divided straight to the cent and rounded half up
 * ({@link Money#ROUNDING}), once; a work item that is complete earns exactly its budget.
 */
public enum StandardEarningRule implements EarningRule {

    /**
     * Weighted milestones: EV = budget &times; (sum of the weights of the milestones met) / (sum of all
     * weights). Needs at least one milestone.
     */
    WEIGHTED_MILESTONES("weighted-milestones") {
        @Override
        public Earning earn(WorkProgress progress) {
            Objects.requireNonNull(progress, "progress");
            if (progress.milestones().isEmpty()) {
                throw missing(this, "milestones");
            }
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal met = BigDecimal.ZERO;
            for (WeightedMilestone m : progress.milestones()) {
                total = total.add(m.weight());
                if (m.met()) {
                    met = met.add(m.weight());
                }
            }
            Money budget = progress.budget();
            Money ev = fraction(budget, met, total);
            return earning(this, budget, ev, "EV = budget × met weights / total weights = " + s(budget) + " × "
                + met.toPlainString() + " / " + total.toPlainString() + " = " + s(ev));
        }
    },

    /** 0/100: nothing is earned until the work is finished, then the whole budget. */
    ZERO_HUNDRED("0-100") {
        @Override
        public Earning earn(WorkProgress progress) {
            Objects.requireNonNull(progress, "progress");
            Money budget = progress.budget();
            boolean finished = progress.state() == WorkState.FINISHED;
            Money ev = finished ? budget : Money.zero(budget.currency());
            return earning(this, budget, ev, "EV = " + (finished ? "budget (finished) = " : "0 (not finished) = ")
                + s(ev));
        }
    },

    /** 50/50: half the budget when the work starts, the other half when it finishes. */
    FIFTY_FIFTY("50-50") {
        @Override
        public Earning earn(WorkProgress progress) {
            Objects.requireNonNull(progress, "progress");
            Money budget = progress.budget();
            switch (progress.state()) {
                case FINISHED:
                    return earning(this, budget, budget, "EV = budget (finished) = " + s(budget));
                case STARTED:
                    Money half = fraction(budget, BigDecimal.ONE, BigDecimal.valueOf(2));
                    return earning(this, budget, half,
                        "EV = budget / 2 (started) = " + s(budget) + " / 2 = " + s(half));
                default:
                    return earning(this, budget, Money.zero(budget.currency()), "EV = 0 (not started) = 0");
            }
        }
    },

    /** Percent complete: EV = budget &times; percentage complete / 100. Needs the percentage. */
    PERCENT_COMPLETE("percent-complete") {
        @Override
        public Earning earn(WorkProgress progress) {
            Objects.requireNonNull(progress, "progress");
            Percentage pct = progress.percentComplete().orElseThrow(() -> missing(this, "percentComplete"));
            Money budget = progress.budget();
            Money ev = fraction(budget, pct.value(), BigDecimal.valueOf(100));
            return earning(this, budget, ev, "EV = budget × % complete / 100 = " + s(budget) + " × "
                + pct.value().toPlainString() + " / 100 = " + s(ev));
        }
    },

    /**
     * Level of effort: EV = PV, the planned value to date; for support activities with no measurable
     * output. Needs the planned value.
     */
    LEVEL_OF_EFFORT("level-of-effort") {
        @Override
        public Earning earn(WorkProgress progress) {
            Objects.requireNonNull(progress, "progress");
            Money pv = progress.plannedValue().orElseThrow(() -> missing(this, "plannedValue"));
            return earning(this, progress.budget(), pv, "EV = PV (level of effort) = " + s(pv));
        }
    };

    private final String id;

    StandardEarningRule(String id) {
        this.id = id;
    }

    /**
     * Returns the stable id: {@code weighted-milestones}, {@code 0-100}, {@code 50-50},
     * {@code percent-complete} or {@code level-of-effort}.
     *
     * @return the id, not null
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * Finds a standard rule by its id.
     *
     * @param id the id, e.g. {@code 50-50}; not null
     * @return the rule, not null
     * @throws ValidationException if no standard rule has that id (path {@code rule})
     */
    public static StandardEarningRule fromId(String id) {
        Objects.requireNonNull(id, "id");
        for (StandardEarningRule rule : values()) {
            if (rule.id.equals(id.trim())) {
                return rule;
            }
        }
        throw new ValidationException(Violation.of("rule", "OTP-EARNING-RULE", "io.otp.kpi.earning.unknownRule",
            "value", id, "allowed", "weighted-milestones, 0-100, 50-50, percent-complete, level-of-effort"));
    }

    private static Money fraction(Money budget, BigDecimal part, BigDecimal whole) {
        if (part.compareTo(whole) == 0) {
            return budget;
        }
        BigDecimal amount = budget.amount().multiply(part)
            .divide(whole, budget.amount().scale(), Money.ROUNDING);
        return Money.of(amount, budget.currency());
    }

    private static Earning earning(EarningRule rule, Money budget, Money ev, String explanation) {
        return Earning.builder().rule(rule.id()).budget(budget).earnedValue(ev).explanation(explanation).build();
    }

    private static ValidationException missing(EarningRule rule, String field) {
        return new ValidationException(Violation.of(field, "OTP-EARNING-INPUT", "io.otp.kpi.earning.missingInput",
            "rule", rule.id(), "field", field));
    }

    private static String s(Money money) {
        return money.amount().toPlainString();
    }
}
