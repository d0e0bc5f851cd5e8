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
import io.otp.core.spi.ServiceProviders;

/**
 * The formulas a pliego may name, by id: the built-in ones, those found with {@link ServiceLoader}, and
 * those added explicitly, with the verbs every registry of the SDK has ({@code io.otp.core.spi}):
 * {@link #builtIns()}, {@link #standard()}, {@link #discovered(ClassLoader)}, {@link #with(ScoringFormula)},
 * {@link #find(String)}, {@link #require(String)} and {@link #ids()}.
 *
 * <p>Built in: {@code inverse-proportional}, {@code linear-discount}, {@code proportional-corrected},
 * {@code kinked}, {@code power}, {@code satiety}, {@code relative-to-lowest}, {@code linear-bounds}
 * and {@code yes-no} (see DOMAIN.md section 4). A provider declares its {@link ScoringFormula} with
 * {@code provides io.otp.scoring.spi.ScoringFormula with ...} in {@code module-info.java} (module path) or
 * in {@code META-INF/services/io.otp.scoring.spi.ScoringFormula} (class path). An id is held by one formula
 * only: a provider or an added formula with the id of another is refused, so that a pliego's formula is never
 * replaced in silence.
 *
 * <p>Formulas divide with the {@link FormulaInput#mathContext()} of their input, by default
 * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Formulas {

    private static final List<ScoringFormula> BUILT_IN = List.of(new InverseProportional(),
        new LinearDiscount(), new ProportionalCorrected(), new Kinked(), new Power(), new Satiety(),
        new RelativeToLowest(), new LinearBounds(), new YesNo());

    private static volatile Formulas standardRegistry;

    private final Map<String, ScoringFormula> byId;

    // formulas listed in a META-INF/services file that ServiceLoader did not load (a named module's file)
    private final SortedSet<String> unloaded;

    private Formulas(Map<String, ScoringFormula> byId, SortedSet<String> unloaded) {
        this.byId = Collections.unmodifiableMap(byId);
        this.unloaded = Collections.unmodifiableSortedSet(unloaded);
    }

    /**
     * The built-in formulas only.
     *
     * @return the registry, not null
     */
    public static Formulas builtIns() {
        Map<String, ScoringFormula> map = new LinkedHashMap<>();
        BUILT_IN.forEach(f -> map.put(f.id(), f));
        return new Formulas(map, new TreeSet<>());
    }

    /**
     * The built-in formulas only.
     *
     * @return the registry, not null
     * @deprecated the registries of the SDK share one set of verbs; use {@link #builtIns()}
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public static Formulas builtIn() {
        return builtIns();
    }

    /**
     * The built-in formulas plus those found with {@link ServiceLoader} by the class loader of this
     * class (and, on the module path, by the modules that provide {@link ScoringFormula}). The providers
     * are discovered on the first successful call and the registry is kept: the providers of a class
     * loader do not change while it lives.
     *
     * @return the registry, not null
     * @throws ValidationException if a provider has an invalid id or the id of another formula
     */
    public static Formulas standard() {
        Formulas found = standardRegistry;
        if (found == null) {
            // the providers of a class loader do not change; discovering them costs more than an evaluation
            found = discovered(Formulas.class.getClassLoader());
            standardRegistry = found;
        }
        return found;
    }

    /**
     * The built-in formulas plus those {@link ServiceLoader} finds through a class loader; not kept.
     *
     * @param loader the class loader, e.g. a host's child loader; null for the system class loader
     * @return the registry, not null
     * @throws ValidationException if a provider has an invalid id or the id of another formula
     */
    public static Formulas discovered(ClassLoader loader) {
        ServiceProviders<ScoringFormula> found = ServiceProviders.load(ScoringFormula.class, loader);
        Formulas registry = builtIns();
        for (ScoringFormula f : found.providers()) {
            ScoringFormula known = registry.byId.get(f.id());
            if (known == null || known.getClass() != f.getClass()) {
                registry = registry.with(f);
            }
        }
        return new Formulas(new LinkedHashMap<>(registry.byId), new TreeSet<>(found.unloaded()));
    }

    /**
     * The built-in formulas plus those of a service loader.
     *
     * @param loader the providers; not null
     * @return the registry, not null
     * @throws ValidationException if a provider's id is not lowercase words joined by hyphens
     * @deprecated the registries of the SDK share one set of verbs; use {@link #discovered(ClassLoader)}
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public static Formulas discovered(ServiceLoader<ScoringFormula> loader) {
        Objects.requireNonNull(loader, "loader");
        Map<String, ScoringFormula> map = new LinkedHashMap<>(builtIns().byId);
        for (ScoringFormula f : loader) {
            map.putIfAbsent(FormulaReference.of(Objects.requireNonNull(f.id(), "formula id")).id(), f);
        }
        return new Formulas(map, new TreeSet<>());
    }

    /**
     * Returns a registry that also holds a formula.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param formula the formula; not null
     * @return the new registry, not null
     * @throws ValidationException if the formula's id is not lowercase words joined by hyphens
     *     ({@code OTP-FORMULA-REF}), or another formula holds it ({@code OTP-FORMULA-TAKEN})
     */
    public Formulas with(ScoringFormula formula) {
        Objects.requireNonNull(formula, "formula");
        if (formula.id() == null) {
            throw new ValidationException(Violation.of("formula.id", "OTP-FORMULA-REF", "io.otp.core.required",
                "field", "formula.id of " + formula.getClass().getName()));
        }
        String id = FormulaReference.of(formula.id()).id();
        if (byId.containsKey(id)) {
            throw new ValidationException(Violation.of("formula.id", "OTP-FORMULA-TAKEN",
                "io.otp.scoring.formula.taken", "id", id, "held", byId.get(id).getClass().getName(),
                "given", formula.getClass().getName()));
        }
        Map<String, ScoringFormula> map = new LinkedHashMap<>(byId);
        map.put(id, formula);
        return new Formulas(map, new TreeSet<>(unloaded));
    }

    /**
     * Returns a registry that also holds a formula, replacing any of the same id.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param formula the formula; not null
     * @return the new registry, not null
     * @throws ValidationException if the formula's id is not lowercase words joined by hyphens
     * @deprecated replacing a formula a pliego names changes its scores in silence; use
     *     {@link #with(ScoringFormula)}, which refuses a taken id, with an id of the formula's own
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public Formulas register(ScoringFormula formula) {
        Objects.requireNonNull(formula, "formula");
        String id = FormulaReference.of(formula.id()).id();
        Map<String, ScoringFormula> map = new LinkedHashMap<>(byId);
        map.put(id, formula);
        return new Formulas(map, new TreeSet<>(unloaded));
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
     * @throws ValidationException if no formula has that id; the message names the id, the known ids and any
     *     formula listed in a {@code META-INF/services} file that the module system did not load
     */
    public ScoringFormula require(String id) {
        return find(id).orElseThrow(() -> new ValidationException(unloaded.isEmpty()
            ? Violation.of("formula.id", "OTP-FORMULA-UNKNOWN", "io.otp.scoring.formula.unknown", "id", id,
                "known", String.join(", ", ids()))
            : Violation.of("formula.id", "OTP-FORMULA-UNKNOWN", "io.otp.scoring.formula.unknownUnloaded", "id", id,
                "known", String.join(", ", ids()), "unloaded", String.join(", ", unloaded))));
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
