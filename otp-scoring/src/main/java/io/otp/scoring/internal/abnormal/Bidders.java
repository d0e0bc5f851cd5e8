package io.otp.scoring.internal.abnormal;

import io.otp.core.id.BidId;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The offers that enter the computation after RGLCAP art. 86: each business group is represented by its
 * lowest offer (ties broken by bid id so the result does not depend on the order of the offers); an
 * offer outside any group represents itself.
 */
final class Bidders {

    /** Lowest amount first, then bid id: a total order independent of the input order. */
    static final Comparator<AbnormalityOffer> BY_AMOUNT =
        Comparator.comparing((AbnormalityOffer o) -> o.economicOffer().amount()).thenComparing(AbnormalityOffer::bidId);

    private final List<AbnormalityOffer> representatives;
    private final Map<BidId, AbnormalityOffer> representativeOf = new HashMap<>();

    Bidders(AbnormalityInput input) {
        Map<Object, AbnormalityOffer> lowest = new HashMap<>();
        List<AbnormalityOffer> sorted = new ArrayList<>(input.offers());
        sorted.sort(BY_AMOUNT);
        for (AbnormalityOffer offer : sorted) {
            Object key = offer.businessGroup().<Object>map(g -> g).orElse(offer.bidId());
            AbnormalityOffer representative = lowest.computeIfAbsent(key, k -> offer);
            representativeOf.put(offer.bidId(), representative);
        }
        representatives = new ArrayList<>(lowest.values());
        representatives.sort(BY_AMOUNT);
    }

    /** The offers that enter the computation, lowest first. */
    List<AbnormalityOffer> representatives() {
        return representatives;
    }

    /** The offer that entered the computation for this offer (itself, or its group's lowest). */
    AbnormalityOffer representativeOf(AbnormalityOffer offer) {
        return representativeOf.get(offer.bidId());
    }

    static List<BidId> ids(Collection<AbnormalityOffer> offers) {
        List<BidId> ids = new ArrayList<>();
        for (AbnormalityOffer offer : offers) {
            ids.add(offer.bidId());
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }
}
