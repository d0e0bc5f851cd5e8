package io.otp.scoring.mcda;

import java.math.BigDecimal;

/**
 * How one criterion contributed to an alternative's weighted sum: the raw value, the value after
 * inversion (equal to the raw value for benefit criteria), the normalised value, the normalised
 * weight and their product.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Contribution {

    private final BigDecimal raw;
    private final BigDecimal oriented;
    private final BigDecimal normalised;
    private final BigDecimal weight;
    private final BigDecimal value;

    Contribution(BigDecimal raw, BigDecimal oriented, BigDecimal normalised, BigDecimal weight, BigDecimal value) {
        this.raw = raw;
        this.oriented = oriented;
        this.normalised = normalised;
        this.weight = weight;
        this.value = value;
    }

    /**
     * Returns the raw value from the matrix.
     *
     * @return the raw value, not null
     */
    public BigDecimal raw() {
        return raw;
    }

    /**
     * Returns the value after {@link Inversion} (the raw value for benefit criteria).
     *
     * @return the oriented value, not null
     */
    public BigDecimal oriented() {
        return oriented;
    }

    /**
     * Returns the value after {@link Normalisation}, in [0, 1].
     *
     * @return the normalised value, not null
     */
    public BigDecimal normalised() {
        return normalised;
    }

    /**
     * Returns the criterion's normalised weight (the weights total exactly 1).
     *
     * @return the weight, not null
     */
    public BigDecimal weight() {
        return weight;
    }

    /**
     * Returns {@code weight * normalised}, rounded with {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
     *
     * @return the contribution to the total, not null
     */
    public BigDecimal value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toPlainString() + " = " + weight.toPlainString() + " x " + normalised.toPlainString()
            + " (raw " + raw.toPlainString() + ", oriented " + oriented.toPlainString() + ")";
    }
}
