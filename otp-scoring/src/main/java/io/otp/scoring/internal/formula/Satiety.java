package io.otp.scoring.internal.formula;

import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code satiety} (umbral de saciedad): points = M · min(bi, S) / S, with bi the offer's discount
 * over the budget in percent and S the parameter {@code satietyDiscount} in percent (0 &lt; S &lt; 100):
 * linear on the discount up to S; every discount of S or more scores M.
 *
 * <p>Allowed when the pliego justifies it (STS 381/2024): beyond the cap the administration gains
 * nothing it values, and reckless discounts are not rewarded. An offer equal to the budget scores 0;
 * the lowest offer scores M only when its discount reaches S (the formula is not relative to the best
 * offer). Degenerate cases: nobody discounts: every offer scores 0; one bid or all equal: each
 * scores M · min(bi, S) / S. No division by zero (S &gt; 0). Offers above the budget are refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Satiety extends PriceFormula {

    /** Creates the formula; for {@link java.util.ServiceLoader}. */
    public Satiety() {
        super("satiety", true, percentParameter("satietyDiscount",
            "discount in percent of the budget (S) from which every offer scores the maximum"));
    }

    @Override
    void compute(FormulaInput input, Map<String, BigDecimal> parameters, SortedMap<BidId, FormulaScore> scores) {
        MathContext mc = input.mathContext();
        BigDecimal max = input.maxPoints().value();
        BigDecimal budget = input.budget().orElseThrow();
        BigDecimal cap = parameters.get("satietyDiscount");
        BigDecimal capSaving = cap.multiply(budget);
        input.values().forEach((bid, offer) -> {
            BigDecimal d = discount(budget, offer, mc);
            BigDecimal saving = HUNDRED.multiply(budget.subtract(offer));
            Map<String, BigDecimal> used = inputs("offer", offer, "budget", budget, "discount", d,
                "satietyDiscount", cap);
            String text = n(max) + " × min(" + n(d) + ", " + n(cap) + ") / " + n(cap);
            scores.put(bid, saving.compareTo(capSaving) >= 0
                ? score(input, max, used, text)
                : score(input, max.multiply(saving).divide(capSaving, mc), used, text));
        });
    }
}
