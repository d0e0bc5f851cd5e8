package io.otp.scoring.abnormal;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.party.BusinessGroupId;

/** Short ways to write offers in worked examples. */
final class Offers {

    private Offers() {
    }

    static AbnormalityOffer offer(String bid, long euros) {
        return AbnormalityOffer.builder().bidId(BidId.of(bid)).bidder(OrganisationId.of("ORG-" + bid))
            .economicOffer(Money.euros(euros)).build();
    }

    static AbnormalityOffer offer(String bid, String euros) {
        return AbnormalityOffer.builder().bidId(BidId.of(bid)).bidder(OrganisationId.of("ORG-" + bid))
            .economicOffer(Money.euros(euros)).build();
    }

    static AbnormalityOffer offer(String bid, long euros, String group) {
        return AbnormalityOffer.builder().bidId(BidId.of(bid)).bidder(OrganisationId.of("ORG-" + bid))
            .businessGroup(BusinessGroupId.of(group)).economicOffer(Money.euros(euros)).build();
    }

    static AbnormalityOffer offer(String bid, long euros, int technicalScore) {
        return AbnormalityOffer.builder().bidId(BidId.of(bid)).bidder(OrganisationId.of("ORG-" + bid))
            .economicOffer(Money.euros(euros)).technicalScore(Points.of(technicalScore)).build();
    }

    static AbnormalityInput input(long budget, PercentageUnits units, AbnormalityOffer... offers) {
        return AbnormalityInput.builder().baseBudget(Money.euros(budget)).units(units).addOffers(offers).build();
    }

    static AbnormalityInput input(long budget, BudgetReferencedLimits limits, AbnormalityOffer... offers) {
        return AbnormalityInput.builder().baseBudget(Money.euros(budget)).budgetReferencedLimits(limits)
            .addOffers(offers).build();
    }

    static BidId bid(String id) {
        return BidId.of(id);
    }
}
