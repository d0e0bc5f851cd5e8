package io.otp.scoring.abnormal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A pliego's rule for abnormally low offers in a lot with several criteria (LCSP art. 149.2.b), as data:
 * {@link #conditions() conditions} combined with {@link #combination() all or any}, each condition a price
 * comparison, RGLCAP art. 85 on the price, a technical comparison or a nested group
 * ({@link PliegoCondition}). Applied by the built-in rule
 * {@value io.otp.scoring.abnormal.rules.AbnormalityRules#PLIEGO_RULE}, which explains every condition for
 * every offer ({@link OfferAssessment#conditions()}).
 *
 * <p>Pliegos in force say, among others:
 * <pre>{@code
 * // more than 20 % below the budget
 * PliegoRule.of(Combination.ALL, PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, new BigDecimal("20")));
 * // more than 10 units below the mean of the other offers and more than 15 % below the budget, both
 * PliegoRule.of(Combination.ALL,
 *     PliegoCondition.priceBelow(PriceReference.MEAN_OF_OTHERS, PriceMeasure.PERCENT, BigDecimal.TEN),
 *     PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT, new BigDecimal("15")));
 * // RGLCAP art. 85 on the price, and technical points below 30
 * PliegoRule.of(Combination.ALL, PliegoCondition.rglcap85(),
 *     PliegoCondition.technicalPoints(TechnicalComparison.BELOW, new BigDecimal("30")));
 * }</pre>
 *
 * <p>Invariants, reported in one {@link ValidationException} with rule {@code LCSP-149.2.b}: 1 to
 * {@value PliegoCondition#MAX_CONDITIONS} conditions at the top, groups nested at most
 * {@value #MAX_DEPTH} deep, and at least one condition on the price (an abnormally low offer is a price
 * matter, art. 149.1; a technical condition only qualifies it).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePliegoRule.class)
@JsonDeserialize(as = ImmutablePliegoRule.class)
public abstract class PliegoRule {

    /** The deepest nesting of groups allowed. */
    public static final int MAX_DEPTH = 4;

    private static final String RULE = "LCSP-149.2.b";

    PliegoRule() {
    }

    /**
     * A rule of the given conditions.
     *
     * @param combination how they combine; not null
     * @param conditions the conditions, in the pliego's order; not null
     * @return the rule; not null
     * @throws ValidationException if an invariant does not hold
     */
    public static PliegoRule of(Combination combination, PliegoCondition... conditions) {
        return builder().combination(combination).addConditions(conditions).build();
    }

    /**
     * Starts a builder.
     *
     * @return a new builder; not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How the conditions combine.
     *
     * @return the combination, {@link Combination#ALL} unless set; not null
     */
    @Value.Default
    public Combination combination() {
        return Combination.ALL;
    }

    /**
     * The conditions, in the pliego's order.
     *
     * @return the conditions; not null
     */
    public abstract List<PliegoCondition> conditions();

    /**
     * Whether a condition looks at the technical points, so every offer needs a technical score.
     *
     * @return true if so
     */
    public boolean needsTechnicalScores() {
        return conditions().stream().anyMatch(PliegoCondition::needsTechnicalScores);
    }

    /**
     * The rule in words, in English.
     *
     * @return the description; not null
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        conditions().forEach(c -> parts.add(c.describe()));
        return String.join(combination() == Combination.ALL ? " and " : " or ", parts);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (conditions().isEmpty() || conditions().size() > PliegoCondition.MAX_CONDITIONS) {
            v.add(Violation.of("conditions", RULE, "io.otp.scoring.abnormal.condition.count",
                "value", conditions().size(), "maximum", PliegoCondition.MAX_CONDITIONS));
        }
        for (int i = 0; i < conditions().size(); i++) {
            int depth = depth(conditions().get(i));
            if (depth > MAX_DEPTH) {
                v.add(Violation.of("conditions[" + i + "]", RULE, "io.otp.scoring.abnormal.condition.depth",
                    "value", depth, "maximum", MAX_DEPTH));
            }
        }
        if (!conditions().isEmpty() && conditions().stream().noneMatch(PliegoCondition::looksAtPrice)) {
            v.add(Violation.of("conditions", RULE, "io.otp.scoring.abnormal.condition.noPrice"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private static int depth(PliegoCondition condition) {
        int deepest = 0;
        for (PliegoCondition c : condition.conditions()) {
            deepest = Math.max(deepest, depth(c));
        }
        return condition.kind() == ConditionKind.GROUP ? deepest + 1 : 0;
    }

    /** Builds {@link PliegoRule}s; each attribute may be set once. */
    public static final class Builder extends ImmutablePliegoRule.Builder {
        Builder() {
        }
    }
}
