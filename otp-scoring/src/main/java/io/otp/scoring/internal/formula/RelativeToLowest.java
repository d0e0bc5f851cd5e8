package io.otp.scoring.internal.formula;

import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code relative-to-lowest}: points = M · max(0, 1 − (Pi − Pmin) / Pmin): an offer loses M for
 * each 100 % it is above the lowest offer.
 *
 * <p>The lowest offer scores M; an offer at twice the lowest or more scores 0. Degenerate cases: one
 * bid, or all offers equal, score M each. The budget is not used and may be absent. Computed as
 * M · (2 Pmin − Pi) / Pmin, one division. Prices must be greater than zero.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RelativeToLowest extends PriceFormula {

    /** Creates the formula; for {@link java.util.ServiceLoader}. */
    public RelativeToLowest() {
        super("relative-to-lowest", false);
    }

    @Override
    void compute(FormulaInput input, Map<String, BigDecimal> parameters, SortedMap<BidId, FormulaScore> scores) {
        BigDecimal max = input.maxPoints().value();
        BigDecimal lowest = lowest(input);
        BigDecimal twice = lowest.add(lowest);
        input.values().forEach((bid, offer) -> {
            BigDecimal points = offer.compareTo(twice) >= 0 ? BigDecimal.ZERO
                : max.multiply(twice.subtract(offer)).divide(lowest, input.mathContext());
            scores.put(bid, score(input, points, inputs("offer", offer, "lowestOffer", lowest),
                n(max) + " × max(0, 1 − (" + n(offer) + " − " + n(lowest) + ") / " + n(lowest) + ")"));
        });
    }
}
