package io.otp.scoring.internal.formula;

import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.tender.Direction;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaParameter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * A formula on offered prices: prices must be greater than zero and the direction lower-is-better;
 * formulas on the discount over the base budget also need the budget and refuse offers above it
 * (such offers are rejected before scoring, RGLCAP art. 84).
 */
abstract class PriceFormula extends BaseFormula {

    private final boolean onDiscount;

    PriceFormula(String id, boolean onDiscount, FormulaParameter... parameters) {
        super(id, parameters);
        this.onDiscount = onDiscount;
    }

    @Override
    final void checkValues(FormulaInput input, List<Violation> violations) {
        if (input.direction() != Direction.LOWER_IS_BETTER) {
            violations.add(violation("direction", "OTP-FORMULA-DIRECTION", "io.otp.scoring.formula.direction",
                "formula", id(), "direction", input.direction(), "expected", Direction.LOWER_IS_BETTER));
        }
        if (onDiscount && input.budget().isEmpty()) {
            violations.add(violation("budget", "OTP-FORMULA-BUDGET", "io.otp.scoring.formula.budget.missing",
                "formula", id()));
        }
        for (Map.Entry<BidId, BigDecimal> e : input.values().entrySet()) {
            String path = "values[" + e.getKey() + "]";
            if (e.getValue().signum() <= 0) {
                violations.add(violation(path, "OTP-FORMULA-VALUE", "io.otp.scoring.formula.value.notPositive",
                    "bid", e.getKey(), "value", n(e.getValue())));
            } else if (onDiscount && input.budget().isPresent()
                    && e.getValue().compareTo(input.budget().get()) > 0) {
                violations.add(violation(path, "RGLCAP-84", "io.otp.scoring.formula.value.aboveBudget",
                    "bid", e.getKey(), "value", n(e.getValue()), "budget", n(input.budget().get()),
                    "formula", id()));
            }
        }
    }

    static BigDecimal lowest(FormulaInput input) {
        return input.values().values().stream().min(BigDecimal::compareTo).orElseThrow();
    }

    /** The discount of an offer in percent of the budget, 100 (B − P) / B, for explanations. */
    static BigDecimal discount(BigDecimal budget, BigDecimal offer, MathContext mc) {
        return HUNDRED.multiply(budget.subtract(offer)).divide(budget, mc);
    }
}
