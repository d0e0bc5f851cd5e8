package io.otp.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.money.Money;
import io.otp.core.party.Dir3Code;
import org.immutables.value.Value;

/**
 * A party to an agreement: an administration or public body identified by its DIR3 code, its name
 * and what it contributes to the agreement's total (LRJSP art. 49.d, the financial commitments of
 * each party). The {@link Agreement} checks the name and the contribution.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgreementParty.class)
@JsonDeserialize(as = ImmutableAgreementParty.class)
public abstract class AgreementParty {

    AgreementParty() {
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
     * The party's DIR3 code.
     *
     * @return the code, not null
     */
    public abstract Dir3Code code();

    /**
     * The party's name, e.g. {@code "Ayuntamiento de Madrid"}.
     *
     * @return the name, not blank in a valid agreement; not null
     */
    public abstract String name();

    /**
     * What the party contributes, zero for a party without financial commitment.
     *
     * @return the amount, not negative in a valid agreement; not null
     */
    public abstract Money contribution();

    /** Builds {@link AgreementParty}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAgreementParty.Builder {
        Builder() {
        }
    }
}
