package io.otp.scoring.formula;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.tender.FormulaReference;
import io.otp.scoring.internal.formula.InverseProportional;
import io.otp.scoring.internal.formula.Kinked;
import io.otp.scoring.internal.formula.LinearBounds;
import io.otp.scoring.internal.formula.LinearDiscount;
import io.otp.scoring.internal.formula.Power;
import io.otp.scoring.internal.formula.ProportionalCorrected;
import io.otp.scoring.internal.formula.RelativeToLowest;
import io.otp.scoring.internal.formula.Satiety;
import io.otp.scoring.internal.formula.YesNo;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import io.otp.scoring.spi.ScoringFormula;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The formulas a pliego may name, by id: the built-in ones, those found with
 * {@link ServiceLoader}, and those registered explicitly.
 *
 * <p>Built in: {@code inverse-proportional}, {@code linear-discount}, {@code proportional-corrected},
 * {@code kinked}, {@code power}, {@code satiety}, {@code relative-to-lowest}, {@code linear-bounds}
 * and {@code yes-no} (see DOMAIN.md section 4). A provider declares its {@link ScoringFormula} with
 * {@code provides io.otp.scoring.spi.ScoringFormula with ...} in {@code module-info.java} and in
 * {@code META-INF/services/io.otp.scoring.spi.ScoringFormula}. When two formulas have the same id,
 * the built-in one wins over one found with {@link ServiceLoader}; an explicit
 * {@link #register(ScoringFormula)} replaces either.
 *
 * <p>Formulas divide with the {@link FormulaInput#mathContext()} of their input, by default
 * {@link #MATH_CONTEXT}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Formulas {

    /** The context of every division of the built-in formulas unless the input says otherwise: {@link java.math.MathContext#DECIMAL64}. */
    public static final java.math.MathContext MATH_CONTEXT = FormulaInput.DEFAULT_MATH_CONTEXT;

    private static final List<ScoringFormula> BUILT_IN = List.of(new InverseProportional(),
        new LinearDiscount(), new ProportionalCorrected(), new Kinked(), new Power(), new Satiety(),
        new RelativeToLowest(), new LinearBounds(), new YesNo());

    private static volatile Formulas standardRegistry;

    private final Map<String, ScoringFormula> byId;

    private Formulas(Map<String, ScoringFormula> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * The built-in formulas only.
     *
     * @return the registry, not null
     */
    public static Formulas builtIn() {
        Map<String, ScoringFormula> map = new LinkedHashMap<>();
        BUILT_IN.forEach(f -> map.put(f.id(), f));
        return new Formulas(map);
    }

    /**
     * The built-in formulas plus those found with {@link ServiceLoader} by the class loader of this
     * class (and, on the module path, by the modules that provide {@link ScoringFormula}). The providers
     * are discovered on the first call and the registry is kept: the providers of a class loader do not
     * change while it lives.
     *
     * @return the registry, not null
     */
    public static Formulas standard() {
        Formulas found = standardRegistry;
        if (found == null) {
            // the providers of a class loader do not change; discovering them costs more than an evaluation
            found = discovered(ServiceLoader.load(ScoringFormula.class, Formulas.class.getClassLoader()));
            standardRegistry = found;
        }
        return found;
    }

    /**
     * The built-in formulas plus those of a service loader.
     *
     * @param loader the providers; not null
     * @return the registry, not null
     * @throws ValidationException if a provider's id is not lowercase words joined by hyphens
     */
    public static Formulas discovered(ServiceLoader<ScoringFormula> loader) {
        Objects.requireNonNull(loader, "loader");
        Map<String, ScoringFormula> map = new LinkedHashMap<>(builtIn().byId);
        for (ScoringFormula f : loader) {
            map.putIfAbsent(FormulaReference.of(Objects.requireNonNull(f.id(), "formula id")).id(), f);
        }
        return new Formulas(map);
    }

    /**
     * Returns a registry that also holds a formula, replacing any of the same id.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param formula the formula; not null
     * @return the new registry, not null
     * @throws ValidationException if the formula's id is not lowercase words joined by hyphens
     */
    public Formulas register(ScoringFormula formula) {
        Objects.requireNonNull(formula, "formula");
        String id = FormulaReference.of(formula.id()).id();
        Map<String, ScoringFormula> map = new LinkedHashMap<>(byId);
        map.put(id, formula);
        return new Formulas(map);
    }

    /**
     * The formula of an id.
     *
     * @param id the id, e.g. {@code linear-discount}; not null
     * @return the formula, empty if none has that id; not null
     */
    public Optional<ScoringFormula> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The formula of an id, which must be known.
     *
     * @param id the id; not null
     * @return the formula, not null
     * @throws ValidationException if no formula has that id; the message names the id and the known ids
     */
    public ScoringFormula require(String id) {
        return find(id).orElseThrow(() -> new ValidationException(Violation.of("formula.id",
            "OTP-FORMULA-UNKNOWN", "io.otp.scoring.formula.unknown", "id", id,
            "known", String.join(", ", ids()))));
    }

    /**
     * The ids of the formulas held.
     *
     * @return an unmodifiable set in alphabetical order, not null
     */
    public SortedSet<String> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byId.keySet()));
    }

    /**
     * Scores the values of an input with the formula and parameters a pliego names. The reference's
     * parameters replace those of the input.
     *
     * @param reference the formula and its parameters; not null
     * @param input the criterion's maximum, direction, budget and values; not null
     * @return each bid's unrounded points and explanation, sorted by bid; not null
     * @throws ValidationException if the formula is unknown ({@code formula.id}), or listing every
     *     problem of the parameters and values
     */
    public SortedMap<BidId, FormulaScore> score(FormulaReference reference, FormulaInput input) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(input, "input");
        return require(reference.id()).score(input.withParametersOf(reference.parameters()));
    }

    /**
     * Returns the ids held, e.g. {@code Formulas[inverse-proportional, kinked, ...]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Formulas" + ids();
    }
}
