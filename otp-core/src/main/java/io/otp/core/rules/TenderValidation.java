package io.otp.core.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.Violation;
import io.otp.core.id.TenderId;
import io.otp.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of checking a tender with {@link OtpValidator#assess(io.otp.core.tender.Tender)}: every
 * violation found, errors and warnings; the day whose thresholds were applied and their period; and
 * the assessment of harmonised regulation and its consequences ({@link SaraAssessment}).
 *
 * <p>The tender is valid when no violation is an error ({@link #isValid()}); a warning, such as the
 * one saying that the thresholds applied are the latest known and not those of the day, does not
 * make it invalid. Written to JSON deterministically.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTenderValidation.class)
@JsonDeserialize(as = ImmutableTenderValidation.class)
public abstract class TenderValidation {

    TenderValidation() {
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
     * The tender checked.
     *
     * @return its id, not null
     */
    public abstract TenderId tender();

    /**
     * The day whose thresholds apply: the tender's publication date, or the reference date for an
     * unpublished tender.
     *
     * @return the day, not null
     */
    public abstract LocalDate thresholdDate();

    /**
     * The validity of the thresholds applied.
     *
     * @return the period; empty when no thresholds could be applied (a day before every known
     *     period); not null
     */
    public abstract Optional<DateRange> thresholdPeriod();

    /**
     * Tells whether the thresholds applied are the latest known rather than those of the day,
     * because no known period covers it; a warning {@code OTP-THRESHOLDS} says so.
     *
     * @return true when the latest known period was applied to a day it does not cover
     */
    @Value.Default
    public boolean latestKnownThresholds() {
        return false;
    }

    /**
     * Every violation found, errors and warnings, in a stable order.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<Violation> violations();

    /**
     * Whether the tender is subject to harmonised regulation and what follows from it.
     *
     * @return the assessment; empty when no thresholds could be applied or the tender's value is in
     *     another currency than the thresholds; not null
     */
    public abstract Optional<SaraAssessment> harmonisedRegulation();

    /**
     * The violations that make the tender invalid.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    @JsonIgnore
    public List<Violation> errors() {
        return violations().stream().filter(Violation::isError).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The warnings: matters to check that do not make the tender invalid.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    @JsonIgnore
    public List<Violation> warnings() {
        return violations().stream().filter(v -> !v.isError()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether the tender breaks no rule: no violation is an error.
     *
     * @return true if valid
     */
    @JsonIgnore
    public boolean isValid() {
        return violations().stream().noneMatch(Violation::isError);
    }

    /** Builds {@link TenderValidation}s; each attribute may be set once. */
    public static final class Builder extends ImmutableTenderValidation.Builder {
        Builder() {
        }
    }
}
