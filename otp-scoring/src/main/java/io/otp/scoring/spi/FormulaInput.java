package io.otp.scoring.spi;

import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.money.DecimalPolicy;
import io.otp.core.money.Points;
import io.otp.core.tender.Direction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What a {@link ScoringFormula} scores: one criterion's maximum points and direction, the parameters
 * the pliego gives its formula, the base budget (price formulas), and every competing value by bid
 * (offers in euros, VAT excluded, for price; quantities such as warranty years for other criteria).
 *
 * <p>All divisions of a formula use {@link #mathContext()}, by default {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}
 * ({@link MathContext#DECIMAL64}: 16 significant digits, half-even), so the same input gives the
 * same points on every run and JVM.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FormulaInput {

    /** The fewest significant digits a formula may compute with. */
    public static final int MIN_PRECISION = 16;

    /** The most significant digits a formula may compute with. */
    public static final int MAX_PRECISION = 100;

    FormulaInput() {
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
     * The criterion's maximum points (M).
     *
     * @return the maximum, not null
     */
    public abstract Points maxPoints();

    /**
     * Whether a higher or a lower value is better; price formulas require
     * {@link Direction#LOWER_IS_BETTER}.
     *
     * @return the direction, not null
     */
    public abstract Direction direction();

    /**
     * The formula's parameters as the pliego gives them, by name, e.g. {@code exponent = 0.5}.
     *
     * @return an unmodifiable map sorted by name, empty when none are given; not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, BigDecimal> parameters();

    /**
     * The base budget of the lot in euros, VAT excluded (B), for price formulas.
     *
     * @return the budget, empty when not relevant; not null
     */
    public abstract Optional<BigDecimal> budget();

    /**
     * The values to score by bid.
     *
     * @return an unmodifiable map sorted by bid; not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<BidId, BigDecimal> values();

    /**
     * The bids that must each have a value; a bid listed here without a value is a violation
     * ({@code values[B3]}). Empty means the bids of {@link #values()}.
     *
     * @return an unmodifiable sorted set, not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<BidId> expectedBids();

    /**
     * The context of every division and root.
     *
     * @return the context, {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} unless set; not null
     */
    @Value.Default
    public MathContext mathContext() {
        return DecimalPolicy.MATH_CONTEXT;
    }

    /**
     * Returns a copy with other parameters.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param parameters the parameters by name; not null
     * @return the copy, not null
     */
    public FormulaInput withParametersOf(Map<String, BigDecimal> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return ((ImmutableFormulaInput) ImmutableFormulaInput.copyOf(this)).withParameters(parameters);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        int precision = mathContext().getPrecision();
        if (precision < MIN_PRECISION || precision > MAX_PRECISION) {
            v.add(Violation.of("mathContext", "OTP-FORMULA-CONTEXT", "io.otp.scoring.formula.mathContext",
                "value", precision, "min", MIN_PRECISION, "max", MAX_PRECISION));
        }
        budget().filter(b -> b.signum() <= 0).ifPresent(b -> v.add(Violation.of("budget",
            "OTP-FORMULA-BUDGET", "io.otp.scoring.formula.budget.notPositive", "value", OtpMessages.number(b))));
        for (BidId bid : expectedBids()) {
            if (!values().containsKey(bid)) {
                v.add(Violation.of("values[" + bid + "]", "OTP-FORMULA-VALUE",
                    "io.otp.scoring.formula.value.missing", "bid", bid));
            }
        }
        if (!expectedBids().isEmpty()) {
            for (BidId bid : values().keySet()) {
                if (!expectedBids().contains(bid)) {
                    v.add(Violation.of("values[" + bid + "]", "OTP-FORMULA-VALUE",
                        "io.otp.scoring.formula.value.unexpected", "bid", bid));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link FormulaInput}s; each attribute may be set once. */
    public static final class Builder extends ImmutableFormulaInput.Builder {
        Builder() {
        }
    }
}
