package io.otp.core.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.FundingCallId;
import io.otp.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source's part of a {@link FundingPlan}: how much of the budget a programme, through a call or
 * not, pays. A part the organisation pays from its own budget is {@link FundingProgramme#NATIONAL}
 * or {@link FundingProgramme#REGIONAL} without a call.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingShare.class)
@JsonDeserialize(as = ImmutableFundingShare.class)
public abstract class FundingShare {

    FundingShare() {
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
     * The programme paying this part.
     *
     * @return the programme, not null
     */
    public abstract FundingProgramme programme();

    /**
     * The call the grant comes from.
     *
     * @return the call, empty when the part does not come from a call; not null
     */
    public abstract Optional<FundingCallId> call();

    /**
     * The amount paid by this source; the plan checks it is greater than zero.
     *
     * @return the amount, not null
     */
    public abstract Money amount();

    /** Builds {@link FundingShare}s; obtain one from {@link FundingShare#builder()}. */
    public static final class Builder extends ImmutableFundingShare.Builder {
        Builder() {
        }
    }
}
