package io.otp.scoring.spi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The points one value scored under a formula, unrounded, with the explanation a committee shows an
 * appeals tribunal: the inputs used (offer, lowest offer, budget, discount...) and the formula with
 * the numbers substituted, e.g. {@code 30 × 100000.00 / 120000.00}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFormulaScore.class)
@JsonDeserialize(as = ImmutableFormulaScore.class)
public abstract class FormulaScore {

    FormulaScore() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The points before rounding, computed with the input's {@link java.math.MathContext}.
     *
     * @return the points, from zero to the criterion's maximum; not null
     */
    public abstract BigDecimal points();

    /**
     * The inputs used, in the order a reader follows them, e.g. {@code offer}, {@code lowestOffer}.
     * The SDK's JSON writes map entries sorted by key, so that the same score always gives the same
     * bytes; the order is kept in memory only.
     *
     * @return an unmodifiable map in insertion order; not null
     */
    public abstract Map<String, BigDecimal> inputs();

    /**
     * The formula with the numbers substituted, on one line, e.g. {@code 30 × 100000.00 / 120000.00}.
     *
     * @return the text, not null
     */
    public abstract String formula();

    @Value.Check
    void check() {
        if (points().signum() < 0) {
            throw new ValidationException(Violation.of("points", "OTP-FORMULA-POINTS",
                "io.otp.scoring.formula.points.negative", "value", OtpMessages.number(points())));
        }
    }

    /** Builds {@link FormulaScore}s; each attribute may be set once. */
    public static final class Builder extends ImmutableFormulaScore.Builder {
        Builder() {
        }
    }
}
