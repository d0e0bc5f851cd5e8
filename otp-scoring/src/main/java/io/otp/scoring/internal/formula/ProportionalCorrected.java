package io.otp.scoring.internal.formula;

import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code proportional-corrected}: points = M · bi / max(Bs, bmax), with bi the offer's discount
 * over the budget in percent, bmax the highest discount and Bs the parameter
 * {@code significantDiscount} in percent (0 &lt; Bs &lt; 100; 2 to 5 typical), set in the pliego.
 *
 * <p>Proposed by JCCA Aragón (report 6/2014) to stop tiny discounts from taking all the points:
 * when the highest discount reaches Bs the formula is {@code linear-discount} and the lowest offer
 * scores M; when it does not, offers are scored against Bs and nobody scores M. An offer equal to
 * the budget scores 0. Degenerate cases: nobody discounts: every offer scores 0 (no division by
 * zero, Bs &gt; 0); one bid: M if its discount reaches Bs, else M · bi / Bs. Offers above the budget
 * are refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProportionalCorrected extends PriceFormula {

    /** Creates the formula; for {@link java.util.ServiceLoader}. */
    public ProportionalCorrected() {
        super("proportional-corrected", true, percentParameter("significantDiscount",
            "discount in percent of the budget (Bs) below which the highest discount is not taken as reference; 2 to 5 typical"));
    }

    @Override
    void compute(FormulaInput input, Map<String, BigDecimal> parameters, SortedMap<BidId, FormulaScore> scores) {
        MathContext mc = input.mathContext();
        BigDecimal max = input.maxPoints().value();
        BigDecimal budget = input.budget().orElseThrow();
        BigDecimal significant = parameters.get("significantDiscount");
        BigDecimal lowest = lowest(input);
        BigDecimal highest = discount(budget, lowest, mc);
        boolean reached = HUNDRED.multiply(budget.subtract(lowest)).compareTo(significant.multiply(budget)) >= 0;
        input.values().forEach((bid, offer) -> {
            BigDecimal d = discount(budget, offer, mc);
            BigDecimal points = reached
                ? max.multiply(budget.subtract(offer)).divide(budget.subtract(lowest), mc)
                : max.multiply(HUNDRED).multiply(budget.subtract(offer)).divide(budget.multiply(significant), mc);
            scores.put(bid, score(input, points,
                inputs("offer", offer, "budget", budget, "discount", d, "highestDiscount", highest,
                    "significantDiscount", significant),
                n(max) + " × " + n(d) + " / max(" + n(significant) + ", " + n(highest) + ")"));
        });
    }
}
