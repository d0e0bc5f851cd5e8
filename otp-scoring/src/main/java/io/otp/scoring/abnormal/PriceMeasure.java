package io.otp.scoring.abnormal;

/**
 * How a price condition measures "more than X below the reference". With P the offer, R the reference,
 * B the base budget and X the condition's threshold, the offer meets the condition when (strictly):
 * <ul>
 *   <li>{@link #PERCENT}: P &lt; R &#215; (1 &#8722; X/100), X % below the reference;</li>
 *   <li>{@link #DISCOUNT_POINTS}: the offer's discount over the budget exceeds the reference's by more
 *       than X percentage points, 100 (B &#8722; P)/B &gt; 100 (B &#8722; R)/B + X, that is
 *       P &lt; R &#8722; B &#215; X/100;</li>
 *   <li>{@link #EUROS}: P &lt; R &#8722; X, X an amount in the budget's currency.</li>
 * </ul>
 * With the budget as reference, {@link #PERCENT} and {@link #DISCOUNT_POINTS} coincide. The two first are
 * the two readings of "unidades porcentuales" of RGLCAP art. 85 ({@link PercentageUnits}).
 */
public enum PriceMeasure {

    /** X % of the reference below it. */
    PERCENT,

    /** X percentage points of discount over the budget more than the reference's discount. */
    DISCOUNT_POINTS,

    /** X currency units below the reference. */
    EUROS
}
