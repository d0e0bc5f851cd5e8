package io.otp.scoring.abnormal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Points;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One condition of a pliego's rule for abnormally low offers in a lot with several criteria (LCSP art.
 * 149.2.b: "los pliegos establecerán los parámetros objetivos"), written as data so that the rule is
 * stored, published and explained clause by clause. A condition is one of four {@link #kind() kinds}:
 * <ul>
 *   <li>{@link ConditionKind#PRICE}: the price more than {@link #threshold() X} below a
 *       {@link #reference() reference} (the budget, the mean of all offers, the mean of the other offers,
 *       the lowest other offer), X measured as a {@link #measure() percentage, points of discount or
 *       currency units} ({@link PriceMeasure}). Made with {@link #priceBelow}.</li>
 *   <li>{@link ConditionKind#RGLCAP_85}: RGLCAP art. 85 applied to the price only, in the reading of
 *       units and with the budget-referenced limits of the input. Made with {@link #rglcap85()}.</li>
 *   <li>{@link ConditionKind#TECHNICAL}: the offer's technical points strictly {@link #comparison() below
 *       or above} a {@link #technicalReference() reference}: Z points, Y % of the
 *       {@link #technicalMaximum() maximum}, or the mean of the valid offers' technical points. Made with
 *       {@link #technicalPoints}, {@link #technicalShare} or {@link #technicalMean}.</li>
 *   <li>{@link ConditionKind#GROUP}: nested {@link #conditions()} with their own
 *       {@link #combination()}. Made with {@link #allOf} or {@link #anyOf}.</li>
 * </ul>
 * Every comparison is strict ("more than", "below") and decided exactly.
 *
 * <p>Invariants, all reported together in one {@link ValidationException} with rule {@code LCSP-149.2.b}:
 * a price condition has a reference, a measure and a threshold, more than 0, and less than 100 when it is
 * a percentage or points of discount; a technical condition has a comparison and a reference, a
 * threshold of at least 0 for {@link TechnicalReference#POINTS}, a share from 0 to 100 and a maximum
 * above 0 for {@link TechnicalReference#SHARE_OF_MAXIMUM}, and no threshold for
 * {@link TechnicalReference#MEAN}; a group has a combination and 1 to {@value #MAX_CONDITIONS}
 * conditions; no condition carries the fields of another kind.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePliegoCondition.class)
@JsonDeserialize(as = ImmutablePliegoCondition.class)
public abstract class PliegoCondition {

    /** The most conditions a group or a rule may hold. */
    public static final int MAX_CONDITIONS = 20;

    /** The most digits before the point of a threshold (amounts of up to 10^18 currency units). */
    public static final int MAX_INTEGER_DIGITS = 18;

    /** The most decimals of a threshold, trailing zeros aside. */
    public static final int MAX_DECIMALS = 10;

    private static final String RULE = "LCSP-149.2.b";
    private static final String KEY = "io.otp.scoring.abnormal.condition.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    PliegoCondition() {
    }

    /**
     * A price condition: the offer more than {@code threshold} below the reference, as the measure says.
     *
     * @param reference what the price is compared with; not null
     * @param measure how the threshold is measured; not null
     * @param threshold X; more than 0 (and less than 100 for a percentage or points of discount); not null
     * @return the condition; not null
     * @throws ValidationException if the threshold is out of range
     */
    public static PliegoCondition priceBelow(PriceReference reference, PriceMeasure measure, BigDecimal threshold) {
        return builder().kind(ConditionKind.PRICE).reference(reference).measure(measure).threshold(threshold).build();
    }

    /**
     * RGLCAP art. 85 applied to the price only.
     *
     * @return the condition; not null
     */
    public static PliegoCondition rglcap85() {
        return builder().kind(ConditionKind.RGLCAP_85).build();
    }

    /**
     * A technical condition against a number of points Z.
     *
     * @param comparison below or above, strictly; not null
     * @param points Z, at least 0; not null
     * @return the condition; not null
     * @throws ValidationException if the points are negative
     */
    public static PliegoCondition technicalPoints(TechnicalComparison comparison, BigDecimal points) {
        return builder().kind(ConditionKind.TECHNICAL).comparison(comparison)
            .technicalReference(TechnicalReference.POINTS).threshold(points).build();
    }

    /**
     * A technical condition against a share Y % of the technical maximum.
     *
     * @param comparison below or above, strictly; not null
     * @param share Y, from 0 to 100; not null
     * @param maximum the technical maximum, above 0; not null
     * @return the condition; not null
     * @throws ValidationException if the share or the maximum is out of range
     */
    public static PliegoCondition technicalShare(TechnicalComparison comparison, BigDecimal share, Points maximum) {
        return builder().kind(ConditionKind.TECHNICAL).comparison(comparison)
            .technicalReference(TechnicalReference.SHARE_OF_MAXIMUM).threshold(share).technicalMaximum(maximum)
            .build();
    }

    /**
     * A technical condition against the mean of the valid offers' technical points.
     *
     * @param comparison below or above, strictly; not null
     * @return the condition; not null
     */
    public static PliegoCondition technicalMean(TechnicalComparison comparison) {
        return builder().kind(ConditionKind.TECHNICAL).comparison(comparison)
            .technicalReference(TechnicalReference.MEAN).build();
    }

    /**
     * Nested conditions that must all be met.
     *
     * @param conditions 1 to {@value #MAX_CONDITIONS} conditions; not null
     * @return the group; not null
     */
    public static PliegoCondition allOf(PliegoCondition... conditions) {
        return builder().kind(ConditionKind.GROUP).combination(Combination.ALL).addConditions(conditions).build();
    }

    /**
     * Nested conditions of which one is enough.
     *
     * @param conditions 1 to {@value #MAX_CONDITIONS} conditions; not null
     * @return the group; not null
     */
    public static PliegoCondition anyOf(PliegoCondition... conditions) {
        return builder().kind(ConditionKind.GROUP).combination(Combination.ANY).addConditions(conditions).build();
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
     * What the condition looks at.
     *
     * @return the kind; not null
     */
    public abstract ConditionKind kind();

    /**
     * For a price condition, what the price is compared with.
     *
     * @return the reference; empty for other kinds
     */
    public abstract Optional<PriceReference> reference();

    /**
     * For a price condition, how the threshold is measured.
     *
     * @return the measure; empty for other kinds
     */
    public abstract Optional<PriceMeasure> measure();

    /**
     * X of a price condition, Z (points) or Y (a percentage) of a technical condition.
     *
     * @return the threshold; empty for {@link ConditionKind#RGLCAP_85}, groups and the technical mean
     */
    public abstract Optional<BigDecimal> threshold();

    /**
     * For a technical condition, below or above.
     *
     * @return the comparison; empty for other kinds
     */
    public abstract Optional<TechnicalComparison> comparison();

    /**
     * For a technical condition, what the technical points are compared with.
     *
     * @return the reference; empty for other kinds
     */
    public abstract Optional<TechnicalReference> technicalReference();

    /**
     * For a technical condition on a share of the maximum, the maximum technical points.
     *
     * @return the maximum; empty otherwise
     */
    public abstract Optional<Points> technicalMaximum();

    /**
     * For a group, how its conditions combine.
     *
     * @return the combination; empty for other kinds
     */
    public abstract Optional<Combination> combination();

    /**
     * For a group, its conditions, in the pliego's order.
     *
     * @return the conditions; empty for other kinds
     */
    public abstract List<PliegoCondition> conditions();

    /**
     * Whether this condition, or one nested in it, looks at the technical points.
     *
     * @return true if a technical score is needed for every offer
     */
    public boolean needsTechnicalScores() {
        return kind() == ConditionKind.TECHNICAL
            || conditions().stream().anyMatch(PliegoCondition::needsTechnicalScores);
    }

    /**
     * Whether this condition, or one nested in it, looks at the price.
     *
     * @return true for a price or RGLCAP art. 85 condition, or a group holding one
     */
    public boolean looksAtPrice() {
        return kind() == ConditionKind.PRICE || kind() == ConditionKind.RGLCAP_85
            || conditions().stream().anyMatch(PliegoCondition::looksAtPrice);
    }

    /**
     * The condition in words, in English, e.g. "price more than 10 % below the mean of the other offers".
     *
     * @return the description; not null
     */
    public String describe() {
        switch (kind()) {
            case PRICE:
                return "price more than " + amount() + " below " + words(reference().orElseThrow());
            case RGLCAP_85:
                return "price abnormal under RGLCAP art. 85";
            case TECHNICAL:
                return "technical points " + comparison().orElseThrow().name().toLowerCase(Locale.ROOT) + " "
                    + technicalWords();
            default:
                List<String> parts = new ArrayList<>();
                conditions().forEach(c -> parts.add(c.describe()));
                return "(" + String.join(combination().orElseThrow() == Combination.ALL ? " and " : " or ", parts)
                    + ")";
        }
    }

    private String amount() {
        String x = OtpMessages.number(threshold().orElseThrow());
        switch (measure().orElseThrow()) {
            case PERCENT:
                return x + " %";
            case DISCOUNT_POINTS:
                return x + " points of discount";
            default:
                return x + " currency units";
        }
    }

    private static String words(PriceReference reference) {
        switch (reference) {
            case BUDGET:
                return "the base budget";
            case MEAN_OF_ALL:
                return "the mean of all offers";
            case MEAN_OF_OTHERS:
                return "the mean of the other offers";
            default:
                return "the lowest other offer";
        }
    }

    private String technicalWords() {
        switch (technicalReference().orElseThrow()) {
            case POINTS:
                return OtpMessages.number(threshold().orElseThrow()) + " points";
            case SHARE_OF_MAXIMUM:
                return OtpMessages.number(threshold().orElseThrow()) + " % of the maximum "
                    + technicalMaximum().orElseThrow();
            default:
                return "the mean of the offers' technical points";
        }
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        switch (kind()) {
            case PRICE:
                checkPrice(v);
                break;
            case TECHNICAL:
                checkTechnical(v);
                break;
            case GROUP:
                require(v, "combination", combination().isPresent());
                if (conditions().isEmpty() || conditions().size() > MAX_CONDITIONS) {
                    v.add(Violation.of("conditions", RULE, KEY + "count", "value", conditions().size(),
                        "maximum", MAX_CONDITIONS));
                }
                break;
            default:
                break;
        }
        if (v.stream().noneMatch(x -> x.path().equals("threshold"))) {
            threshold().ifPresent(x -> checkSize(v, x));
        }
        forbid(v, "reference", reference().isPresent() && kind() != ConditionKind.PRICE);
        forbid(v, "measure", measure().isPresent() && kind() != ConditionKind.PRICE);
        forbid(v, "threshold", threshold().isPresent() && (kind() == ConditionKind.RGLCAP_85
            || kind() == ConditionKind.GROUP || technicalReference().orElse(null) == TechnicalReference.MEAN));
        forbid(v, "comparison", comparison().isPresent() && kind() != ConditionKind.TECHNICAL);
        forbid(v, "technicalReference", technicalReference().isPresent() && kind() != ConditionKind.TECHNICAL);
        forbid(v, "technicalMaximum", technicalMaximum().isPresent()
            && technicalReference().orElse(null) != TechnicalReference.SHARE_OF_MAXIMUM);
        forbid(v, "combination", combination().isPresent() && kind() != ConditionKind.GROUP);
        forbid(v, "conditions", !conditions().isEmpty() && kind() != ConditionKind.GROUP);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /**
     * Refuses a threshold with more than {@value #MAX_INTEGER_DIGITS} digits before the point or more than
     * {@value #MAX_DECIMALS} decimals (trailing zeros aside), in constant time whatever its exponent: a
     * threshold such as {@code 1E-999999999} would otherwise make every comparison with an offer write out a
     * billion digits.
     */
    private static void checkSize(List<Violation> v, BigDecimal x) {
        BigDecimal stripped = x.stripTrailingZeros();
        if (stripped.signum() != 0 && (long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            v.add(Violation.of("threshold", RULE, "io.otp.core.decimal.magnitude", "field", "threshold",
                "value", OtpMessages.number(x), "digits", MAX_INTEGER_DIGITS));
        } else if (stripped.scale() > MAX_DECIMALS) {
            v.add(Violation.of("threshold", RULE, "io.otp.core.decimal.scale", "field", "threshold",
                "value", OtpMessages.number(x), "digits", MAX_DECIMALS));
        }
    }

    private void checkPrice(List<Violation> v) {
        require(v, "reference", reference().isPresent());
        require(v, "measure", measure().isPresent());
        require(v, "threshold", threshold().isPresent());
        if (threshold().isPresent() && measure().isPresent()) {
            BigDecimal x = threshold().get();
            boolean share = measure().get() != PriceMeasure.EUROS;
            if (x.signum() <= 0 || share && x.compareTo(HUNDRED) >= 0) {
                v.add(Violation.of("threshold", RULE, share ? KEY + "priceShare" : KEY + "priceAmount",
                    "value", OtpMessages.number(x)));
            }
        }
    }

    private void checkTechnical(List<Violation> v) {
        require(v, "comparison", comparison().isPresent());
        require(v, "technicalReference", technicalReference().isPresent());
        TechnicalReference reference = technicalReference().orElse(null);
        if (reference == TechnicalReference.POINTS || reference == TechnicalReference.SHARE_OF_MAXIMUM) {
            require(v, "threshold", threshold().isPresent());
        }
        if (reference == TechnicalReference.POINTS && threshold().isPresent() && threshold().get().signum() < 0) {
            v.add(Violation.of("threshold", RULE, KEY + "technicalPoints", "value",
                OtpMessages.number(threshold().get())));
        }
        if (reference == TechnicalReference.SHARE_OF_MAXIMUM) {
            require(v, "technicalMaximum", technicalMaximum().isPresent());
            threshold().filter(y -> y.signum() < 0 || y.compareTo(HUNDRED) > 0).ifPresent(y -> v.add(
                Violation.of("threshold", RULE, KEY + "technicalShare", "value", OtpMessages.number(y))));
            technicalMaximum().filter(m -> m.value().signum() == 0).ifPresent(m -> v.add(
                Violation.of("technicalMaximum", RULE, KEY + "technicalMaximum", "value", m.value().toPlainString())));
        }
    }

    private void require(List<Violation> v, String field, boolean present) {
        if (!present) {
            v.add(Violation.of(field, RULE, KEY + "required", "field", field, "kind", kind()));
        }
    }

    private void forbid(List<Violation> v, String field, boolean present) {
        if (present) {
            v.add(Violation.of(field, RULE, KEY + "foreign", "field", field, "kind", kind()));
        }
    }

    /** Builds {@link PliegoCondition}s; each attribute may be set once. */
    public static final class Builder extends ImmutablePliegoCondition.Builder {
        Builder() {
        }
    }
}
