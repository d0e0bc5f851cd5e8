package io.otp.scoring.internal.abnormal;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Points;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.AbnormalityClause;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.abnormal.ReferenceKind;
import io.otp.scoring.spi.AbnormalityRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The pliego rule of LCSP art. 149.2.b "price more than X units below the mean of the other offers",
 * optionally "and the technical score exceeds Y % of its maximum"; see
 * {@code io.otp.scoring.abnormal.rules.AbnormalityRules#PRICE_BELOW_MEAN}.
 */
public final class PriceBelowMeanRule implements AbnormalityRule {

    /** Creates the rule (used by {@link java.util.ServiceLoader}). */
    public PriceBelowMeanRule() {
        // stateless
    }

    @Override
    public String id() {
        return "price-below-mean";
    }

    @Override
    public String name() {
        return "Price more than X units below the mean of the other offers (LCSP art. 149.2.b)";
    }

    @Override
    public AbnormalityAssessment evaluate(AbnormalityInput input) {
        Objects.requireNonNull(input, "input");
        PliegoThreshold pliego = input.pliegoThreshold().orElseThrow(() -> new ValidationException(
            Violation.of("pliegoThreshold", "LCSP-149.2.b", "io.otp.scoring.abnormal.pliegoMissing",
                "rule", id())));
        Bidders bidders = new Bidders(input);
        BigDecimal budget = input.baseBudget().amount();
        BigDecimal x = pliego.belowMean().value();
        List<OfferAssessment> result = new ArrayList<>();
        List<AbnormalityOffer> reps = bidders.representatives();
        // the mean of the others is (sum - own) / (n - 1): one sum for all offers, not one per offer
        BigDecimal sum = BigDecimal.ZERO;
        for (AbnormalityOffer rep : reps) {
            sum = sum.add(rep.economicOffer().amount());
        }
        for (AbnormalityOffer offer : input.offers()) {
            AbnormalityOffer rep = bidders.representativeOf(offer);
            OfferAssessment.Builder b = OfferAssessment.builder().bidId(offer.bidId())
                .economicOffer(offer.economicOffer()).businessGroup(offer.businessGroup())
                .clause(AbnormalityClause.LCSP_149_2_B).units(x);
            if (offer.businessGroup().isPresent()) {
                b.groupRepresentative(rep.bidId());
            }
            boolean priceLow = false;
            if (reps.size() < 2) {
                b.reference(ReferenceKind.NONE);
            } else {
                Fraction mean = Fraction.mean(sum.subtract(rep.economicOffer().amount()), reps.size() - 1L);
                priceLow = mean.isMoreThanBelow(offer.economicOffer().amount(), input.units(), budget, x);
                b.reference(ReferenceKind.MEAN_OF_OTHERS).referenceAmount(mean.value())
                    .limit(mean.lowerLimit(input.units(), budget, x))
                    .leftOutOfReference(rep.bidId());
            }
            boolean flagged = priceLow;
            if (pliego.technicalShare().isPresent()) {
                // score > maximum * Y / 100, compared without division.
                Points maximum = pliego.technicalMaximum().orElseThrow();
                BigDecimal score = offer.technicalScore().orElseThrow().value();
                boolean exceeds = score.movePointRight(2)
                    .compareTo(maximum.value().multiply(pliego.technicalShare().get().value())) > 0;
                b.technicalConditionMet(exceeds);
                flagged = priceLow && exceeds;
            }
            result.add(b.flagged(flagged).build());
        }
        result.sort(Comparator.comparing(OfferAssessment::bidId));
        return AbnormalityAssessment.builder().ruleId(id()).baseBudget(input.baseBudget()).units(input.units())
            .recomputeAfterExclusion(input.recomputeAfterExclusion()).addAllOffers(result)
            .addAllReferenceOffers(reps.size() < 2 ? List.of() : Bidders.ids(reps)).build();
    }
}
