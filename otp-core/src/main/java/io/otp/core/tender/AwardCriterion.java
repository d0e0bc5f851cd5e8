package io.otp.core.tender;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.CriterionId;
import io.otp.core.money.Points;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * An award criterion of a lot (LCSP art. 145): what is valued, how (formula or value judgment,
 * LCSP art. 146) and how many points it is worth.
 *
 * <p>A criterion may be split into sub-criteria (a tree); a parent's points are exactly the sum
 * of its children's, and all children share the parent's evaluation method, because criteria
 * evaluated by formula and by value judgment go in separate envelopes and are scored at different
 * moments (LCSP arts. 146.2 and 157.1). Structural invariants, checked when the criterion is built:
 * <ul>
 *   <li>maximum points above zero;</li>
 *   <li>a price criterion is evaluated by formula (price is never a matter of judgment);</li>
 *   <li>a formula criterion without sub-criteria names its formula; a value-judgment criterion
 *       names none;</li>
 *   <li>a minimum threshold (LCSP art. 146.3) does not exceed the maximum points;</li>
 *   <li>sub-criteria add up to the parent's points and share its method.</li>
 * </ul>
 *
 * <p>The direction defaults to lower-is-better for price and cost and higher-is-better otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAwardCriterion.class)
@JsonDeserialize(as = ImmutableAwardCriterion.class)
public abstract class AwardCriterion {

    AwardCriterion() {
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
     * The criterion's identifier, unique within its lot.
     *
     * @return the id, not null
     */
    public abstract CriterionId id();

    /**
     * The criterion's name as the pliego gives it, e.g. "Precio" or "Memoria técnica".
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * What is valued and how, as the pliego describes it.
     *
     * @return the description; empty if none
     */
    public abstract Optional<String> description();

    /**
     * Price, cost or quality.
     *
     * @return the type, not null
     */
    public abstract CriterionType type();

    /**
     * Formula or value judgment (LCSP art. 146).
     *
     * @return the method, not null
     */
    public abstract EvaluationMethod method();

    /**
     * The most points the criterion can give.
     *
     * @return the maximum, above zero
     */
    public abstract Points maxPoints();

    /**
     * The formula of a formula criterion without sub-criteria.
     *
     * @return the formula; empty for value-judgment criteria and for parents of sub-criteria
     */
    public abstract Optional<FormulaReference> formula();

    /**
     * Whether a larger value is better. Defaults to lower-is-better for price and cost.
     *
     * @return the direction, not null
     */
    @Value.Default
    public Direction direction() {
        return type() == CriterionType.QUALITY ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    }

    /**
     * The minimum score a bid must reach on this criterion to stay in the procedure (LCSP art.
     * 146.3; eForms BT-5423 {@code min-score}).
     *
     * @return the threshold; empty if none
     */
    public abstract Optional<Points> minimumThreshold();

    /**
     * Whether this criterion values improvements (mejoras, LCSP art. 145.7), which must be fully
     * specified. Improvements valued by value judgment where a committee of experts scores them
     * (LCSP art. 146.2.a) weigh at most 2.5 %; improvements scored by formula are not capped.
     *
     * @return true for an improvements criterion; false by default
     */
    @Value.Default
    public boolean improvement() {
        return false;
    }

    /**
     * The sub-criteria, in the pliego's order.
     *
     * @return an unmodifiable list, empty for a leaf criterion; not null
     */
    public abstract List<AwardCriterion> subCriteria();

    /**
     * Tells whether this criterion has no sub-criteria (it is scored directly).
     *
     * @return true for a leaf
     */
    public boolean isLeaf() {
        return subCriteria().isEmpty();
    }

    /**
     * This criterion and all its descendants, depth first, parents before children.
     *
     * @return a stream, not null
     */
    public Stream<AwardCriterion> flatten() {
        return Stream.concat(Stream.of(this), subCriteria().stream().flatMap(AwardCriterion::flatten));
    }

    /**
     * The leaf criteria under this one (itself if it is a leaf), in order.
     *
     * @return an unmodifiable list, not null
     */
    public List<AwardCriterion> leaves() {
        List<AwardCriterion> out = new ArrayList<>();
        flatten().filter(AwardCriterion::isLeaf).forEach(out::add);
        return List.copyOf(out);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        String id = id().value();
        if (name().isBlank()) {
            v.add(Violation.of("name", "OTP-CRITERION-NAME", "io.otp.core.tender.criterion.name",
                "criterion", id));
        }
        if (maxPoints().value().signum() == 0) {
            v.add(Violation.of("maxPoints", "OTP-CRITERION-POINTS",
                "io.otp.core.tender.criterion.zeroPoints", "criterion", id));
        }
        if (type() == CriterionType.PRICE && method() != EvaluationMethod.FORMULA) {
            v.add(Violation.of("method", "LCSP-146.1", "io.otp.core.tender.criterion.priceByFormula",
                "criterion", id));
        }
        if (isLeaf() && method() == EvaluationMethod.FORMULA && formula().isEmpty()) {
            v.add(Violation.of("formula", "LCSP-146.1", "io.otp.core.tender.criterion.formulaMissing",
                "criterion", id));
        }
        if (method() == EvaluationMethod.VALUE_JUDGMENT && formula().isPresent()) {
            v.add(Violation.of("formula", "LCSP-146.2", "io.otp.core.tender.criterion.formulaForJudgment",
                "criterion", id, "formula", formula().get()));
        }
        if (!isLeaf() && formula().isPresent()) {
            v.add(Violation.of("formula", "OTP-CRITERION-TREE",
                "io.otp.core.tender.criterion.formulaOnParent", "criterion", id));
        }
        minimumThreshold().filter(t -> t.isGreaterThan(maxPoints())).ifPresent(t ->
            v.add(Violation.of("minimumThreshold", "LCSP-146.3",
                "io.otp.core.tender.criterion.thresholdAboveMax", "criterion", id,
                "threshold", t, "max", maxPoints())));
        if (!isLeaf()) {
            Points sum = Points.sum(subCriteria().stream().map(AwardCriterion::maxPoints)::iterator);
            if (sum.compareTo(maxPoints()) != 0) {
                v.add(Violation.of("subCriteria", "OTP-CRITERIA-SUM",
                    "io.otp.core.tender.criterion.subCriteriaSum", "criterion", id,
                    "total", sum, "expected", maxPoints()));
            }
            for (int i = 0; i < subCriteria().size(); i++) {
                AwardCriterion child = subCriteria().get(i);
                if (child.method() != method()) {
                    v.add(Violation.of("subCriteria[" + i + "].method", "LCSP-146.2",
                        "io.otp.core.tender.criterion.mixedMethods", "criterion", id,
                        "child", child.id(), "childMethod", child.method(), "method", method()));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link AwardCriterion}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAwardCriterion.Builder {
        Builder() {
        }
    }
}
