package io.otp.core.execution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.PersonId;
import io.otp.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The certification of deliverables: the act by which the administration receives them, or receives
 * them with reservations, or rejects them (LCSP art. 210.2, "acto formal y positivo de recepción o
 * conformidad"; art. 311 for services; EU PM² acceptance note), and the amount it certifies for
 * payment (LCSP art. 198).
 *
 * <p>{@link #date()} is the date the certification was approved; the price it certifies is due
 * {@value #PAYMENT_TERM_DAYS} days later (LCSP art. 198.4), see {@link #paymentDueDate()}.
 *
 * <p>Structural rules, all reported together, each naming its field:
 * <ul>
 *   <li>the certified amount is not negative, and is zero for a rejection
 *       ({@code OTP-ACCEPTANCE-AMOUNT});</li>
 *   <li>a conditional acceptance documents at least one defect, none blank, and the others none
 *       ({@code OTP-ACCEPTANCE-DEFECTS});</li>
 *   <li>a conditional acceptance has a fix date after the acceptance date, and the others none
 *       ({@code OTP-ACCEPTANCE-FIX-DATE});</li>
 *   <li>a rejection gives at least one reason, none blank, and the others none
 *       ({@code OTP-ACCEPTANCE-REASONS}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAcceptanceRecord.class)
@JsonDeserialize(as = ImmutableAcceptanceRecord.class)
public abstract class AcceptanceRecord {

    /** Days from the approval of a certification to the payment's due date (LCSP art. 198.4). */
    public static final int PAYMENT_TERM_DAYS = 30;

    AcceptanceRecord() {
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
     * The decision.
     *
     * @return the outcome, not null
     */
    public abstract AcceptanceOutcome outcome();

    /**
     * The deliverables the certification covers, sorted by id.
     *
     * @return an unmodifiable sorted set, possibly empty (a certification of a service period with no
     *     separate deliverable); not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<DeliverableId> deliverables();

    /**
     * Who signed the certification for the administration (the person responsible for the contract,
     * LCSP art. 62).
     *
     * @return the signer, not null
     */
    public abstract PersonId signer();

    /**
     * The date the certification was approved, from which the payment term runs (LCSP art. 198.4).
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * The amount certified for payment, VAT excluded.
     *
     * @return the amount, not negative, zero for a rejection; not null
     */
    public abstract Money certifiedAmount();

    /**
     * The defects documented in a conditional acceptance, which the supplier must fix.
     *
     * @return an unmodifiable list, non-empty exactly for {@link AcceptanceOutcome#CONDITIONALLY_ACCEPTED};
     *     not null
     */
    public abstract List<String> defects();

    /**
     * The date by which the documented defects must be fixed.
     *
     * @return the date, after {@link #date()}, present exactly for
     *     {@link AcceptanceOutcome#CONDITIONALLY_ACCEPTED}; not null
     */
    public abstract Optional<LocalDate> fixDate();

    /**
     * Why the deliverables were rejected.
     *
     * @return an unmodifiable list, non-empty exactly for {@link AcceptanceOutcome#REJECTED}; not null
     */
    public abstract List<String> reasons();

    /**
     * The date the certified amount falls due: {@value #PAYMENT_TERM_DAYS} calendar days after the
     * approval of the certification (LCSP art. 198.4). Interest for late payment runs from the day
     * after (Ley 3/2004); the SDK does not compute it.
     *
     * @return the due date; empty for a rejection or when nothing is certified; not null
     */
    public Optional<LocalDate> paymentDueDate() {
        if (outcome() == AcceptanceOutcome.REJECTED || !certifiedAmount().isPositive()) {
            return Optional.empty();
        }
        return Optional.of(date().plusDays(PAYMENT_TERM_DAYS));
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        boolean rejected = outcome() == AcceptanceOutcome.REJECTED;
        boolean conditional = outcome() == AcceptanceOutcome.CONDITIONALLY_ACCEPTED;
        if (certifiedAmount().isNegative()) {
            v.add(Violation.of("certifiedAmount", "OTP-ACCEPTANCE-AMOUNT",
                "io.otp.core.execution.acceptance.amount.negative", "value", certifiedAmount()));
        } else if (rejected && !certifiedAmount().isZero()) {
            v.add(Violation.of("certifiedAmount", "OTP-ACCEPTANCE-AMOUNT",
                "io.otp.core.execution.acceptance.amount.rejected", "value", certifiedAmount()));
        }
        texts(v, "defects", "OTP-ACCEPTANCE-DEFECTS", defects(), conditional, outcome());
        texts(v, "reasons", "OTP-ACCEPTANCE-REASONS", reasons(), rejected, outcome());
        if (conditional && fixDate().isEmpty()) {
            v.add(Violation.of("fixDate", "OTP-ACCEPTANCE-FIX-DATE",
                "io.otp.core.execution.acceptance.fixDate.required"));
        } else if (!conditional && fixDate().isPresent()) {
            v.add(Violation.of("fixDate", "OTP-ACCEPTANCE-FIX-DATE",
                "io.otp.core.execution.acceptance.fixDate.unexpected", "value", fixDate().get(),
                "outcome", outcome()));
        } else if (conditional && !fixDate().get().isAfter(date())) {
            v.add(Violation.of("fixDate", "OTP-ACCEPTANCE-FIX-DATE",
                "io.otp.core.execution.acceptance.fixDate.order", "value", fixDate().get(), "date", date()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private static void texts(List<Violation> v, String field, String rule, List<String> texts, boolean required,
                              AcceptanceOutcome outcome) {
        if (required && texts.isEmpty()) {
            v.add(Violation.of(field, rule, "io.otp.core.execution.acceptance." + field + ".required"));
        } else if (!required && !texts.isEmpty()) {
            v.add(Violation.of(field, rule, "io.otp.core.execution.acceptance." + field + ".unexpected",
                "outcome", outcome));
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                v.add(Violation.of(field + "[" + i + "]", rule, "io.otp.core.execution.acceptance.text.blank",
                    "field", field, "index", i));
            }
        }
    }

    /** Builds {@link AcceptanceRecord}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAcceptanceRecord.Builder {
        Builder() {
        }
    }
}
