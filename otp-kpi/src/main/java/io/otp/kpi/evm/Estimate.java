package io.otp.kpi.evm;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.money.Money;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One estimate at completion and the figures that follow from it (PMI <i>Practice Standard for Earned
 * Value Management</i>, 2nd ed., 2011, ch. 5): the estimate to complete ETC, EAC = AC + ETC, the
 * variance at completion VAC = BAC &minus; EAC and the to-complete performance index to EAC,
 * TCPI = (BAC &minus; EV) / (EAC &minus; AC).
 *
 * <p>ETC is computed unrounded with {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} and then rounded half up to the
 * cent; EAC and VAC follow exactly from the rounded ETC, so ETC = EAC &minus; AC and
 * VAC = BAC &minus; EAC hold to the cent. TCPI is computed from the unrounded ETC, so that it equals
 * CPI exactly (to the precision of the math context) when EAC = BAC / CPI.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEstimate.class)
@JsonDeserialize(as = ImmutableEstimate.class)
public abstract class Estimate {

    Estimate() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the method of the estimate.
     *
     * @return the method, not null
     */
    public abstract EacMethod method();

    /**
     * Returns the estimate to complete: the forecast cost of the remaining work, rounded half up to the
     * cent.
     *
     * @return ETC, not null
     */
    public abstract Money etc();

    /**
     * Returns the estimate at completion, AC + ETC.
     *
     * @return EAC, not null
     */
    public abstract Money eac();

    /**
     * Returns the variance at completion, BAC &minus; EAC; negative is an overrun.
     *
     * @return VAC, not null
     */
    public abstract Money vac();

    /**
     * Returns the to-complete performance index to this EAC, (BAC &minus; EV) / (EAC &minus; AC), exact
     * in {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
     *
     * @return TCPI to EAC; empty when EAC equals AC (nothing left to spend), not null
     */
    public abstract Optional<BigDecimal> tcpi();

    /**
     * Returns how each figure was obtained, keyed {@code etc}, {@code eac}, {@code vac} and
     * {@code tcpi}: the formula with the numbers substituted.
     *
     * @return the explanations, not null
     */
    public abstract Map<String, String> explanations();

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    Estimate plainDecimals() {
        return ((ImmutableEstimate) ImmutableEstimate.copyOf(this))
            .withTcpi(plain(tcpi()));
    }

    /** Builds {@link Estimate}s; each attribute may be set once. */
    public static final class Builder extends ImmutableEstimate.Builder {
        Builder() {
        }
    }
}
