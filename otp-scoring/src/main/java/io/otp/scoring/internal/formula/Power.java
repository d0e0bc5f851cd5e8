package io.otp.scoring.internal.formula;

import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaParameter;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code power}: points = M · (bi / bmax)^n, with bi the offer's discount over the budget, bmax the
 * highest discount and n the parameter {@code exponent} (0 &lt; n ≤ 10): n = 0.5 (square root) is used
 * by municipalities; n &lt; 1 is concave (rewards the first euros of discount), n &gt; 1 convex.
 *
 * <p>The lowest offer scores M and an offer equal to the budget 0. Degenerate cases: one bid, or all
 * offers equal below the budget, score M each; nobody discounts (bmax = 0): every offer scores 0, as
 * for {@code linear-discount}. Offers above the budget are refused.
 *
 * <p>Computation, without {@code double}: the ratio r = (B − Pi) / (B − Pmin) is divided with the
 * input's {@link MathContext}; the whole part of n is applied with
 * {@link BigDecimal#pow(int, MathContext)} and the fractional part through its binary digits, each
 * one a further {@link BigDecimal#sqrt(MathContext)} of r. Integers, 0.5 and other fractions with
 * a short binary expansion (0.25, 0.75...) are therefore exact up to the context's precision; other
 * exponents (such as 0.3) use their first 64 binary digits, an error in the exponent below 2^-64,
 * far below any rounding a pliego prescribes. The result is the same on every JVM.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Power extends PriceFormula {

    private static final int FRACTION_BITS = 64;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Creates the formula; for {@link java.util.ServiceLoader}. */
    public Power() {
        super("power", true, FormulaParameter.builder().name("exponent")
            .meaning("exponent (n) applied to the discount relative to the highest; 0.5 is the square root")
            .minimum(BigDecimal.ZERO).minimumInclusive(false).maximum(BigDecimal.TEN).build());
    }

    @Override
    void compute(FormulaInput input, Map<String, BigDecimal> parameters, SortedMap<BidId, FormulaScore> scores) {
        MathContext mc = input.mathContext();
        BigDecimal max = input.maxPoints().value();
        BigDecimal budget = input.budget().orElseThrow();
        BigDecimal exponent = parameters.get("exponent");
        BigDecimal lowest = lowest(input);
        BigDecimal highest = discount(budget, lowest, mc);
        input.values().forEach((bid, offer) -> {
            BigDecimal d = discount(budget, offer, mc);
            Map<String, BigDecimal> used = inputs("offer", offer, "budget", budget, "discount", d,
                "highestDiscount", highest, "exponent", exponent);
            String text = n(max) + " × (" + n(d) + " / " + n(highest) + ")^" + n(exponent);
            if (budget.compareTo(lowest) == 0) {
                scores.put(bid, score(input, BigDecimal.ZERO, used, "0 (nobody discounts: " + text + ")"));
            } else {
                BigDecimal ratio = budget.subtract(offer).divide(budget.subtract(lowest), mc);
                scores.put(bid, score(input, max.multiply(power(ratio, exponent, mc), mc), used, text));
            }
        });
    }

    /** r^n for 0 ≤ r ≤ 1 and 0 &lt; n ≤ 10, as the class documentation describes. */
    static BigDecimal power(BigDecimal ratio, BigDecimal exponent, MathContext mc) {
        if (ratio.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int whole = exponent.intValue();
        BigDecimal fraction = exponent.subtract(BigDecimal.valueOf(whole));
        BigDecimal result = whole == 0 ? BigDecimal.ONE : ratio.pow(whole, mc);
        BigDecimal root = ratio;
        for (int bit = 0; bit < FRACTION_BITS && fraction.signum() > 0; bit++) {
            root = root.sqrt(mc);
            fraction = fraction.multiply(TWO);
            if (fraction.compareTo(BigDecimal.ONE) >= 0) {
                result = result.multiply(root, mc);
                fraction = fraction.subtract(BigDecimal.ONE);
            }
        }
        return result;
    }
}
