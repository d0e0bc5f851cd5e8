package io.otp.scoring.internal.formula;

import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code inverse-proportional} ("regla de tres inversa"): points = M · Pmin / Pi.
 *
 * <p>The lowest offer scores M, every other offer less in proportion. An offer equal to the budget
 * still scores (Pmin / B of M); tribunals accept the formula although it compresses the gaps
 * between offers. Degenerate cases: one bid, or all offers equal, score M each. The budget is not
 * used and may be absent. Prices must be greater than zero.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InverseProportional extends PriceFormula {

    /** Creates the formula; for {@link java.util.ServiceLoader}. */
    public InverseProportional() {
        super("inverse-proportional", false);
    }

    @Override
    void compute(FormulaInput input, Map<String, BigDecimal> parameters, SortedMap<BidId, FormulaScore> scores) {
        BigDecimal max = input.maxPoints().value();
        BigDecimal lowest = lowest(input);
        input.values().forEach((bid, offer) -> scores.put(bid, score(input,
            max.multiply(lowest).divide(offer, input.mathContext()),
            inputs("offer", offer, "lowestOffer", lowest),
            n(max) + " × " + n(lowest) + " / " + n(offer))));
    }
}
