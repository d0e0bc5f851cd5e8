package io.otp.scoring.spi;

import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One typed parameter of a {@link ScoringFormula}: its name as written in the pliego's
 * {@link io.otp.core.tender.FormulaReference}, its meaning, the range allowed and its default.
 * A parameter without a default must be given by the pliego.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FormulaParameter {

    FormulaParameter() {
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
     * The name, e.g. {@code significantDiscount}.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * What the parameter means, with its unit, e.g. "discount in percent below which ...".
     *
     * @return the meaning, not null
     */
    public abstract String meaning();

    /**
     * The lowest value allowed.
     *
     * @return the bound, empty when there is none; not null
     */
    public abstract Optional<BigDecimal> minimum();

    /**
     * Whether {@link #minimum()} itself is allowed.
     *
     * @return true (the default) if the bound is inclusive
     */
    @Value.Default
    public boolean minimumInclusive() {
        return true;
    }

    /**
     * The highest value allowed.
     *
     * @return the bound, empty when there is none; not null
     */
    public abstract Optional<BigDecimal> maximum();

    /**
     * Whether {@link #maximum()} itself is allowed.
     *
     * @return true (the default) if the bound is inclusive
     */
    @Value.Default
    public boolean maximumInclusive() {
        return true;
    }

    /**
     * The value used when the pliego gives none.
     *
     * @return the default, empty when the pliego must give the value; not null
     */
    public abstract Optional<BigDecimal> defaultValue();

    /**
     * The allowed range in interval notation, e.g. {@code (0, 100)} or {@code [0, ∞)}.
     *
     * @return the text, not null
     */
    public String range() {
        return (minimumInclusive() && minimum().isPresent() ? "[" : "(")
            + minimum().map(OtpMessages::number).orElse("-∞") + ", "
            + maximum().map(OtpMessages::number).orElse("∞")
            + (maximumInclusive() && maximum().isPresent() ? "]" : ")");
    }

    /**
     * Tells whether a value lies in the allowed range.
     *
     * @param value the value; not null
     * @return true if allowed
     */
    public boolean allows(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        boolean aboveMin = minimum().map(m -> {
            int c = value.compareTo(m);
            return minimumInclusive() ? c >= 0 : c > 0;
        }).orElse(true);
        boolean belowMax = maximum().map(m -> {
            int c = value.compareTo(m);
            return maximumInclusive() ? c <= 0 : c < 0;
        }).orElse(true);
        return aboveMin && belowMax;
    }

    @Value.Check
    void check() {
        if (!name().matches("[a-z][A-Za-z0-9]*")) {
            throw new ValidationException(Violation.of("name", "OTP-FORMULA-PARAMETER",
                "io.otp.scoring.formula.parameter.name", "value", name()));
        }
        if (defaultValue().isPresent() && !allows(defaultValue().get())) {
            throw new ValidationException(Violation.of("defaultValue", "OTP-FORMULA-PARAMETER",
                "io.otp.scoring.formula.parameter.range", "formula", "-", "name", name(),
                "value", OtpMessages.number(defaultValue().get()), "range", range()));
        }
    }

    /**
     * Checks the parameters a pliego gives against those a formula declares: every name must be
     * declared, every value in range, and every parameter without a default given.
     *
     * @param formula the formula's id, shown in the messages; not null
     * @param declared the formula's parameters; not null
     * @param given the pliego's parameters by name; not null
     * @return the problems found, each with the path {@code parameters.<name>}; empty if none; not null
     */
    public static List<Violation> violations(String formula, List<FormulaParameter> declared,
            Map<String, BigDecimal> given) {
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(given, "given");
        Map<String, FormulaParameter> byName = byName(declared);
        List<Violation> violations = new ArrayList<>();
        given.forEach((name, value) -> {
            FormulaParameter p = byName.get(name);
            if (p == null) {
                violations.add(Violation.of("parameters." + name, "OTP-FORMULA-PARAMETER",
                    "io.otp.scoring.formula.parameter.unknown", "formula", formula, "name", name,
                    "known", byName.isEmpty() ? "none" : String.join(", ", byName.keySet())));
            } else if (!p.allows(value)) {
                violations.add(Violation.of("parameters." + name, "OTP-FORMULA-PARAMETER",
                    "io.otp.scoring.formula.parameter.range", "formula", formula, "name", name,
                    "value", OtpMessages.number(value), "range", p.range()));
            }
        });
        for (FormulaParameter p : declared) {
            if (!given.containsKey(p.name()) && p.defaultValue().isEmpty()) {
                violations.add(Violation.of("parameters." + p.name(), "OTP-FORMULA-PARAMETER",
                    "io.otp.scoring.formula.parameter.missing", "formula", formula, "name", p.name(),
                    "meaning", p.meaning()));
            }
        }
        return violations;
    }

    /**
     * The value of a declared parameter: the one given, else its default. Call after
     * {@link #violations} found no problem.
     *
     * @param given the pliego's parameters by name; not null
     * @return the value, not null
     * @throws IllegalStateException if the parameter was not given and has no default
     */
    public BigDecimal valueIn(Map<String, BigDecimal> given) {
        Objects.requireNonNull(given, "given");
        BigDecimal value = given.get(name());
        if (value != null) {
            return value;
        }
        return defaultValue().orElseThrow(() -> new IllegalStateException(
            "parameter " + name() + " was not given and has no default; check violations first"));
    }

    private static Map<String, FormulaParameter> byName(List<FormulaParameter> declared) {
        return declared.stream().collect(Collectors.toMap(FormulaParameter::name, p -> p,
            (a, b) -> a, LinkedHashMap::new));
    }

    /** Builds {@link FormulaParameter}s; each attribute may be set once. */
    public static final class Builder extends ImmutableFormulaParameter.Builder {
        Builder() {
        }
    }
}
