package io.otp.core.prtr;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import org.immutables.value.Value;

/**
 * The result of assessing a measure against one environmental objective, with its justification, as
 * the checklist of the Commission's technical guidance 2021/C 58/01 (annex I) asks for.
 *
 * <p>Structural rule: the justification is not blank ({@code OTP-PRTR-DNSH-JUSTIFICATION}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDnshFinding.class)
@JsonDeserialize(as = ImmutableDnshFinding.class)
public abstract class DnshFinding {

    /** Rule id of the structural rule. */
    public static final String RULE = "OTP-PRTR-DNSH-JUSTIFICATION";

    DnshFinding() {
    }

    /**
     * A finding.
     *
     * @param outcome the outcome; not null
     * @param justification why; not null, not blank
     * @return the finding, not null
     * @throws ValidationException if the justification is blank, or an argument is null
     */
    public static DnshFinding of(DnshOutcome outcome, String justification) {
        return builder().outcome(outcome).justification(justification).build();
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
     * The outcome.
     *
     * @return the outcome, not null
     */
    public abstract DnshOutcome outcome();

    /**
     * Why: the evidence for the outcome.
     *
     * @return the justification, not blank, not null
     */
    public abstract String justification();

    @Value.Check
    void check() {
        if (justification().isBlank()) {
            throw new ValidationException(Violation.of("justification", RULE, "io.otp.core.prtr.dnsh.justification",
                "outcome", outcome()));
        }
    }

    /** Builds {@link DnshFinding}s; obtain one from {@link DnshFinding#builder()}. */
    public static final class Builder extends ImmutableDnshFinding.Builder {
        Builder() {
        }
    }
}
