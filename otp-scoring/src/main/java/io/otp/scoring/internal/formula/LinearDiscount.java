package io.otp.scoring.internal.formula;

import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code linear-discount} ("regla de tres directa"): points = M · (B − Pi) / (B − Pmin), that is the
 * offer's discount over the highest discount.
 *
 * <p>The lowest offer scores M and an offer equal to the budget scores 0, as tribunals require
 * where the pliego says so; the formula exaggerates tiny differences between offers. Offers above
 * the budget are refused (RGLCAP art. 84). Degenerate cases: one bid, or all offers equal below the
 * budget, score M each. When nobody discounts (every offer equals the budget) every offer scores
 * <b>0</b>: the formula measures the saving obtained and none was; giving M instead would reward no
 * economy and contradict the 0 the same offer scores whenever anyone else discounts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LinearDiscount extends PriceFormula {

    /** Creates the formula; for {@link java.util.ServiceLoader}. */
    public LinearDiscount() {
        super("linear-discount", true);
    }

    @Override
    void compute(FormulaInput input, Map<String, BigDecimal> parameters, SortedMap<BidId, FormulaScore> scores) {
        BigDecimal max = input.maxPoints().value();
        BigDecimal budget = input.budget().orElseThrow();
        BigDecimal lowest = lowest(input);
        BigDecimal best = budget.subtract(lowest);
        input.values().forEach((bid, offer) -> {
            Map<String, BigDecimal> used = inputs("offer", offer, "lowestOffer", lowest, "budget", budget);
            String text = n(max) + " × (" + n(budget) + " − " + n(offer) + ") / (" + n(budget) + " − "
                + n(lowest) + ")";
            scores.put(bid, best.signum() == 0
                ? score(input, BigDecimal.ZERO, used, "0 (nobody discounts: " + text + ")")
                : score(input, max.multiply(budget.subtract(offer)).divide(best, input.mathContext()),
                    used, text));
        });
    }
}
