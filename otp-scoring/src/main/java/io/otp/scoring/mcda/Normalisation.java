package io.otp.scoring.mcda;

import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;

/**
 * How a criterion's column of values (already oriented so that more is better, see {@link Inversion})
 * is scaled to [0, 1]. Normalisation never inverts: that is {@link Inversion}'s job, applied BEFORE
 * normalising (DOMAIN.md section 5: inverting after normalising is a known bug).
 *
 * <p>Every division uses {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
 */
public enum Normalisation {

    /**
     * {@code (x - min) / (max - min)}. A constant column (max = min) gives every alternative 1: the
     * criterion does not separate them, and nobody is penalised. Accepts any sign.
     */
    MIN_MAX {
        @Override
        BigDecimal[] apply(BigDecimal[] column) {
            BigDecimal min = column[0];
            BigDecimal max = column[0];
            for (BigDecimal x : column) {
                min = min.min(x);
                max = max.max(x);
            }
            BigDecimal range = max.subtract(min);
            BigDecimal[] out = new BigDecimal[column.length];
            for (int i = 0; i < column.length; i++) {
                out[i] = range.signum() == 0 ? BigDecimal.ONE
                    : column[i].subtract(min).divide(range, DecimalPolicy.MATH_CONTEXT);
            }
            return out;
        }
    },

    /**
     * {@code x / max}. Needs values of 0 or more; an all-zero column gives every alternative 0.
     */
    MAX {
        @Override
        BigDecimal[] apply(BigDecimal[] column) {
            BigDecimal max = column[0];
            for (BigDecimal x : column) {
                max = max.max(x);
            }
            BigDecimal[] out = new BigDecimal[column.length];
            for (int i = 0; i < column.length; i++) {
                out[i] = max.signum() == 0 ? BigDecimal.ZERO : column[i].divide(max, DecimalPolicy.MATH_CONTEXT);
            }
            return out;
        }
    },

    /**
     * {@code x / sqrt(sum of x squared)} (the normalisation TOPSIS uses). Needs values of 0 or more;
     * an all-zero column gives every alternative 0. The square root is taken with
     * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
     */
    VECTOR {
        @Override
        BigDecimal[] apply(BigDecimal[] column) {
            BigDecimal squares = BigDecimal.ZERO;
            for (BigDecimal x : column) {
                squares = squares.add(x.multiply(x));
            }
            BigDecimal norm = squares.sqrt(DecimalPolicy.MATH_CONTEXT);
            BigDecimal[] out = new BigDecimal[column.length];
            for (int i = 0; i < column.length; i++) {
                out[i] = norm.signum() == 0 ? BigDecimal.ZERO : column[i].divide(norm, DecimalPolicy.MATH_CONTEXT);
            }
            return out;
        }
    };

    abstract BigDecimal[] apply(BigDecimal[] column);

    boolean needsNonNegative() {
        return this != MIN_MAX;
    }
}
