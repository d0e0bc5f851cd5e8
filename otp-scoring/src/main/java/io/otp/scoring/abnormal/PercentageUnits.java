package io.otp.scoring.abnormal;

import java.math.BigDecimal;

/**
 * The two readings of "unidades porcentuales" in RGLCAP art. 85 (DOMAIN.md section 3). The SDK offers
 * both; the default of {@link AbnormalityInput#units()} is {@link #RELATIVE}.
 *
 * <p>With B the base budget, R a reference amount (the budget, the other offer or a mean) and X the
 * units of the clause, an offer P is more than X units below R when:
 * <ul>
 *   <li>{@link #RELATIVE}: P &lt; R &#215; (1 &#8722; X/100);</li>
 *   <li>{@link #DISCOUNT_POINTS}: the offer's discount over the budget, in percentage points, is greater
 *       than the reference's discount plus X: 100 (B &#8722; P)/B &gt; 100 (B &#8722; R)/B + X, that is
 *       P &lt; R &#8722; B &#215; X/100.</li>
 * </ul>
 * "More than X units above R" mirrors it: P &gt; R &#215; (1 + X/100), or P &gt; R + B &#215; X/100. When
 * R is the budget both readings coincide. The limit amounts are exact (no division).
 */
public enum PercentageUnits {

    /** Units are a percentage of the reference: P &lt; R &#215; (1 &#8722; X/100). */
    RELATIVE,

    /** Units are percentage points of discount over the base budget: P &lt; R &#8722; B &#215; X/100. */
    DISCOUNT_POINTS;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The amount an offer must be strictly below to be more than {@code units} below the reference.
     *
     * @param reference the reference amount R; not null
     * @param budget the base budget B, VAT excluded; not null
     * @param units the units X; not null
     * @return the limit, exact; not null
     */
    public BigDecimal lowerLimit(BigDecimal reference, BigDecimal budget, BigDecimal units) {
        if (this == RELATIVE) {
            return reference.multiply(HUNDRED.subtract(units)).movePointLeft(2);
        }
        return reference.subtract(budget.multiply(units).movePointLeft(2));
    }

    /**
     * The amount an offer must be strictly above to be more than {@code units} above the reference.
     *
     * @param reference the reference amount R; not null
     * @param budget the base budget B, VAT excluded; not null
     * @param units the units X; not null
     * @return the limit, exact; not null
     */
    public BigDecimal upperLimit(BigDecimal reference, BigDecimal budget, BigDecimal units) {
        if (this == RELATIVE) {
            return reference.multiply(HUNDRED.add(units)).movePointLeft(2);
        }
        return reference.add(budget.multiply(units).movePointLeft(2));
    }
}
