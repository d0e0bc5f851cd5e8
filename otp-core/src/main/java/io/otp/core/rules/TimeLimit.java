package io.otp.core.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A minimum time limit of the LCSP: so many calendar or business days from an event, in a case,
 * under an article. For example the general limit of the open procedure of a contract subject to
 * harmonised regulation is 35 calendar days from sending the notice to the EU Publications Office
 * (LCSP art. 156.2), and the standstill before formalising a contract open to the special appeal is
 * 15 business days from sending the award notification (art. 153.3).
 *
 * <p>A limit is data, not a date: the last day depends on holidays of the place for business days
 * and moves to the next business day when it is not one (LCSP additional provision 12).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeLimit.class)
@JsonDeserialize(as = ImmutableTimeLimit.class)
public abstract class TimeLimit {

    TimeLimit() {
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
     * Obtains a limit.
     *
     * @param days the number of days; at least 1
     * @param dayKind how they are counted; not null
     * @param countedFrom the event they are counted from; not null
     * @param applicableCase the case in which the limit applies; not null
     * @param article the article, as a rule id such as {@code LCSP-156.2}; not null
     * @return the limit, not null
     */
    public static TimeLimit of(int days, DayKind dayKind, TimeLimitStart countedFrom, TimeLimitCase applicableCase,
                               String article) {
        return builder().days(days).dayKind(dayKind).countedFrom(countedFrom).applicableCase(applicableCase)
            .article(article).build();
    }

    /**
     * The number of days.
     *
     * @return the days, at least 1
     */
    public abstract int days();

    /**
     * How the days are counted.
     *
     * @return calendar or business days, not null
     */
    public abstract DayKind dayKind();

    /**
     * The event the days are counted from.
     *
     * @return the event, not null
     */
    public abstract TimeLimitStart countedFrom();

    /**
     * The case in which this limit applies: the general one or a reduction.
     *
     * @return the case, not null
     */
    public abstract TimeLimitCase applicableCase();

    /**
     * The article that sets the limit, as a rule id such as {@code LCSP-156.2}.
     *
     * @return the article, not null
     */
    public abstract String article();

    /**
     * Describes the limit, e.g. {@code 35 CALENDAR days from NOTICE_SENT_TO_EU_PUBLICATIONS_OFFICE
     * (GENERAL, LCSP-156.2)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return days() + " " + dayKind() + " days from " + countedFrom() + " (" + applicableCase() + ", "
            + article() + ")";
    }

    @Value.Check
    void check() {
        if (days() < 1) {
            throw new io.otp.core.ValidationException(io.otp.core.Violation.of("days", "OTP-TIME-LIMIT",
                "io.otp.core.rules.timeLimit.days", "value", days()));
        }
    }

    /** Builds {@link TimeLimit}s; each attribute may be set once. */
    public static final class Builder extends ImmutableTimeLimit.Builder {
        Builder() {
        }
    }
}
