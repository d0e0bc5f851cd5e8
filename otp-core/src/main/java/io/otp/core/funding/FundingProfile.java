package io.otp.core.funding;

import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.money.Money;
import io.otp.core.party.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a project or need looks like to a funding call: who would apply, for what, where, how much
 * and when. The input of {@link CallMatcher}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundingProfile {

    FundingProfile() {
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
     * The kind of organisation that would apply.
     *
     * @return the kind, not null
     */
    public abstract OrganisationKind beneficiaryKind();

    /**
     * The CPV codes of what the project procures or does.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<CpvCode> cpvCodes();

    /**
     * Where the project takes place.
     *
     * @return the region, not null
     */
    public abstract NutsCode region();

    /**
     * The grant the project would ask for.
     *
     * @return the amount, not null
     */
    public abstract Money requestedAmount();

    /**
     * The day the application would be made.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /** Builds {@link FundingProfile}s; obtain one from {@link FundingProfile#builder()}. */
    public static final class Builder extends ImmutableFundingProfile.Builder {
        Builder() {
        }
    }
}
