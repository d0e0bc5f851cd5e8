package io.otp.scoring.abnormal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.party.BusinessGroupId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One valid offer as an abnormality rule sees it: its economic offer (VAT excluded), its bidder, the
 * bidder's business group if any (RGLCAP art. 86) and, for pliego rules that combine price with quality
 * (LCSP art. 149.2.b), its technical score.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAbnormalityOffer.class)
@JsonDeserialize(as = ImmutableAbnormalityOffer.class)
public abstract class AbnormalityOffer {

    AbnormalityOffer() {
    }

    /**
     * Starts a builder.
     *
     * @return a new builder; not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The bid.
     *
     * @return the bid id; not null
     */
    public abstract BidId bidId();

    /**
     * The bidder.
     *
     * @return the organisation id; not null
     */
    public abstract OrganisationId bidder();

    /**
     * The bidder's business group (Código de Comercio art. 42.1), if it belongs to one.
     *
     * @return the group; empty when the bidder is in no group
     */
    public abstract Optional<BusinessGroupId> businessGroup();

    /**
     * The economic offer, VAT excluded.
     *
     * @return the amount; not null
     */
    public abstract Money economicOffer();

    /**
     * The bid's technical score, for pliego rules that look at it.
     *
     * @return the score; empty when not given
     */
    public abstract Optional<Points> technicalScore();

    /** Builds {@link AbnormalityOffer}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAbnormalityOffer.Builder {
        Builder() {
        }
    }
}
