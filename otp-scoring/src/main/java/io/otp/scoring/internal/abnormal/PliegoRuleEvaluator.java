package io.otp.scoring.internal.abnormal;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.AbnormalityClause;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import io.otp.scoring.abnormal.Combination;
import io.otp.scoring.abnormal.ConditionKind;
import io.otp.scoring.abnormal.ConditionOutcome;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.abnormal.PercentageUnits;
import io.otp.scoring.abnormal.PliegoCondition;
import io.otp.scoring.abnormal.PliegoRule;
import io.otp.scoring.abnormal.PriceMeasure;
import io.otp.scoring.abnormal.PriceReference;
import io.otp.scoring.abnormal.ReferenceKind;
import io.otp.scoring.abnormal.TechnicalComparison;
import io.otp.scoring.abnormal.TechnicalReference;
import io.otp.scoring.spi.AbnormalityRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The pliego's own rule for abnormally low offers, given as data ({@link PliegoRule}, LCSP art. 149.2.b);
 * see {@code io.otp.scoring.abnormal.rules.AbnormalityRules#PLIEGO_RULE}.
 */
public final class PliegoRuleEvaluator implements AbnormalityRule {

    private static final String LCSP = AbnormalityClause.LCSP_149_2_B.legalId();

    /** Creates the rule (used by {@link java.util.ServiceLoader}). */
    public PliegoRuleEvaluator() {
        // stateless
    }

    @Override
    public String id() {
        return "pliego-rule";
    }

    @Override
    public String name() {
        return "The pliego's own conditions for abnormally low offers (LCSP art. 149.2.b)";
    }

    @Override
    public AbnormalityAssessment evaluate(AbnormalityInput input) {
        Objects.requireNonNull(input, "input");
        PliegoRule rule = input.pliegoRule().orElseThrow(() -> new ValidationException(
            Violation.of("pliegoRule", "LCSP-149.2.b", "io.otp.scoring.abnormal.pliegoMissing", "rule", id())));
        Lot lot = new Lot(input, rule);
        List<OfferAssessment> result = new ArrayList<>();
        for (AbnormalityOffer offer : input.offers()) {
            AbnormalityOffer rep = lot.bidders.representativeOf(offer);
            List<ConditionOutcome> outcomes = new ArrayList<>();
            boolean flagged = lot.all(rule.combination(), rule.conditions(), offer, rep, "", outcomes);
            OfferAssessment.Builder b = OfferAssessment.builder().bidId(offer.bidId())
                .economicOffer(offer.economicOffer()).businessGroup(offer.businessGroup()).flagged(flagged)
                .clause(AbnormalityClause.LCSP_149_2_B).addAllConditions(outcomes);
            if (offer.businessGroup().isPresent()) {
                b.groupRepresentative(rep.bidId());
            }
            mirror(b, outcomes, rule, rep);
            result.add(b.build());
        }
        result.sort(Comparator.comparing(OfferAssessment::bidId));
        return AbnormalityAssessment.builder().ruleId(id()).baseBudget(input.baseBudget()).units(input.units())
            .recomputeAfterExclusion(input.recomputeAfterExclusion())
            .budgetReferencedLimits(input.budgetReferencedLimits()).addAllOffers(result)
            .addAllReferenceOffers(lot.usesOffers ? Bidders.ids(lot.reps) : List.of()).build();
    }

    /**
     * The assessment's own reference and limit repeat those of one price condition: the first met, or the
     * first when none is; the outcomes hold every condition.
     */
    private static void mirror(OfferAssessment.Builder b, List<ConditionOutcome> outcomes, PliegoRule rule,
            AbnormalityOffer rep) {
        List<PliegoCondition> flat = new ArrayList<>();
        flatten(rule.conditions(), flat);
        ConditionOutcome chosen = null;
        BigDecimal units = BigDecimal.ZERO;
        for (int i = 0; i < outcomes.size(); i++) {
            ConditionOutcome o = outcomes.get(i);
            boolean price = o.kind() == ConditionKind.PRICE || o.kind() == ConditionKind.RGLCAP_85;
            if (price && (chosen == null || o.met() && !chosen.met())) {
                chosen = o;
                units = flat.get(i).threshold().orElse(BigDecimal.ZERO);
            }
        }
        if (chosen == null) {
            b.reference(ReferenceKind.NONE).units(units);
            return;
        }
        b.reference(chosen.reference()).referenceAmount(chosen.referenceAmount()).limit(chosen.limit()).units(units);
        if (chosen.reference() == ReferenceKind.MEAN_OF_OTHERS) {
            b.leftOutOfReference(rep.bidId());
        }
    }

    private static void flatten(List<PliegoCondition> conditions, List<PliegoCondition> out) {
        for (PliegoCondition c : conditions) {
            out.add(c);
            flatten(c.conditions(), out);
        }
    }

    /** What every condition needs of the lot, computed once. */
    private static final class Lot {
        final AbnormalityInput input;
        final Bidders bidders;
        final List<AbnormalityOffer> reps;
        final BigDecimal budget;
        final BigDecimal sum;
        final boolean usesOffers;
        final AbnormalityAssessment rglcap;
        final BigDecimal technicalSum;

        Lot(AbnormalityInput input, PliegoRule rule) {
            this.input = input;
            this.bidders = new Bidders(input);
            this.reps = bidders.representatives();
            this.budget = input.baseBudget().amount();
            BigDecimal total = BigDecimal.ZERO;
            for (AbnormalityOffer rep : reps) {
                total = total.add(rep.economicOffer().amount());
            }
            this.sum = total;
            List<PliegoCondition> flat = new ArrayList<>();
            flatten(rule.conditions(), flat);
            this.usesOffers = flat.stream().anyMatch(c -> c.kind() == ConditionKind.RGLCAP_85
                || c.reference().filter(r -> r != PriceReference.BUDGET).isPresent());
            this.rglcap = flat.stream().anyMatch(c -> c.kind() == ConditionKind.RGLCAP_85)
                ? new Rglcap85Rule().evaluate(input) : null;
            BigDecimal technical = BigDecimal.ZERO;
            if (rule.needsTechnicalScores()) {
                for (AbnormalityOffer offer : input.offers()) {
                    technical = technical.add(offer.technicalScore().orElseThrow().value());
                }
            }
            this.technicalSum = technical;
        }

        /** Evaluates the conditions in order, recording every outcome (no short cut: all are explained). */
        boolean all(Combination combination, List<PliegoCondition> conditions, AbnormalityOffer offer,
                AbnormalityOffer rep, String prefix, List<ConditionOutcome> out) {
            boolean all = true;
            boolean any = false;
            for (int i = 0; i < conditions.size(); i++) {
                boolean met = condition(conditions.get(i), offer, rep, prefix + (i + 1), out);
                all &= met;
                any |= met;
            }
            return combination == Combination.ALL ? all : any;
        }

        private boolean condition(PliegoCondition c, AbnormalityOffer offer, AbnormalityOffer rep, String position,
                List<ConditionOutcome> out) {
            ConditionOutcome.Builder o = ConditionOutcome.builder().position(position).description(c.describe())
                .kind(c.kind()).priceReference(c.reference()).measure(c.measure()).threshold(c.threshold())
                .comparison(c.comparison()).technicalReference(c.technicalReference()).combination(c.combination());
            if (c.kind() != ConditionKind.RGLCAP_85) {
                o.legalId(LCSP);
            }
            switch (c.kind()) {
                case PRICE:
                    price(c, offer, rep, o);
                    break;
                case RGLCAP_85:
                    OfferAssessment a = rglcap.offer(offer.bidId()).orElseThrow();
                    o.legalId(a.clause().legalId()).reference(a.reference()).referenceAmount(a.referenceAmount())
                        .limit(a.limit()).value(offer.economicOffer().amount()).met(a.flagged());
                    break;
                case TECHNICAL:
                    technical(c, offer, o);
                    break;
                default:
                    int at = out.size();
                    out.add(null);
                    List<ConditionOutcome> nested = new ArrayList<>();
                    boolean met = all(c.combination().orElseThrow(), c.conditions(), offer, rep, position + ".", nested);
                    out.set(at, o.reference(ReferenceKind.NONE).met(met).build());
                    out.addAll(nested);
                    return met;
            }
            ConditionOutcome built = o.build();
            out.add(built);
            return built.met();
        }

        private void price(PliegoCondition c, AbnormalityOffer offer, AbnormalityOffer rep, ConditionOutcome.Builder o) {
            BigDecimal amount = offer.economicOffer().amount();
            o.value(amount);
            Fraction reference;
            ReferenceKind kind;
            PriceReference what = c.reference().orElseThrow();
            if (what == PriceReference.BUDGET) {
                reference = Fraction.of(budget);
                kind = ReferenceKind.BUDGET;
            } else if (what == PriceReference.MEAN_OF_ALL) {
                reference = Fraction.mean(sum, reps.size());
                kind = ReferenceKind.MEAN;
            } else if (reps.size() < 2) {
                o.reference(ReferenceKind.NONE).met(false);
                return;
            } else if (what == PriceReference.MEAN_OF_OTHERS) {
                reference = Fraction.mean(sum.subtract(rep.economicOffer().amount()), reps.size() - 1L);
                kind = ReferenceKind.MEAN_OF_OTHERS;
            } else {
                AbnormalityOffer lowest = reps.get(0).equals(rep) ? reps.get(1) : reps.get(0);
                reference = Fraction.of(lowest.economicOffer().amount());
                kind = ReferenceKind.LOWEST_OTHER_OFFER;
                o.referenceOffer(lowest.bidId());
            }
            BigDecimal x = c.threshold().orElseThrow();
            PriceMeasure measure = c.measure().orElseThrow();
            o.reference(kind).referenceAmount(reference.value());
            if (measure == PriceMeasure.EUROS) {
                o.limit(reference.lowerLimitEuros(x)).met(reference.isMoreThanEurosBelow(amount, x));
            } else {
                PercentageUnits reading = measure == PriceMeasure.PERCENT ? PercentageUnits.RELATIVE
                    : PercentageUnits.DISCOUNT_POINTS;
                o.limit(reference.lowerLimit(reading, budget, x)).met(reference.isMoreThanBelow(amount, reading, budget, x));
            }
        }

        private void technical(PliegoCondition c, AbnormalityOffer offer, ConditionOutcome.Builder o) {
            BigDecimal score = offer.technicalScore().orElseThrow().value();
            boolean below = c.comparison().orElseThrow() == TechnicalComparison.BELOW;
            o.value(score);
            TechnicalReference what = c.technicalReference().orElseThrow();
            if (what == TechnicalReference.MEAN) {
                Fraction mean = Fraction.mean(technicalSum, input.offers().size());
                o.reference(ReferenceKind.TECHNICAL_MEAN).referenceAmount(mean.value()).limit(mean.value())
                    .met(below ? mean.isGreaterThan(score) : mean.isLessThan(score));
                return;
            }
            BigDecimal limit;
            if (what == TechnicalReference.POINTS) {
                limit = c.threshold().orElseThrow();
                o.referenceAmount(limit);
            } else {
                BigDecimal maximum = c.technicalMaximum().orElseThrow().value();
                limit = maximum.multiply(c.threshold().orElseThrow()).movePointLeft(2);
                o.referenceAmount(maximum);
            }
            int cmp = score.compareTo(limit);
            o.reference(ReferenceKind.TECHNICAL_THRESHOLD).limit(limit).met(below ? cmp < 0 : cmp > 0);
        }
    }
}
