package io.otp.scoring.ranking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One move of the award proposal: the proposed bidder did not file its documents within 10 business
 * days, is taken as having withdrawn its offer and owes 3 % of the base budget, VAT excluded (LCSP
 * art. 150.2); the next bid is proposed, if any.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWithdrawal.class)
@JsonDeserialize(as = ImmutableWithdrawal.class)
public abstract class Withdrawal {

    /** The rule of the withdrawal and its penalty. */
    public static final String RULE_ID = "LCSP-150.2";

    Withdrawal() {
    }

    static ImmutableWithdrawal.Builder builder() {
        return ImmutableWithdrawal.builder();
    }

    /**
     * The withdrawn bid.
     *
     * @return the bid id, not null
     */
    public abstract BidId bid();

    /**
     * The bidder who withdrew.
     *
     * @return the bidder, not null
     */
    public abstract OrganisationId bidder();

    /**
     * The penalty owed: 3 % of the base budget, VAT excluded, rounded half up to the cent.
     *
     * @return the penalty, not null
     */
    public abstract Money penalty();

    /**
     * The bid proposed instead.
     *
     * @return the next bid; empty when none remained and the lot would be declared void
     */
    public abstract Optional<BidId> nextProposed();

    /**
     * The rule applied.
     *
     * @return {@link #RULE_ID}, not null
     */
    public String ruleId() {
        return RULE_ID;
    }
}
