package io.otp.core.tender;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A lot of a tender (LCSP art. 99): its own budget and its own award criteria, evaluated and
 * awarded separately. A tender not divided into lots has exactly one lot.
 *
 * <p>Structural invariants, checked when the lot is built:
 * <ul>
 *   <li>the budget (presupuesto base de licitación, VAT excluded; LCSP art. 100) is positive and
 *       the VAT rate is not negative;</li>
 *   <li>the top-level criteria's points add up exactly to the declared total (100 by default);</li>
 *   <li>criterion ids are unique within the lot, sub-criteria included;</li>
 *   <li>CPV codes are not repeated;</li>
 *   <li>a quality threshold for the price phase (LCSP art. 146.3) does not exceed the points of the
 *       value-judgment criteria.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLot.class)
@JsonDeserialize(as = ImmutableLot.class)
public abstract class Lot {

    /**
     * The most criteria and sub-criteria a lot may have: far more than any pliego uses (a few dozen at
     * most), and a bound on the work an evaluation of the lot does for each bid.
     */
    public static final int MAX_CRITERIA = 200;


    /** The usual total of a lot's criteria. */
    public static final Points DEFAULT_TOTAL = Points.of(100);

    /** The general Spanish VAT rate, the default (Ley 37/1992 del IVA, art. 90). */
    public static final Percentage DEFAULT_VAT = Percentage.of(21);

    Lot() {
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
     * The lot's identifier, unique within its tender.
     *
     * @return the id, not null
     */
    public abstract LotId id();

    /**
     * The lot's title.
     *
     * @return the title, not blank
     */
    public abstract String title();

    /**
     * What the lot covers.
     *
     * @return the description; empty if none
     */
    public abstract Optional<String> description();

    /**
     * The base budget of the lot, VAT excluded (presupuesto base de licitación, LCSP art. 100):
     * the most the administration may pay and the ceiling of the offers.
     *
     * @return the budget, positive
     */
    public abstract Money budget();

    /**
     * The VAT rate applied to the lot. Defaults to 21 %.
     *
     * @return the rate, not negative
     */
    @Value.Default
    public Percentage vatRate() {
        return DEFAULT_VAT;
    }

    /**
     * The budget with VAT included, VAT rounded half up to the cent.
     *
     * @return the amount, not null
     */
    public Money budgetWithVat() {
        return budget().withVat(vatRate());
    }

    /**
     * The CPV codes of the lot, when they narrow the tender's.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<CpvCode> cpvCodes();

    /**
     * The award criteria, in the pliego's order.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<AwardCriterion> criteria();

    /**
     * The total the criteria must add up to. Defaults to 100 points.
     *
     * @return the total, above zero
     */
    @Value.Default
    public Points totalPoints() {
        return DEFAULT_TOTAL;
    }

    /**
     * The minimum score on the value-judgment criteria a bid needs to go on to the evaluation of
     * formula criteria (phased evaluation, LCSP art. 146.3; CJEU C-546/16 Montte).
     *
     * @return the threshold; empty if the evaluation is not phased
     */
    public abstract Optional<Points> qualityThreshold();

    /**
     * Every criterion of the lot, depth first, parents before children; computed once.
     *
     * @return an unmodifiable list, not null
     */
    @Value.Lazy
    public List<AwardCriterion> allCriteria() {
        return criteria().stream().flatMap(AwardCriterion::flatten).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The criteria scored directly (those without sub-criteria), in order; computed once.
     *
     * @return an unmodifiable list, not null
     */
    @Value.Lazy
    public List<AwardCriterion> leafCriteria() {
        return criteria().stream().flatMap(c -> c.leaves().stream()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Finds a criterion or sub-criterion by id.
     *
     * @param id the id; not null
     * @return the criterion; empty if the lot has none with that id
     */
    public Optional<AwardCriterion> criterion(CriterionId id) {
        return allCriteria().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The points of the criteria evaluated by the given method.
     *
     * @param method the method; not null
     * @return the sum of the top-level criteria of that method, zero if none; not null
     */
    public Points pointsBy(EvaluationMethod method) {
        return Points.sum(criteria().stream().filter(c -> c.method() == method)
            .map(AwardCriterion::maxPoints)::iterator);
    }

    /**
     * The points of the criteria of the given type, counted on the leaves.
     *
     * @param type the type; not null
     * @return the sum, zero if none; not null
     */
    public Points pointsBy(CriterionType type) {
        return Points.sum(leafCriteria().stream().filter(c -> c.type() == type)
            .map(AwardCriterion::maxPoints)::iterator);
    }

    /**
     * The points of the criteria that value improvements (LCSP art. 145.7), counted on the leaves
     * and on any parent marked as an improvement.
     *
     * @return the sum, zero if none; not null
     */
    public Points improvementPoints() {
        return Points.sum(criteria().stream().map(Lot::improvementPointsOf)::iterator);
    }

    private static Points improvementPointsOf(AwardCriterion c) {
        if (c.improvement()) {
            return c.maxPoints();
        }
        return Points.sum(c.subCriteria().stream().map(Lot::improvementPointsOf)::iterator);
    }

    /**
     * The points of the criteria that value improvements (LCSP art. 145.7) and are scored by the given
     * method, counted as {@link #improvementPoints()} counts them. A sub-criterion shares its parent's
     * method, so the improvements scored by formula and those valued by judgment add up to
     * {@link #improvementPoints()}.
     *
     * <p>Only the improvements valued by judgment can be capped: LCSP art. 145.7 limits to 2.5 % the
     * improvements "en los supuestos en que su valoración se efectúe de conformidad con lo establecido
     * en el apartado segundo, letra a) del artículo siguiente", that is, valued by value judgment by a
     * committee of experts (LCSP art. 146.2.a); improvements scored by formula are not capped.
     *
     * @param method the method; not null
     * @return the sum, zero if none; not null
     */
    public Points improvementPointsBy(EvaluationMethod method) {
        Objects.requireNonNull(method, "method");
        return Points.sum(criteria().stream().filter(c -> c.method() == method)
            .map(Lot::improvementPointsOf)::iterator);
    }

    /**
     * The share of the total that the given points are, exactly to two decimals (half up).
     *
     * @param points the points; not null
     * @return the percentage of {@link #totalPoints()}, not null
     */
    public Percentage shareOf(Points points) {
        return Percentage.ratio(points.value(), totalPoints().value(), 2, java.math.RoundingMode.HALF_UP);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        String lot = id().value();
        if (title().isBlank()) {
            v.add(Violation.of("title", "OTP-LOT-TITLE", "io.otp.core.tender.lot.title", "lot", lot));
        }
        if (!budget().isPositive()) {
            v.add(Violation.of("budget", "LCSP-100", "io.otp.core.tender.lot.budget", "lot", lot,
                "value", budget()));
        }
        if (vatRate().value().signum() < 0) {
            v.add(Violation.of("vatRate", "OTP-VAT-RATE", "io.otp.core.money.vatRate", "value", vatRate()));
        }
        if (totalPoints().value().signum() == 0) {
            v.add(Violation.of("totalPoints", "OTP-CRITERIA-SUM", "io.otp.core.tender.lot.zeroTotal",
                "lot", lot));
        }
        if (criteria().isEmpty()) {
            v.add(Violation.of("criteria", "LCSP-145.1", "io.otp.core.tender.lot.noCriteria", "lot", lot));
        } else {
            Points sum = Points.sum(criteria().stream().map(AwardCriterion::maxPoints)::iterator);
            if (sum.compareTo(totalPoints()) != 0) {
                v.add(Violation.of("criteria", "OTP-CRITERIA-SUM", "io.otp.core.tender.lot.criteriaSum",
                    "lot", lot, "total", sum, "expected", totalPoints()));
            }
        }
        if (allCriteria().size() > MAX_CRITERIA) {
            v.add(Violation.of("criteria", "OTP-LIMIT-CRITERIA", "io.otp.core.tender.lot.tooManyCriteria",
                "lot", lot, "value", allCriteria().size(), "max", MAX_CRITERIA));
        }
        Set<CriterionId> seen = new HashSet<>();
        for (AwardCriterion c : allCriteria()) {
            if (!seen.add(c.id())) {
                v.add(Violation.of("criteria", "OTP-UNIQUE-ID", "io.otp.core.tender.duplicateId",
                    "scope", "lot " + lot, "kind", "criterion", "id", c.id()));
            }
        }
        Set<CpvCode> cpv = new HashSet<>();
        for (int i = 0; i < cpvCodes().size(); i++) {
            if (!cpv.add(cpvCodes().get(i))) {
                v.add(Violation.of("cpvCodes[" + i + "]", "OTP-UNIQUE-CPV", "io.otp.core.tender.duplicateCpv",
                    "value", cpvCodes().get(i)));
            }
        }
        qualityThreshold().ifPresent(t -> {
            Points judged = pointsBy(EvaluationMethod.VALUE_JUDGMENT);
            if (t.isGreaterThan(judged)) {
                v.add(Violation.of("qualityThreshold", "LCSP-146.3",
                    "io.otp.core.tender.lot.thresholdAboveJudgment", "lot", lot,
                    "threshold", t, "judged", judged));
            }
        });
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link Lot}s; each attribute may be set once. */
    public static final class Builder extends ImmutableLot.Builder {
        Builder() {
        }
    }
}
