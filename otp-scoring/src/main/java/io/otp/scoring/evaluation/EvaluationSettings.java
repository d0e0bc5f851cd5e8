package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.party.BusinessGroupId;
import io.otp.scoring.abnormal.BudgetReferencedLimits;
import io.otp.scoring.abnormal.PercentageUnits;
import io.otp.scoring.abnormal.PliegoRule;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.abnormal.RecomputeAfterExclusion;
import io.otp.scoring.committee.AggregationStrategy;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.formula.RoundingPolicy;
import io.otp.scoring.ranking.TieBreakCriterion;
import io.otp.scoring.ranking.TieBreakMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What the pliego and the committee fix for the evaluation of a lot: the committee and its
 * conflict-of-interest declarations, how its scores are aggregated, the rounding policy, the
 * abnormality rule and its settings, the declared business groups, the pliego's tie-break criteria
 * and the seed of the final draw.
 *
 * <p>Defaults: rounding to 2 decimals half up on each criterion's points
 * ({@link RoundingPolicy#standard()}), the mean of the evaluators' scores, the abnormality rule
 * chosen from the lot (RGLCAP art. 85 when price is the only criterion, the pliego's threshold when
 * one is given), "unidades porcentuales" read as relative to the reference ({@link PercentageUnits#RELATIVE}), no recomputation of points after an
 * abnormal offer is excluded, offers above the base budget excluded (RGLCAP art. 84), the pliego's
 * tie-break criteria (if any) before the statutory chain of LCSP art. 147.2
 * ({@link TieBreakMode#PLIEGO_BEFORE_STATUTORY_CHAIN}) and seed 0.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluationSettings.class)
@JsonDeserialize(as = ImmutableEvaluationSettings.class)
public abstract class EvaluationSettings {

    EvaluationSettings() {
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
     * The settings with every default and no committee, for lots without value-judgment criteria.
     *
     * @return the settings, not null
     */
    public static EvaluationSettings defaults() {
        return builder().build();
    }

    /**
     * The members of the committee (or of the committee of experts, LCSP art. 146.2.a) who score the
     * value-judgment criteria.
     *
     * @return an unmodifiable list, empty when the lot has no value-judgment criteria; not null
     */
    public abstract List<PersonId> committee();

    /**
     * The signed conflict-of-interest declarations (DACI) of the members for this tender.
     *
     * @return an unmodifiable list; not null
     */
    public abstract List<ConflictOfInterestDeclaration> declarations();

    /**
     * How the members' scores become one score per bid and criterion.
     *
     * @return the strategy, {@link AggregationStrategy#MEAN} unless set; not null
     */
    @Value.Default
    public AggregationStrategy aggregation() {
        return AggregationStrategy.MEAN;
    }

    /**
     * Where and how points are rounded.
     *
     * @return the policy, {@link RoundingPolicy#standard()} unless set; not null
     */
    @Value.Default
    public RoundingPolicy rounding() {
        return RoundingPolicy.standard();
    }

    /**
     * The id of the abnormality rule, e.g. {@code rglcap-85} or {@code price-below-mean}.
     *
     * <p>Any rule of the registry the step uses can be named: the built-ins, the providers found by
     * {@link java.util.ServiceLoader} ({@code Evaluation#detectAbnormalOffers(Attribution)}) and those
     * registered with {@code AbnormalityRules#with} ({@code Evaluation#detectAbnormalOffers(AbnormalityRules,
     * Attribution)}).
     *
     * @return the rule id; empty to choose from the pliego and the lot: {@code pliego-rule} when
     *     {@link #pliegoRule()} is given, {@code price-below-mean} when {@link #pliegoThreshold()} is given
     *     (the pliego's own parameters, on any lot), else {@code rglcap-85} when price is the only criterion
     *     (RGLCAP art. 85 applies "en defecto de previsión en los pliegos", LCSP art. 149.2.a), none otherwise
     *     (a multi-criteria lot whose pliego sets no parameters: the evaluation records the LCSP-149.2.b
     *     finding)
     */
    public abstract Optional<String> abnormalityRule();

    /**
     * How "unidades porcentuales" of RGLCAP art. 85 are read.
     *
     * @return the reading, {@link PercentageUnits#RELATIVE} unless set; not null
     */
    @Value.Default
    public PercentageUnits units() {
        return PercentageUnits.RELATIVE;
    }

    /**
     * Whether RGLCAP art. 85's limits measured against the base budget (85.1, and the last sentence of
     * 85.3) apply when the rule is {@code rglcap-85}. Tribunal doctrine is divided: TACRC 1020/2017
     * applies them; the Madrid tribunal has treated them as tacitly repealed by LCSP art. 149.2.a (see
     * {@link BudgetReferencedLimits}).
     *
     * @return the setting, {@link BudgetReferencedLimits#APPLY} unless set; not null
     */
    @Value.Default
    public BudgetReferencedLimits budgetReferencedLimits() {
        return BudgetReferencedLimits.APPLY;
    }

    /**
     * The pliego's parameters for abnormally low offers in a multi-criteria lot (LCSP art. 149.2.b).
     *
     * @return the threshold; empty if the pliego sets none
     */
    public abstract Optional<PliegoThreshold> pliegoThreshold();

    /**
     * The pliego's own rule for abnormally low offers in a multi-criteria lot, as data (LCSP art.
     * 149.2.b): price conditions against the budget, means or the lowest other offer, RGLCAP art. 85 on
     * the price, technical conditions, combined with all or any. Applied by the rule {@code pliego-rule};
     * technical conditions read each offer's value-judgment points. Give either this or
     * {@link #pliegoThreshold()}, not both.
     *
     * @return the rule; empty if the pliego gives none
     */
    public abstract Optional<PliegoRule> pliegoRule();

    /**
     * Whether price points are recomputed without an abnormal offer whose justification is rejected.
     *
     * @return the choice, {@link RecomputeAfterExclusion#NO} unless set; not null
     */
    @Value.Default
    public RecomputeAfterExclusion recomputeAfterExclusion() {
        return RecomputeAfterExclusion.NO;
    }

    /**
     * Whether the pliego admits offers above the lot's base budget; when not (the rule, RGLCAP art.
     * 84), such offers are excluded when the formula envelope is opened. Formulas scored on the
     * discount over the budget (e.g. {@code linear-discount}, {@code power}) still refuse them, as a
     * negative discount has no points; choose a formula on the offer itself, such as
     * {@code inverse-proportional}, when the pliego admits them.
     *
     * @return false unless set
     */
    @Value.Default
    public boolean offersAboveBudgetAllowed() {
        return false;
    }

    /**
     * The business group of each bidder that declared one (RGLCAP art. 86).
     *
     * @return an unmodifiable map sorted by bidder; not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<OrganisationId, BusinessGroupId> businessGroups();

    /**
     * The pliego's tie-break criteria (LCSP art. 147.1), applied before the statutory chain or instead
     * of it as {@link #tieBreakMode()} says.
     *
     * @return an unmodifiable list in the pliego's order; not null
     */
    public abstract List<TieBreakCriterion> tieBreakCriteria();

    /**
     * Whether the pliego's tie-break criteria go before the statutory chain of LCSP art. 147.2 or
     * replace it; without pliego criteria the chain applies either way. Recorded on every tie-break of
     * the ranking. JSON written before the setting existed reads as the default.
     *
     * @return the mode, {@link TieBreakMode#PLIEGO_BEFORE_STATUTORY_CHAIN} unless set; not null
     */
    @Value.Default
    public TieBreakMode tieBreakMode() {
        return TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN;
    }

    /**
     * The seed of the final draw of LCSP art. 147.2, recorded in the result.
     *
     * @return the seed, 0 unless set
     */
    @Value.Default
    public long seed() {
        return 0L;
    }

    /**
     * Checks the settings against the lot they evaluate, as the law asks of the pliego, without refusing
     * them: a lot with several award criteria (not price alone) for which no abnormality rule, pliego rule
     * or pliego threshold is set has no parameters for abnormally low offers, which LCSP art. 149.2.b
     * requires the pliego to set ("los pliegos establecerán los parámetros objetivos"); the evaluation then
     * checks no offer, and says so in {@link EvaluationResult#findings()}.
     *
     * @param lot the lot evaluated; not null
     * @return the violations, rule {@code LCSP-149.2.b}; empty when none
     */
    public List<Violation> violations(io.otp.core.tender.Lot lot) {
        java.util.Objects.requireNonNull(lot, "lot");
        List<io.otp.core.tender.AwardCriterion> leaves = lot.leafCriteria();
        boolean priceOnly = leaves.size() == 1 && leaves.get(0).type() == io.otp.core.tender.CriterionType.PRICE;
        if (priceOnly || abnormalityRule().isPresent() || pliegoRule().isPresent() || pliegoThreshold().isPresent()) {
            return List.of();
        }
        return List.of(Violation.of("pliegoRule", "LCSP-149.2.b", "io.otp.scoring.evaluation.abnormality.noParameters",
            "lot", lot.id(), "criteria", leaves.size()));
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        Set<PersonId> seen = new HashSet<>();
        for (int i = 0; i < committee().size(); i++) {
            if (!seen.add(committee().get(i))) {
                v.add(Violation.of("committee[" + i + "]", "OTP-UNIQUE-ID", "io.otp.scoring.evaluation.committee.duplicate",
                    "person", committee().get(i)));
            }
        }
        if (pliegoThreshold().isPresent() && pliegoRule().isPresent()) {
            v.add(Violation.of("pliegoRule", "LCSP-149.2.b", "io.otp.scoring.abnormal.pliegoAmbiguous"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link EvaluationSettings}; each attribute may be set once. */
    public static final class Builder extends ImmutableEvaluationSettings.Builder {
        Builder() {
        }
    }
}
