package io.otp.scoring.mcda;

import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;

/**
 * How a cost criterion's raw values are turned into "more is better" values. It is a step of its own,
 * applied to the RAW values BEFORE {@link Normalisation} (DOMAIN.md section 5: inverting after
 * normalising is a known bug; for instance {@code 1 / (x / max)} is not in [0, 1] and overweights the
 * criterion by {@code max / min}). Benefit criteria are never inverted.
 *
 * <p>Every division uses {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
 */
public enum Inversion {

    /**
     * {@code (max + min) - x}: mirrors the column onto itself, so the cheapest gets the old maximum.
     * With {@link Normalisation#MIN_MAX} it gives the usual {@code (max - x) / (max - min)}. Accepts any
     * sign.
     */
    REFLECT {
        @Override
        BigDecimal[] apply(BigDecimal[] column) {
            BigDecimal min = column[0];
            BigDecimal max = column[0];
            for (BigDecimal x : column) {
                min = min.min(x);
                max = max.max(x);
            }
            BigDecimal mirror = max.add(min);
            BigDecimal[] out = new BigDecimal[column.length];
            for (int i = 0; i < column.length; i++) {
                out[i] = mirror.subtract(column[i]);
            }
            return out;
        }
    },

    /**
     * {@code 1 / x}: with {@link Normalisation#MAX} it gives {@code min / x}, the inverse-proportional
     * rule (DOMAIN.md section 4). Needs values above 0.
     */
    RECIPROCAL {
        @Override
        BigDecimal[] apply(BigDecimal[] column) {
            BigDecimal[] out = new BigDecimal[column.length];
            for (int i = 0; i < column.length; i++) {
                out[i] = BigDecimal.ONE.divide(column[i], DecimalPolicy.MATH_CONTEXT);
            }
            return out;
        }
    };

    abstract BigDecimal[] apply(BigDecimal[] column);
}
