package io.otp.core.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.FundingApplicationId;
import io.otp.core.id.FundingCallId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * An application of a project to a {@link FundingCall} (a "solicitud de subvención", Ley 38/2003
 * General de Subvenciones, LGS), followed through its lifecycle ({@link FundingApplicationStatus}):
 * filed within the call's application period (LGS art. 23), reviewed, granted or rejected (LGS
 * art. 25), and a grant finally justified (LGS art. 30) or partly reimbursed (LGS art. 37).
 *
 * <p>Each step is taken by a method ({@link #submit}, {@link #startReview}, {@link #grant},
 * {@link #reject}, {@link #withdraw}, {@link #justify}, {@link #reimburse}) that checks the move with
 * {@link IllegalTransitionException#check} and the step's own rules, and records it in
 * {@link #history()}, which is also the list of the application's {@link #domainEvents()}. The day
 * of each step is {@link #dateOf(FundingApplicationStatus)}.
 *
 * <p>Structural rules, checked whenever an application is built or read, all reported together:
 * <ul>
 *   <li>the requested amount is greater than zero ({@code OTP-FUNDING-APPLICATION-AMOUNT});</li>
 *   <li>an amount granted is present exactly when the status holds a grant, is in the currency of
 *       the requested amount, greater than zero and not above the requested amount; an amount
 *       returned is present exactly in {@code REIMBURSEMENT}, greater than zero and not above the
 *       amount granted ({@code OTP-FUNDING-APPLICATION-GRANT});</li>
 *   <li>the history is a chain of legal moves from {@code DRAFT} to the status, on days not before
 *       the creation day and never going back ({@code OTP-FUNDING-APPLICATION-HISTORY}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingApplication.class)
@JsonDeserialize(as = ImmutableFundingApplication.class)
public abstract class FundingApplication implements Aggregate<FundingApplicationId> {

    /** Rule id: amounts requested, checked against the call on submission. */
    public static final String AMOUNT = "OTP-FUNDING-APPLICATION-AMOUNT";

    /** Rule id: amounts granted and returned. */
    public static final String GRANT = "OTP-FUNDING-APPLICATION-GRANT";

    /** Rule id: the history of steps. */
    public static final String HISTORY = "OTP-FUNDING-APPLICATION-HISTORY";

    /** Rule id: submitting outside the call's application period (LGS art. 23.2). */
    public static final String WINDOW = "OTP-FUNDING-APPLICATION-WINDOW";

    /** Rule id: the call given is not the call applied to. */
    public static final String CALL = "OTP-FUNDING-APPLICATION-CALL";

    FundingApplication() {
    }

    /**
     * A builder. A new application is built in {@code DRAFT} with an empty history; the other
     * statuses are reached through the step methods.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The application's identifier.
     *
     * @return the id, not null
     */
    @Override
    public abstract FundingApplicationId id();

    /**
     * The call applied to.
     *
     * @return the call's id, not null
     */
    public abstract FundingCallId call();

    /**
     * The project the funding is for.
     *
     * @return the project, not null
     */
    public abstract ProjectId project();

    /**
     * The department applying, as for a need's requesting department and a project's owner.
     *
     * @return the department, not null
     */
    public abstract DepartmentId applicant();

    /**
     * The amount requested.
     *
     * @return the amount, greater than zero; not null
     */
    public abstract Money requestedAmount();

    /**
     * The amount granted (LGS art. 25).
     *
     * @return the amount, present exactly when {@link FundingApplicationStatus#isGranted()}; not null
     */
    public abstract Optional<Money> grantedAmount();

    /**
     * The amount returned (LGS art. 37).
     *
     * @return the amount, present exactly in {@code REIMBURSEMENT}; not null
     */
    public abstract Optional<Money> reimbursedAmount();

    /**
     * The day the application was opened as a draft.
     *
     * @return the day, not null
     */
    public abstract LocalDate createdOn();

    /**
     * The status.
     *
     * @return the status, {@code DRAFT} unless given; not null
     */
    @Value.Default
    public FundingApplicationStatus status() {
        return FundingApplicationStatus.DRAFT;
    }

    /**
     * The steps taken, oldest first.
     *
     * @return an unmodifiable list, empty in {@code DRAFT}; not null
     */
    public abstract List<FundingApplicationEvent> history();

    /**
     * The recorded steps, as {@link #history()}.
     *
     * @return an unmodifiable list, oldest first; not null
     */
    @Override
    public List<FundingApplicationEvent> domainEvents() {
        return history();
    }

    /**
     * The day a status was reached: {@link #createdOn()} for {@code DRAFT}, otherwise the day of the
     * step that reached it.
     *
     * @param status the status; not null
     * @return the day, empty if the application never reached the status; not null
     * @throws NullValueException if the status is null
     */
    public Optional<LocalDate> dateOf(FundingApplicationStatus status) {
        if (status == null) {
            throw new NullValueException("status");
        }
        if (status == FundingApplicationStatus.DRAFT) {
            return Optional.of(createdOn());
        }
        return history().stream().filter(e -> e.to() == status).map(FundingApplicationEvent::day).findFirst();
    }

    /**
     * The values an application is found by: {@code status}, {@code project}, {@code department}
     * (the applicant) and {@code date} (the day of the last step, or the creation day).
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(STATUS, status().name());
        q.put(PROJECT, project().value());
        q.put(DEPARTMENT, applicant().value());
        q.put(DATE, lastDay().toString());
        return Collections.unmodifiableSortedMap(q);
    }

    /**
     * Files the application (LGS art. 23): the call must be the one applied to and open that day
     * ({@link FundingCall#statusOn(LocalDate)}), and the requested amount in the call's currency and
     * between its minimum and maximum grant.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param call the call applied to; not null
     * @param day the day filed; not null; not before the last step
     * @param actor who files it; not null
     * @return the application {@code SUBMITTED}, not null
     * @throws IllegalTransitionException if the application is not a draft
     * @throws ValidationException if an argument is null, the call is another one
     *     ({@value #CALL}), the call is not open that day ({@value #WINDOW}), the amount is outside
     *     the call's minimum and maximum grant ({@value #AMOUNT}) or the day is before the last step
     *     ({@value #HISTORY})
     */
    public FundingApplication submit(FundingCall call, LocalDate day, PersonId actor) {
        require(call, "call");
        IllegalTransitionException.check(description(), status(), FundingApplicationStatus.SUBMITTED);
        List<Violation> v = new ArrayList<>();
        if (!call.id().equals(call())) {
            v.add(Violation.of("call", CALL, "io.otp.core.funding.application.otherCall",
                "application", id(), "value", call.id(), "expected", call()));
        }
        if (day != null && call.statusOn(day) != FundingCallStatus.OPEN) {
            v.add(Violation.of("day", WINDOW, "io.otp.core.funding.application.window",
                "application", id(), "value", day, "call", call.id(), "opening", call.openingDate(),
                "closing", call.closingDate()));
        }
        if (!requestedAmount().currency().equals(call.maximumGrant().currency())) {
            v.add(Violation.of("requestedAmount", AMOUNT, "io.otp.core.funding.application.currency",
                "application", id(), "value", requestedAmount(), "expected", call.maximumGrant().currency()));
        } else if (requestedAmount().isLessThan(call.minimumGrant())
            || requestedAmount().isGreaterThan(call.maximumGrant())) {
            v.add(Violation.of("requestedAmount", AMOUNT, "io.otp.core.funding.application.outsideGrant",
                "application", id(), "value", requestedAmount(), "call", call.id(), "min", call.minimumGrant(),
                "max", call.maximumGrant()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return step(FundingApplicationStatus.SUBMITTED, day, actor, null, null);
    }

    /**
     * Starts the review by the granting body (LGS art. 24).
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param day the day; not null; not before the last step
     * @param actor who records it; not null
     * @return the application {@code UNDER_REVIEW}, not null
     * @throws IllegalTransitionException if the application is not {@code SUBMITTED}
     * @throws ValidationException if an argument is null or the day is before the last step ({@value #HISTORY})
     */
    public FundingApplication startReview(LocalDate day, PersonId actor) {
        return step(FundingApplicationStatus.UNDER_REVIEW, day, actor, null, null);
    }

    /**
     * Grants the application (LGS art. 25): the amount is greater than zero, in the currency of the
     * request and not above the requested amount nor the call's maximum grant.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param amount the amount granted; not null
     * @param call the call applied to; not null
     * @param day the day of the decision; not null; not before the last step
     * @param actor who records it; not null
     * @return the application {@code GRANTED}, not null
     * @throws IllegalTransitionException if the application is not {@code UNDER_REVIEW}
     * @throws ValidationException if an argument is null, the call is another one ({@value #CALL}),
     *     the amount breaks a rule above ({@value #GRANT}) or the day is before the last step
     *     ({@value #HISTORY})
     */
    public FundingApplication grant(Money amount, FundingCall call, LocalDate day, PersonId actor) {
        require(amount, "amount");
        require(call, "call");
        IllegalTransitionException.check(description(), status(), FundingApplicationStatus.GRANTED);
        List<Violation> v = new ArrayList<>();
        if (!call.id().equals(call())) {
            v.add(Violation.of("call", CALL, "io.otp.core.funding.application.otherCall",
                "application", id(), "value", call.id(), "expected", call()));
        }
        if (!amount.currency().equals(requestedAmount().currency())) {
            v.add(Violation.of("grantedAmount", GRANT, "io.otp.core.funding.application.grant.currency",
                "application", id(), "value", amount, "expected", requestedAmount().currency()));
        } else if (!amount.isPositive() || amount.isGreaterThan(requestedAmount())) {
            v.add(Violation.of("grantedAmount", GRANT, "io.otp.core.funding.application.grant.aboveRequested",
                "application", id(), "value", amount, "requested", requestedAmount()));
        }
        if (amount.currency().equals(call.maximumGrant().currency()) && amount.isGreaterThan(call.maximumGrant())) {
            v.add(Violation.of("grantedAmount", GRANT, "io.otp.core.funding.application.grantAboveMaximum",
                "application", id(), "value", amount, "max", call.maximumGrant()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return step(FundingApplicationStatus.GRANTED, day, actor, amount, null);
    }

    /**
     * Rejects the application (LGS art. 25).
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param reason why; not null, not blank
     * @param day the day of the decision; not null; not before the last step
     * @param actor who records it; not null
     * @return the application {@code REJECTED}, not null
     * @throws IllegalTransitionException if the application is not {@code UNDER_REVIEW}
     * @throws ValidationException if an argument is null, the reason is blank or the day is before
     *     the last step ({@value #HISTORY})
     */
    public FundingApplication reject(String reason, LocalDate day, PersonId actor) {
        return step(FundingApplicationStatus.REJECTED, day, actor, null, requireText(reason));
    }

    /**
     * Withdraws the application before the decision.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param reason why; not null, not blank
     * @param day the day; not null; not before the last step
     * @param actor who withdraws it; not null
     * @return the application {@code WITHDRAWN}, not null
     * @throws IllegalTransitionException if the application is granted, rejected or withdrawn
     * @throws ValidationException if an argument is null, the reason is blank or the day is before
     *     the last step ({@value #HISTORY})
     */
    public FundingApplication withdraw(String reason, LocalDate day, PersonId actor) {
        return step(FundingApplicationStatus.WITHDRAWN, day, actor, null, requireText(reason));
    }

    /**
     * Records that the final justification of the grant was accepted (LGS art. 30).
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param day the day; not null; not before the last step
     * @param actor who records it; not null
     * @return the application {@code JUSTIFIED}, not null
     * @throws IllegalTransitionException if the application is not {@code GRANTED}
     * @throws ValidationException if an argument is null or the day is before the last step ({@value #HISTORY})
     */
    public FundingApplication justify(LocalDate day, PersonId actor) {
        return step(FundingApplicationStatus.JUSTIFIED, day, actor, null, null);
    }

    /**
     * Records that part of the grant was returned (LGS art. 37).
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param returned the amount returned; not null; greater than zero and not above the amount granted
     * @param day the day; not null; not before the last step
     * @param actor who records it; not null
     * @return the application {@code REIMBURSEMENT}, not null
     * @throws IllegalTransitionException if the application is not {@code GRANTED}
     * @throws ValidationException if an argument is null, the amount breaks a rule above
     *     ({@value #GRANT}) or the day is before the last step ({@value #HISTORY})
     */
    public FundingApplication reimburse(Money returned, LocalDate day, PersonId actor) {
        require(returned, "returned");
        return step(FundingApplicationStatus.REIMBURSEMENT, day, actor, returned, null);
    }

    private FundingApplication step(FundingApplicationStatus to, LocalDate day, PersonId actor, Money amount,
                                    String reason) {
        IllegalTransitionException.check(description(), status(), to);
        require(day, "day");
        require(actor, "actor");
        FundingApplicationEvent event = FundingApplicationEvent.builder().from(status()).to(to).day(day)
            .actor(actor).amount(Optional.ofNullable(amount)).reason(Optional.ofNullable(reason)).build();
        Builder b = builder();
        b.id(id()).call(call()).project(project()).applicant(applicant()).requestedAmount(requestedAmount())
            .createdOn(createdOn()).status(to).addAllHistory(history()).addHistory(event);
        if (to == FundingApplicationStatus.GRANTED) {
            b.grantedAmount(amount);
        } else {
            b.grantedAmount(grantedAmount());
        }
        if (to == FundingApplicationStatus.REIMBURSEMENT) {
            b.reimbursedAmount(amount);
        }
        return b.build();
    }

    private LocalDate lastDay() {
        return history().isEmpty() ? createdOn() : history().get(history().size() - 1).day();
    }

    private String description() {
        return "funding application " + id();
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new NullValueException(name);
        }
        return value;
    }

    private String requireText(String text) {
        require(text, "reason");
        if (text.isBlank()) {
            throw new ValidationException(Violation.of("history", HISTORY,
                "io.otp.core.funding.application.reason.blank", "application", id()));
        }
        return text;
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (!requestedAmount().isPositive()) {
            v.add(Violation.of("requestedAmount", AMOUNT, "io.otp.core.funding.application.amount.positive",
                "application", id(), "value", requestedAmount()));
        }
        checkGrant(v);
        checkHistory(v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private void checkGrant(List<Violation> v) {
        boolean granted = status().isGranted();
        if (granted != grantedAmount().isPresent()) {
            v.add(Violation.of("grantedAmount", GRANT, granted ? "io.otp.core.funding.application.grant.missing"
                : "io.otp.core.funding.application.grant.unexpected", "application", id(), "status", status()));
        }
        grantedAmount().ifPresent(g -> {
            if (!g.currency().equals(requestedAmount().currency())) {
                v.add(Violation.of("grantedAmount", GRANT, "io.otp.core.funding.application.grant.currency",
                    "application", id(), "value", g, "expected", requestedAmount().currency()));
            } else if (!g.isPositive() || g.isGreaterThan(requestedAmount())) {
                v.add(Violation.of("grantedAmount", GRANT, "io.otp.core.funding.application.grant.aboveRequested",
                    "application", id(), "value", g, "requested", requestedAmount()));
            }
        });
        boolean reimbursed = status() == FundingApplicationStatus.REIMBURSEMENT;
        if (reimbursed != reimbursedAmount().isPresent()) {
            v.add(Violation.of("reimbursedAmount", GRANT, reimbursed
                    ? "io.otp.core.funding.application.reimbursement.missing"
                    : "io.otp.core.funding.application.reimbursement.unexpected",
                "application", id(), "status", status()));
        }
        reimbursedAmount().ifPresent(r -> grantedAmount().ifPresent(g -> {
            if (!r.currency().equals(g.currency()) || !r.isPositive() || r.isGreaterThan(g)) {
                v.add(Violation.of("reimbursedAmount", GRANT, "io.otp.core.funding.application.reimbursement.amount",
                    "application", id(), "value", r, "granted", g));
            }
        }));
    }

    private void checkHistory(List<Violation> v) {
        FundingApplicationStatus at = FundingApplicationStatus.DRAFT;
        LocalDate last = createdOn();
        for (int i = 0; i < history().size(); i++) {
            FundingApplicationEvent e = history().get(i);
            String path = "history[" + i + "]";
            if (e.from() != at || !at.canMoveTo(e.to())) {
                v.add(Violation.of(path, HISTORY, "io.otp.core.funding.application.history.move",
                    "application", id(), "value", e.from() + " -> " + e.to(), "expected", at));
                return;
            }
            if (e.day().isBefore(last)) {
                v.add(Violation.of(path + ".day", HISTORY, "io.otp.core.funding.application.history.day",
                    "application", id(), "value", e.day(), "previous", last));
            }
            at = e.to();
            last = e.day();
        }
        if (at != status()) {
            v.add(Violation.of("status", HISTORY, "io.otp.core.funding.application.history.status",
                "application", id(), "value", status(), "expected", at));
        }
    }

    /** Builds {@link FundingApplication}s; obtain one from {@link FundingApplication#builder()}. */
    public static final class Builder extends ImmutableFundingApplication.Builder {
        Builder() {
        }
    }
}
