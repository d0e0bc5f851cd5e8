package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.money.Money;
import java.math.BigDecimal;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The contents of an opened formula envelope: the economic offer (VAT excluded) and the values offered
 * for the other formula criteria.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFormulaOffer.class)
@JsonDeserialize(as = ImmutableFormulaOffer.class)
public abstract class FormulaOffer {

    FormulaOffer() {
    }

    static FormulaOffer of(SealedEnvelope envelope) {
        return ImmutableFormulaOffer.builder().bid(envelope.bid()).economicOffer(envelope.economicOffer())
            .putAllValues(envelope.values()).build();
    }

    /**
     * The bid.
     *
     * @return the bid id, not null
     */
    public abstract BidId bid();

    /**
     * The economic offer, VAT excluded.
     *
     * @return the offer, not null
     */
    public abstract Money economicOffer();

    /**
     * The values offered for the formula criteria other than price, by criterion.
     *
     * @return an unmodifiable map sorted by criterion; not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<CriterionId, BigDecimal> values();
}
