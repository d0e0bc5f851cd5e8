package io.otp.scoring.internal.formula;

import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaParameter;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code kinked}: piecewise linear on the discount, with the knee at ({@code kneeDiscount} k,
 * {@code kneePoints} K): bi ≤ k gives K · bi / k; bi &gt; k gives K + (M − K) · (bi − k) / (bmax − k),
 * with bi the offer's discount over the budget in percent and bmax the highest discount.
 *
 * <p>The old Spanish roads pliego (k = 10 %, K = 90, M = 100): 5 % scores 45, 13 % with bmax = 40 %
 * scores 91, 40 % scores 100. It gives most of the points for a reasonable discount and leaves few
 * to fight over beyond it, discouraging reckless discounts. An offer equal to the budget scores 0;
 * the lowest offer scores M whenever its discount exceeds the knee. Degenerate cases: when bmax ≤ k
 * (including nobody discounting) every offer is on the first segment and the best one scores
 * K · bmax / k, not M (there is no second segment to divide by, bmax − k is never used); one bid
 * is scored the same way. K may not exceed M. Offers above the budget are refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Kinked extends PriceFormula {

    /** Creates the formula; for {@link java.util.ServiceLoader}. */
    public Kinked() {
        super("kinked", true,
            percentParameter("kneeDiscount", "discount in percent of the budget (k) at which the slope changes, e.g. 10"),
            FormulaParameter.builder().name("kneePoints")
                .meaning("points (K) an offer with the knee discount scores, from 0 to the criterion's maximum, e.g. 90")
                .minimum(BigDecimal.ZERO).build());
    }

    @Override
    void checkParameters(FormulaInput input, Map<String, BigDecimal> parameters, List<Violation> violations) {
        BigDecimal kneePoints = parameters.get("kneePoints");
        if (kneePoints.compareTo(input.maxPoints().value()) > 0) {
            violations.add(violation("parameters.kneePoints", "OTP-FORMULA-PARAMETER",
                "io.otp.scoring.formula.parameter.aboveMax", "formula", id(), "name", "kneePoints",
                "value", n(kneePoints), "max", input.maxPoints()));
        }
    }

    @Override
    void compute(FormulaInput input, Map<String, BigDecimal> parameters, SortedMap<BidId, FormulaScore> scores) {
        MathContext mc = input.mathContext();
        BigDecimal max = input.maxPoints().value();
        BigDecimal budget = input.budget().orElseThrow();
        BigDecimal knee = parameters.get("kneeDiscount");
        BigDecimal kneePoints = parameters.get("kneePoints");
        BigDecimal lowest = lowest(input);
        BigDecimal highest = discount(budget, lowest, mc);
        BigDecimal kneeSaving = knee.multiply(budget);
        input.values().forEach((bid, offer) -> {
            BigDecimal d = discount(budget, offer, mc);
            BigDecimal saving = HUNDRED.multiply(budget.subtract(offer));
            Map<String, BigDecimal> used = inputs("offer", offer, "budget", budget, "discount", d,
                "highestDiscount", highest, "kneeDiscount", knee, "kneePoints", kneePoints);
            if (saving.compareTo(kneeSaving) <= 0) {
                scores.put(bid, score(input, kneePoints.multiply(saving).divide(kneeSaving, mc), used,
                    n(kneePoints) + " × " + n(d) + " / " + n(knee)));
            } else {
                BigDecimal beyond = max.subtract(kneePoints).multiply(saving.subtract(kneeSaving))
                    .divide(HUNDRED.multiply(budget.subtract(lowest)).subtract(kneeSaving), mc);
                scores.put(bid, score(input, kneePoints.add(beyond), used,
                    n(kneePoints) + " + (" + n(max) + " − " + n(kneePoints) + ") × (" + n(d) + " − " + n(knee)
                        + ") / (" + n(highest) + " − " + n(knee) + ")"));
            }
        });
    }
}
