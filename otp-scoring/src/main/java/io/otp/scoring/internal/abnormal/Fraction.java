package io.otp.scoring.internal.abnormal;

import io.otp.core.money.DecimalPolicy;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import io.otp.scoring.abnormal.PercentageUnits;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * An amount held exactly as {@code numerator / denominator} (a mean is a sum over a count), so that every
 * legal comparison of LCSP art. 149 and RGLCAP arts. 85 and 86 is decided by cross-multiplying, without
 * rounding anything first. Only {@link #value()}, which feeds the explanation, is rounded (to
 * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}); no verdict depends on it.
 *
 * <p>With R = n / d, B the budget and X the units, "P more than X units below R" is:
 * <ul>
 *   <li>relative reading: P &lt; R (100 &#8722; X)/100, that is 100 d P &lt; n (100 &#8722; X);</li>
 *   <li>discount points: P &lt; R &#8722; B X/100, that is 100 d P &lt; 100 n &#8722; d B X;</li>
 *   <li>euros: P &lt; R &#8722; X, that is d P &lt; n &#8722; d X.</li>
 * </ul>
 * "More than X units above" mirrors each with the signs of X reversed.
 */
final class Fraction {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal numerator;
    private final BigDecimal denominator;

    private Fraction(BigDecimal numerator, BigDecimal denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** An exact amount. */
    static Fraction of(BigDecimal amount) {
        return new Fraction(amount, BigDecimal.ONE);
    }

    /** The arithmetic mean of the offers' amounts, exact. */
    static Fraction meanOf(Collection<AbnormalityOffer> offers) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AbnormalityOffer offer : offers) {
            sum = sum.add(offer.economicOffer().amount());
        }
        return new Fraction(sum, BigDecimal.valueOf(offers.size()));
    }

    /** The mean of {@code sum} over {@code count} amounts, exact. */
    static Fraction mean(BigDecimal sum, long count) {
        return new Fraction(sum, BigDecimal.valueOf(count));
    }

    /** The amount, rounded to {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} when it does not divide exactly: for display. */
    BigDecimal value() {
        return display(numerator, denominator);
    }

    /**
     * The lower limit of {@code units} below this reference in the given reading, for display: exact when
     * it divides exactly, otherwise rounded once to {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
     */
    BigDecimal lowerLimit(PercentageUnits reading, BigDecimal budget, BigDecimal units) {
        return display(limitNumerator(reading, budget, units.negate()), denominator.multiply(HUNDRED));
    }

    /** True when {@code amount} is more than {@code units} below this reference (strictly). */
    boolean isMoreThanBelow(BigDecimal amount, PercentageUnits reading, BigDecimal budget, BigDecimal units) {
        return scaled(amount).compareTo(limitNumerator(reading, budget, units.negate())) < 0;
    }

    /** True when {@code amount} is more than {@code units} above this reference (strictly). */
    boolean isMoreThanAbove(BigDecimal amount, PercentageUnits reading, BigDecimal budget, BigDecimal units) {
        return scaled(amount).compareTo(limitNumerator(reading, budget, units)) > 0;
    }

    /** True when {@code amount} is more than {@code euros} below this reference (strictly). */
    boolean isMoreThanEurosBelow(BigDecimal amount, BigDecimal euros) {
        return amount.multiply(denominator).compareTo(numerator.subtract(denominator.multiply(euros))) < 0;
    }

    /** The lower limit {@code euros} below this reference, for display. */
    BigDecimal lowerLimitEuros(BigDecimal euros) {
        return display(numerator.subtract(denominator.multiply(euros)), denominator);
    }

    /** True when this amount is strictly greater than {@code value}. */
    boolean isGreaterThan(BigDecimal value) {
        return value.multiply(denominator).compareTo(numerator) < 0;
    }

    /** True when this amount is strictly less than {@code value}. */
    boolean isLessThan(BigDecimal value) {
        return value.multiply(denominator).compareTo(numerator) > 0;
    }

    /** The limit {@code R ± units} times 100 d: {@code n (100 + s)} or {@code 100 n + d B s}. */
    private BigDecimal limitNumerator(PercentageUnits reading, BigDecimal budget, BigDecimal signedUnits) {
        if (reading == PercentageUnits.RELATIVE) {
            return numerator.multiply(HUNDRED.add(signedUnits));
        }
        return numerator.multiply(HUNDRED).add(denominator.multiply(budget).multiply(signedUnits));
    }

    private BigDecimal scaled(BigDecimal amount) {
        return amount.multiply(denominator).multiply(HUNDRED);
    }

    private static BigDecimal display(BigDecimal numerator, BigDecimal denominator) {
        try {
            BigDecimal exact = numerator.divide(denominator);
            return exact.scale() < 0 ? exact.setScale(0) : exact;
        } catch (ArithmeticException nonTerminating) {
            return numerator.divide(denominator, DecimalPolicy.MATH_CONTEXT);
        }
    }
}
