package io.otp.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A solution the agreement reuses, e.g. one from the Centro de Transferencia de Tecnología (CTT,
 * Ley 40/2015 arts. 157-158 on the reuse of systems and applications): its name and a reference
 * to it, such as the CTT page or repository.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReusedSolution.class)
@JsonDeserialize(as = ImmutableReusedSolution.class)
public abstract class ReusedSolution {

    ReusedSolution() {
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
     * The solution's name, e.g. {@code "Cl@ve"}.
     *
     * @return the name, not blank in a valid agreement; not null
     */
    public abstract String name();

    /**
     * Where the solution is found, e.g. its CTT address.
     *
     * @return the reference, not blank in a valid agreement; not null
     */
    public abstract String reference();

    /** Builds {@link ReusedSolution}s; each attribute may be set once. */
    public static final class Builder extends ImmutableReusedSolution.Builder {
        Builder() {
        }
    }
}
