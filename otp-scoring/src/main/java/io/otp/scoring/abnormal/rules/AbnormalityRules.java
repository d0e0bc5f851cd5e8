package io.otp.scoring.abnormal.rules;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.spi.ServiceProviders;
import io.otp.scoring.internal.abnormal.PliegoRuleEvaluator;
import io.otp.scoring.internal.abnormal.PriceBelowMeanRule;
import io.otp.scoring.internal.abnormal.Rglcap85Rule;
import io.otp.scoring.spi.AbnormalityRule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A registry of {@link AbnormalityRule}s by id: the built-ins, the providers found by
 * {@link ServiceLoader} and those added explicitly, with the verbs every registry of the SDK has
 * ({@code io.otp.core.spi}): {@link #builtIns()}, {@link #standard()}, {@link #discovered(ClassLoader)},
 * {@link #with(AbnormalityRule)}, {@link #find(String)}, {@link #require(String)} and {@link #ids()}.
 *
 * <p>Built-in rules:
 * <ul>
 *   <li>{@value #RGLCAP_85}: RGLCAP art. 85 over the valid offers (LCSP art. 149.2.a), "more than" strict,
 *       in the reading of units chosen in the input. Offers that enter the computation: one per bidder,
 *       and for a business group only its lowest offer (art. 86). With n such offers: n = 1, abnormal
 *       below the budget by more than 25 units (85.1); n = 2, below the other offer by more than 20 units
 *       (85.2); n = 3, below the mean by more than 10 units, the highest offer being left out of the mean
 *       when more than 10 units above it, and in any case more than 25 units below the budget (85.3);
 *       n &#8805; 4, below the mean by more than 10 units, where offers more than 10 units above the first
 *       mean are left out and a new mean computed, the mean of the 3 lowest offers when fewer than 3
 *       remain (85.4). Every offer of a group is judged against the reference and limit of the group's
 *       lowest offer (art. 86: "the rule then applies to all of them"); in 85.2 that is the other bidder's
 *       offer. The limits measured against the budget (85.1 and the last sentence of 85.3) are applied
 *       unless the input says {@link io.otp.scoring.abnormal.BudgetReferencedLimits#OMIT} (tribunal
 *       doctrine is divided: TACRC 1020/2017 applies them, the Madrid tribunal does not).</li>
 *   <li>{@value #PRICE_BELOW_MEAN}: a pliego rule for lots with several criteria (LCSP art. 149.2.b) with
 *       the parameters of {@link io.otp.scoring.abnormal.PliegoThreshold}: an offer is abnormal when more
 *       than X units below the mean of the other offers (art. 86 applies: the other offers are the lowest
 *       of each other group and the offers outside groups; the offer's own group is left out) and, if the
 *       pliego says so, its technical score strictly exceeds Y % of the technical maximum. With no other
 *       offer there is no reference and nothing is flagged.</li>
 *   <li>{@value #PLIEGO_RULE}: the pliego's own rule for a lot with several criteria (LCSP art. 149.2.b)
 *       given as data in {@link io.otp.scoring.abnormal.AbnormalityInput#pliegoRule()}: price conditions
 *       against the budget, the mean of all offers, the mean of the other offers or the lowest other offer
 *       (as a percentage, points of discount or currency units), RGLCAP art. 85 on the price, technical
 *       conditions, combined with all or any and nested in groups. Where a reference is made of offers,
 *       art. 86 applies as in {@value #PRICE_BELOW_MEAN}. Every condition's outcome is recorded for every
 *       offer ({@link io.otp.scoring.abnormal.OfferAssessment#conditions()}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AbnormalityRules {

    /** Id of the built-in RGLCAP art. 85 rule. */
    public static final String RGLCAP_85 = "rglcap-85";

    /** Id of the built-in pliego rule "price more than X units below the mean of the other offers". */
    public static final String PRICE_BELOW_MEAN = "price-below-mean";

    /** Id of the built-in rule that applies the pliego's own rule given as data ({@link io.otp.scoring.abnormal.PliegoRule}). */
    public static final String PLIEGO_RULE = "pliego-rule";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static volatile AbnormalityRules loaded;


    private final Map<String, AbnormalityRule> rules;

    // providers listed in a META-INF/services file that ServiceLoader did not load (a named module's file)
    private final SortedSet<String> unloadedListings;

    private AbnormalityRules(Map<String, AbnormalityRule> rules, SortedSet<String> unloadedListings) {
        this.rules = Collections.unmodifiableMap(rules);
        this.unloadedListings = Collections.unmodifiableSortedSet(unloadedListings);
    }

    /**
     * The built-in rules only.
     *
     * @return the registry; not null
     */
    public static AbnormalityRules builtIns() {
        Map<String, AbnormalityRule> rules = new LinkedHashMap<>();
        rules.put(RGLCAP_85, new Rglcap85Rule());
        rules.put(PRICE_BELOW_MEAN, new PriceBelowMeanRule());
        rules.put(PLIEGO_RULE, new PliegoRuleEvaluator());
        return new AbnormalityRules(rules, new TreeSet<>());
    }

    /**
     * The built-in rules plus every provider {@link ServiceLoader} finds through the class loader of the
     * SDK. A provider with the id of a rule already loaded is ignored when it is of the same class and
     * rejected otherwise. The providers are discovered on the first successful call and the registry is
     * kept.
     *
     * <p>A rule of a host application is found when its module declares it with
     * {@code provides io.otp.scoring.spi.AbnormalityRule with ...} (on the module path), or when its jar lists
     * it in {@code META-INF/services/io.otp.scoring.spi.AbnormalityRule} (on the class path). The Java module
     * system ignores that file inside a named module; a rule listed there but not loaded is named in the
     * message of {@link #require(String)}, so that the missing {@code provides} is found at once.
     *
     * @return the registry; not null
     * @throws ValidationException if a provider has an invalid id or the id of a different rule
     */
    public static AbnormalityRules standard() {
        AbnormalityRules found = loaded;
        if (found == null) {
            // the providers of a class loader do not change; a failed discovery is not kept and fails again
            found = discovered(AbnormalityRule.class.getClassLoader());
            loaded = found;
        }
        return found;
    }

    /**
     * The built-in rules plus every provider {@link ServiceLoader} finds.
     *
     * @return the registry; not null
     * @throws ValidationException if a provider has an invalid id or the id of a different rule
     * @deprecated the registries of the SDK share one set of verbs; use {@link #standard()}
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public static AbnormalityRules load() {
        return standard();
    }

    /**
     * The built-in rules plus the providers {@link ServiceLoader} finds through a class loader, for hosts
     * whose rules live in a child loader; not kept.
     *
     * @param loader the class loader; null for the system class loader
     * @return the registry; not null
     * @throws ValidationException if a provider has an invalid id or the id of a different rule
     */
    public static AbnormalityRules discovered(ClassLoader loader) {
        ServiceProviders<AbnormalityRule> found = ServiceProviders.load(AbnormalityRule.class, loader);
        AbnormalityRules registry = builtIns();
        for (AbnormalityRule rule : found.providers()) {
            AbnormalityRule known = registry.rules.get(rule.id());
            if (known == null || known.getClass() != rule.getClass()) {
                registry = registry.with(rule);
            }
        }
        return new AbnormalityRules(new LinkedHashMap<>(registry.rules), new TreeSet<>(found.unloaded()));
    }

    /**
     * Returns a registry with one more rule.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param rule the rule; not null
     * @return a new registry; not null
     * @throws ValidationException if the id is not lower-case letters, digits and hyphens, or is taken
     */
    public AbnormalityRules with(AbnormalityRule rule) {
        Objects.requireNonNull(rule, "rule");
        String id = rule.id();
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationException(Violation.of("rule.id", "OTP-ABNORMAL-RULE",
                "io.otp.scoring.abnormal.ruleIdInvalid", "value", String.valueOf(id)));
        }
        if (rules.containsKey(id)) {
            throw new ValidationException(Violation.of("rule.id", "OTP-ABNORMAL-RULE",
                "io.otp.scoring.abnormal.ruleIdTaken", "value", id));
        }
        Map<String, AbnormalityRule> copy = new LinkedHashMap<>(rules);
        copy.put(id, rule);
        return new AbnormalityRules(copy, new TreeSet<>(unloadedListings));
    }

    /**
     * Finds a rule.
     *
     * @param id the rule id; not null
     * @return the rule; empty if unknown
     */
    public Optional<AbnormalityRule> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * Obtains a rule, which must be known.
     *
     * @param id the rule id; not null
     * @return the rule; not null
     * @throws ValidationException if no rule has the id; the message lists the known ids, says how a rule
     *     of one's own is registered, and names the providers listed in a {@code META-INF/services} file that
     *     were not loaded because their module is named and does not declare them with {@code provides}
     */
    public AbnormalityRule require(String id) {
        return find(id).orElseThrow(() -> new ValidationException(unloadedListings.isEmpty()
            ? Violation.of("ruleId", "OTP-ABNORMAL-RULE", "io.otp.scoring.abnormal.ruleUnknown", "value", id,
                "known", String.join(", ", ids()))
            : Violation.of("ruleId", "OTP-ABNORMAL-RULE", "io.otp.scoring.abnormal.ruleUnknownUnloaded", "value", id,
                "known", String.join(", ", ids()), "unloaded", String.join(", ", unloadedListings))));
    }

    /**
     * Obtains a rule.
     *
     * @param id the rule id; not null
     * @return the rule; not null
     * @throws ValidationException if no rule has the id
     * @deprecated the registries of the SDK share one set of verbs; use {@link #require(String)}
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public AbnormalityRule rule(String id) {
        return require(id);
    }

    /**
     * The ids of the rules, sorted.
     *
     * @return the ids; not null
     */
    public SortedSet<String> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(rules.keySet()));
    }
}
