package io.otp.core.tender;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The formula a pliego prescribes for a criterion evaluated by formula (LCSP art. 146.1): an id
 * such as {@code inverse-proportional}, {@code linear-discount} or {@code linear-bounds}, and its
 * numeric parameters (e.g. the significant discount of {@code proportional-corrected}). The
 * scoring module resolves the id to an implementation; the core only records the choice.
 *
 * <p>A parameter is kept with the scale it is given ({@code 5.0} stays {@code 5.0}), except that a
 * negative scale is stored as scale 0: {@code 1E+3} is kept as {@code 1000}, the number its JSON
 * holds, so that a reference read back from its JSON equals it. A parameter has at most 100 digits in
 * plain notation, trailing zeros of its fraction aside, as the SDK's JSON reader reads them (rule
 * {@code OTP-DECIMAL-DIGITS}): {@code 1E+1000000000} is refused, not written out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFormulaReference.class)
@JsonDeserialize(as = ImmutableFormulaReference.class)
public abstract class FormulaReference {

    FormulaReference() {
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
     * A reference without parameters.
     *
     * @param id the formula id, e.g. {@code inverse-proportional}; not null
     * @return the reference, not null
     * @throws ValidationException if the id is blank or malformed
     */
    public static FormulaReference of(String id) {
        return builder().id(id).build();
    }

    /**
     * The formula id: lowercase letters, digits and hyphens, e.g. {@code linear-discount}.
     *
     * @return the id, not null
     */
    public abstract String id();

    /**
     * The formula's named parameters, e.g. {@code significantDiscount = 5}; sorted by name.
     *
     * @return an unmodifiable map, empty when the formula takes none; not null
     */
    @Value.NaturalOrder
    public abstract java.util.SortedMap<String, BigDecimal> parameters();

    @Value.Check
    FormulaReference check() {
        if (!id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ValidationException(Violation.of("id", "OTP-FORMULA-ID",
                "io.otp.core.formula.id", "value", id()));
        }
        // Counted before any value is written out: 1E+1000000000 has a billion digits at scale 0.
        List<Violation> tooLong = PlainDecimals.unbounded("parameters", parameters());
        if (!tooLong.isEmpty()) {
            throw new ValidationException(tooLong);
        }
        if (PlainDecimals.anyNegativeScale(parameters())) {
            return ((ImmutableFormulaReference) ImmutableFormulaReference.copyOf(this))
                .withParameters(PlainDecimals.plain(parameters()));
        }
        return this;
    }

    /** Builds {@link FormulaReference}s; each attribute may be set once. */
    public static final class Builder extends ImmutableFormulaReference.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@code id(name=value, ...)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return parameters().isEmpty() ? id() : id() + parameters();
    }

    static Map<String, BigDecimal> none() {
        return Map.of();
    }
}
