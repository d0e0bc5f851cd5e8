package io.otp.core.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.aggregate.DomainEvent;
import io.otp.core.id.PersonId;
import io.otp.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * One step of a {@link FundingApplication} as its history and the audit trail record it: the
 * status before and after, the day, who took the step, and the amount (granted or returned) or the
 * reason (of a rejection or a withdrawal) when the step has one.
 *
 * <p>Events are made by the application's own methods, which keep its history consistent.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingApplicationEvent.class)
@JsonDeserialize(as = ImmutableFundingApplicationEvent.class)
public abstract class FundingApplicationEvent implements DomainEvent {

    FundingApplicationEvent() {
    }

    static ImmutableFundingApplicationEvent.Builder builder() {
        return ImmutableFundingApplicationEvent.builder();
    }

    /**
     * The status before the step.
     *
     * @return the status, not null
     */
    public abstract FundingApplicationStatus from();

    /**
     * The status after the step.
     *
     * @return the status, not null
     */
    public abstract FundingApplicationStatus to();

    /**
     * The day of the step (the day filed, granted, ...).
     *
     * @return the day, not null
     */
    public abstract LocalDate day();

    /**
     * Who took the step.
     *
     * @return the person, not null
     */
    @Override
    public abstract PersonId actor();

    /**
     * The amount of the step: granted for {@code GRANTED}, returned for {@code REIMBURSEMENT}.
     *
     * @return the amount, empty for the other steps; not null
     */
    public abstract Optional<Money> amount();

    /**
     * Why the step was taken, for a rejection or a withdrawal.
     *
     * @return the reason, empty when none was given; not null
     */
    public abstract Optional<String> reason();

    /**
     * When the step was taken: the start of its day, UTC.
     *
     * @return the instant, not null
     */
    @Override
    public Instant at() {
        return day().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * What was done: the name of the status reached, e.g. {@code SUBMITTED}.
     *
     * @return the action, not blank
     */
    @Override
    public String action() {
        return to().name();
    }

    /**
     * One line in English, e.g. {@code UNDER_REVIEW -> GRANTED on 2026-05-04 by P-7: 120000.00 EUR}.
     *
     * @return the summary, not null
     */
    @Override
    public String summary() {
        return from() + " -> " + to() + " on " + day() + " by " + actor()
            + amount().map(a -> ": " + a).orElse("") + reason().map(r -> " (" + r + ")").orElse("");
    }

    /**
     * What changed: {@code from}, {@code to}, and {@code amount} and {@code reason} when present.
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> d = new TreeMap<>();
        d.put("from", from().name());
        d.put("to", to().name());
        amount().ifPresent(a -> d.put("amount", a.toString()));
        reason().ifPresent(r -> d.put("reason", r));
        return Collections.unmodifiableSortedMap(d);
    }

    @Override
    public String toString() {
        return summary();
    }
}
