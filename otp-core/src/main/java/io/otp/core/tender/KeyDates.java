package io.otp.core.tender;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The key dates of a tender. Each is optional (a draft has none), but those present must be in
 * order: publication, submission deadline, opening of the value-judgment envelope, opening of the
 * formula envelope (value judgments are scored before formula offers are known, LCSP art. 146.2.b),
 * award.
 *
 * <p>Instants are absolute; publication and award are calendar days, compared with the instants
 * on the UTC calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKeyDates.class)
@JsonDeserialize(as = ImmutableKeyDates.class)
public abstract class KeyDates {

    KeyDates() {
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
     * No dates yet, as for a draft.
     *
     * @return empty key dates, not null
     */
    public static KeyDates none() {
        return builder().build();
    }

    /**
     * The day the call for tenders is published (LCSP art. 135).
     *
     * @return the day; empty if not published
     */
    public abstract Optional<LocalDate> publication();

    /**
     * The end of the period to submit bids.
     *
     * @return the instant; empty if not set
     */
    public abstract Optional<Instant> submissionDeadline();

    /**
     * When the envelope with the value-judgment documentation is opened.
     *
     * @return the instant; empty if not set
     */
    public abstract Optional<Instant> valueJudgmentOpening();

    /**
     * When the envelope with the formula offers is opened (LCSP art. 157.4: a public act).
     *
     * @return the instant; empty if not set
     */
    public abstract Optional<Instant> formulaOpening();

    /**
     * The day of the award decision.
     *
     * @return the day; empty if not awarded
     */
    public abstract Optional<LocalDate> award();

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        publication().ifPresent(p -> submissionDeadline().ifPresent(d -> {
            if (d.atZone(ZoneOffset.UTC).toLocalDate().isBefore(p)) {
                v.add(order("publication", p, "submissionDeadline", d));
            }
        }));
        submissionDeadline().ifPresent(d -> valueJudgmentOpening().ifPresent(o -> {
            if (!o.isAfter(d)) {
                v.add(order("submissionDeadline", d, "valueJudgmentOpening", o));
            }
        }));
        Optional<Instant> before = valueJudgmentOpening().or(this::submissionDeadline);
        String beforeName = valueJudgmentOpening().isPresent() ? "valueJudgmentOpening" : "submissionDeadline";
        before.ifPresent(b -> formulaOpening().ifPresent(f -> {
            if (!f.isAfter(b)) {
                v.add(order(beforeName, b, "formulaOpening", f));
            }
        }));
        Optional<Instant> lastAct = formulaOpening().or(this::valueJudgmentOpening).or(this::submissionDeadline);
        lastAct.ifPresent(l -> award().ifPresent(a -> {
            if (a.isBefore(l.atZone(ZoneOffset.UTC).toLocalDate())) {
                v.add(order("last opening or deadline", l, "award", a));
            }
        }));
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private static Violation order(String first, Object firstValue, String second, Object secondValue) {
        return Violation.of(second, "OTP-DATES-ORDER", "io.otp.core.dates.order", "first", first,
            "firstValue", firstValue, "second", second, "secondValue", secondValue);
    }

    /** Builds {@link KeyDates}; each attribute may be set once. */
    public static final class Builder extends ImmutableKeyDates.Builder {
        Builder() {
        }
    }
}
