package io.otp.scoring.internal.abnormal;

import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.AbnormalityClause;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import io.otp.scoring.abnormal.BudgetReferencedLimits;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.abnormal.PercentageUnits;
import io.otp.scoring.abnormal.ReferenceKind;
import io.otp.scoring.spi.AbnormalityRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * RGLCAP art. 85 (price the only criterion, LCSP art. 149.2.a) with art. 86 business groups; see
 * {@code io.otp.scoring.abnormal.rules.AbnormalityRules#RGLCAP_85} for the rule as applied.
 */
public final class Rglcap85Rule implements AbnormalityRule {

    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final BigDecimal TEN = BigDecimal.TEN;

    /** Creates the rule (used by {@link java.util.ServiceLoader}). */
    public Rglcap85Rule() {
        // stateless
    }

    @Override
    public String id() {
        return "rglcap-85";
    }

    @Override
    public String name() {
        return "RGLCAP art. 85 (price the only criterion)";
    }

    @Override
    public AbnormalityAssessment evaluate(AbnormalityInput input) {
        Objects.requireNonNull(input, "input");
        Bidders bidders = new Bidders(input);
        List<AbnormalityOffer> reps = bidders.representatives();
        PercentageUnits units = input.units();
        BigDecimal budget = input.baseBudget().amount();
        List<OfferAssessment> result = new ArrayList<>();
        int n = reps.size();

        ReferenceKind kind = ReferenceKind.MEAN;
        List<AbnormalityOffer> inMean = reps;
        if (n == 3 && Fraction.meanOf(reps).isMoreThanAbove(reps.get(2).economicOffer().amount(), units, budget, TEN)) {
            // 85.3: the highest offer leaves the mean when more than 10 units above it.
            kind = ReferenceKind.RECOMPUTED_MEAN;
            inMean = reps.subList(0, 2);
        } else if (n >= 4) {
            Fraction first = Fraction.meanOf(reps);
            List<AbnormalityOffer> kept = new ArrayList<>();
            for (AbnormalityOffer rep : reps) {
                if (!first.isMoreThanAbove(rep.economicOffer().amount(), units, budget, TEN)) {
                    kept.add(rep);
                }
            }
            if (kept.size() < n) {
                kind = kept.size() >= 3 ? ReferenceKind.RECOMPUTED_MEAN : ReferenceKind.MEAN_OF_THREE_LOWEST;
                inMean = kept.size() >= 3 ? kept : reps.subList(0, 3);
            }
        }
        Fraction mean = n >= 3 ? Fraction.meanOf(inMean) : null;
        Fraction budgetReference = Fraction.of(budget);
        boolean budgetLimits = input.budgetReferencedLimits() == BudgetReferencedLimits.APPLY;

        for (AbnormalityOffer offer : input.offers()) {
            AbnormalityOffer rep = bidders.representativeOf(offer);
            BigDecimal amount = offer.economicOffer().amount();
            OfferAssessment.Builder b = OfferAssessment.builder().bidId(offer.bidId())
                .economicOffer(offer.economicOffer()).businessGroup(offer.businessGroup());
            if (offer.businessGroup().isPresent()) {
                b.groupRepresentative(rep.bidId());
            }
            if (n == 1 && !budgetLimits) {
                // 85.1 left out (BudgetReferencedLimits.OMIT): no other offer, so no reference at all.
                b.flagged(false).clause(AbnormalityClause.RGLCAP_85_1).reference(ReferenceKind.NONE)
                    .units(TWENTY_FIVE);
            } else if (n == 1) {
                judge(b, amount, units, budget, AbnormalityClause.RGLCAP_85_1, ReferenceKind.BUDGET,
                    budgetReference, TWENTY_FIVE);
            } else if (n == 2) {
                AbnormalityOffer other = reps.get(0).equals(rep) ? reps.get(1) : reps.get(0);
                judge(b, amount, units, budget, AbnormalityClause.RGLCAP_85_2, ReferenceKind.OTHER_OFFER,
                    Fraction.of(other.economicOffer().amount()), TWENTY);
                b.leftOutOfReference(rep.bidId());
            } else {
                AbnormalityClause clause = n == 3 ? AbnormalityClause.RGLCAP_85_3 : AbnormalityClause.RGLCAP_85_4;
                if (n == 3 && budgetLimits && !mean.isMoreThanBelow(amount, units, budget, TEN)
                        && budgetReference.isMoreThanBelow(amount, units, budget, TWENTY_FIVE)) {
                    // 85.3, last sentence: "in any case" more than 25 units below the budget.
                    judge(b, amount, units, budget, AbnormalityClause.RGLCAP_85_3_BUDGET, ReferenceKind.BUDGET,
                        budgetReference, TWENTY_FIVE);
                } else {
                    judge(b, amount, units, budget, clause, kind, mean, TEN);
                }
            }
            result.add(b.build());
        }
        result.sort(Comparator.comparing(OfferAssessment::bidId));
        return AbnormalityAssessment.builder().ruleId(id()).baseBudget(input.baseBudget()).units(units)
            .recomputeAfterExclusion(input.recomputeAfterExclusion())
            .budgetReferencedLimits(input.budgetReferencedLimits()).addAllOffers(result)
            .addAllReferenceOffers(n == 2 ? Bidders.ids(reps) : n >= 3 ? Bidders.ids(inMean) : List.of()).build();
    }

    /** Decides exactly (RGLCAP 85: "more than" is strict) and records the explanation, rounded for display. */
    private static void judge(OfferAssessment.Builder b, BigDecimal amount, PercentageUnits reading, BigDecimal budget,
            AbnormalityClause clause, ReferenceKind kind, Fraction reference, BigDecimal units) {
        b.flagged(reference.isMoreThanBelow(amount, reading, budget, units)).clause(clause).reference(kind)
            .referenceAmount(reference.value()).units(units).limit(reference.lowerLimit(reading, budget, units));
    }
}
