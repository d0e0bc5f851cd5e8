package io.otp.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.PersonId;
import io.otp.core.party.Dir3Code;
import org.immutables.value.Value;

/**
 * A member of an agreement's follow-up commission (comisión de seguimiento, the mechanism of
 * follow-up, surveillance and control of LRJSP art. 49.f) and the party they represent.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionMember.class)
@JsonDeserialize(as = ImmutableCommissionMember.class)
public abstract class CommissionMember {

    CommissionMember() {
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
     * The member.
     *
     * @return the person, not null
     */
    public abstract PersonId person();

    /**
     * The DIR3 code of the party the member represents.
     *
     * @return the code, a party of the agreement in a valid agreement; not null
     */
    public abstract Dir3Code represents();

    /** Builds {@link CommissionMember}s; each attribute may be set once. */
    public static final class Builder extends ImmutableCommissionMember.Builder {
        Builder() {
        }
    }
}
