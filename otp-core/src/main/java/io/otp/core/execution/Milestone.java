package io.otp.core.execution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.MilestoneId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A milestone of a contract, after OCDS 1.1 {@code contracts.implementation.milestones}: its type
 * ({@link MilestoneType}, codelist {@code milestoneType}), its status ({@link MilestoneStatus},
 * codelist {@code milestoneStatus}), the baseline date agreed in the contract's plan, the history of
 * forecast dates reported since ({@link #forecasts()}, the data of milestone trend analysis), the
 * actual date and the deliverables it depends on.
 *
 * <p>A {@link MilestoneType#PAYMENT payment} milestone carries its share of the price, as a
 * percentage or as an amount, and can be met only through a certification of its deliverables,
 * {@link #meetWith(AcceptanceRecord)}: the price is paid after the certification (LCSP art. 198) and
 * the contract is fulfilled when delivered to the administration's satisfaction with a formal act of
 * reception (LCSP art. 210). An acceptance without reservations meets it ({@link MilestoneStatus#MET});
 * a conditional acceptance, whose documented defects show that delivery is not yet to the
 * administration's satisfaction, only partially meets it ({@link MilestoneStatus#PARTIALLY_MET}),
 * while what it certifies can still be paid as a partial payment (LCSP art. 198.2); a rejection
 * meets nothing.
 *
 * <p>Structural rules, all reported together, each naming its field:
 * <ul>
 *   <li>the title is not blank ({@code OTP-MILESTONE-TITLE});</li>
 *   <li>a payment milestone carries exactly one of a percentage in (0, 100] or a positive amount;
 *       other milestones carry neither ({@code OTP-MILESTONE-PAYMENT});</li>
 *   <li>the forecast history is in strictly increasing order of report date
 *       ({@code OTP-MILESTONE-FORECAST-ORDER});</li>
 *   <li>a met milestone has an actual date, a scheduled one has none ({@code OTP-MILESTONE-ACTUAL});</li>
 *   <li>a met payment milestone carries an acceptance, a partially met one a conditional acceptance
 *       (rule {@code LCSP-210}); a certification, when present, is an acceptance for a met milestone
 *       or a conditional acceptance for a partially met or not met one (defects not fixed in time),
 *       never a rejection nor on a scheduled milestone, and covers every deliverable of the
 *       milestone ({@code OTP-MILESTONE-CERTIFICATION}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
public abstract class Milestone {

    Milestone() {
    }

    /**
     * A builder. The status defaults to {@link MilestoneStatus#SCHEDULED}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The milestone's identifier, unique within its contract.
     *
     * @return the id, not null
     */
    public abstract MilestoneId id();

    /**
     * The milestone's title.
     *
     * @return the title, not blank; not null
     */
    public abstract String title();

    /**
     * What the milestone marks (OCDS {@code milestoneType}).
     *
     * @return the type, not null
     */
    public abstract MilestoneType type();

    /**
     * Where the milestone is (OCDS {@code milestoneStatus}); {@link MilestoneStatus#SCHEDULED} unless set.
     *
     * @return the status, not null
     */
    @Value.Default
    public MilestoneStatus status() {
        return MilestoneStatus.SCHEDULED;
    }

    /**
     * The date agreed in the contract's baseline plan (OCDS {@code dueDate}).
     *
     * @return the date, not null
     */
    public abstract LocalDate baselineDate();

    /**
     * The forecasts reported for the milestone, one per report, in increasing order of report date.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<ForecastRevision> forecasts();

    /**
     * The date the milestone was reached (OCDS {@code dateMet}).
     *
     * @return the date, present when met, absent while scheduled; not null
     */
    public abstract Optional<LocalDate> actualDate();

    /**
     * The share of the contract price this payment milestone pays, VAT excluded.
     *
     * @return the percentage, in (0, 100], present only for a payment milestone that does not give an
     *     amount; not null
     */
    public abstract Optional<Percentage> paymentPercentage();

    /**
     * The amount this payment milestone pays, VAT excluded.
     *
     * @return the amount, positive, present only for a payment milestone that does not give a
     *     percentage; not null
     */
    public abstract Optional<Money> paymentAmount();

    /**
     * The deliverables whose certification the milestone depends on, sorted by id.
     *
     * @return an unmodifiable sorted set, possibly empty; not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<DeliverableId> deliverables();

    /**
     * The certification that met or partially met the milestone.
     *
     * @return the record, present when the milestone was met through a certification (always for a
     *     met or partially met payment milestone); not null
     */
    public abstract Optional<AcceptanceRecord> certification();

    /**
     * The latest forecast date: the forecast of the last revision, or the baseline date when no
     * forecast has been reported.
     *
     * @return the date, not null
     */
    public LocalDate currentForecast() {
        return forecasts().isEmpty() ? baselineDate() : forecasts().get(forecasts().size() - 1).forecastDate();
    }

    /**
     * Records a new forecast, reported on a date after every earlier report.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param reportDate the date of the report; not null; after the last report date
     * @param forecastDate the date forecast; not null
     * @return the milestone with the forecast appended, not null
     * @throws ValidationException if an argument is null or the report date is not after the last one
     *     ({@code OTP-MILESTONE-FORECAST-ORDER})
     */
    public Milestone reviseForecast(LocalDate reportDate, LocalDate forecastDate) {
        ForecastRevision revision = ForecastRevision.of(Arguments.require(reportDate, "reportDate"),
            Arguments.require(forecastDate, "forecastDate"));
        List<ForecastRevision> history = new ArrayList<>(forecasts());
        history.add(revision);
        return copy(status(), actualDate(), history, certification());
    }

    /**
     * Meets a milestone other than a payment one, on the date it was reached.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param actualDate the date reached; not null
     * @return the milestone, {@link MilestoneStatus#MET}; not null
     * @throws ValidationException if the date is null, or the milestone is a payment milestone, which
     *     only a certification meets (rule {@code LCSP-210})
     * @throws IllegalTransitionException if the milestone is already met
     */
    public Milestone meet(LocalDate actualDate) {
        Arguments.require(actualDate, "actualDate");
        if (type() == MilestoneType.PAYMENT) {
            throw paymentNeedsCertification(MilestoneStatus.MET);
        }
        IllegalTransitionException.check(describe(), status(), MilestoneStatus.MET);
        return copy(MilestoneStatus.MET, Optional.of(actualDate), forecasts(), Optional.empty());
    }

    /**
     * Meets the milestone through the certification of its deliverables. An acceptance without
     * reservations meets it ({@link MilestoneStatus#MET}); a conditional acceptance partially meets it
     * ({@link MilestoneStatus#PARTIALLY_MET}), because its documented defects show that the delivery
     * is not yet to the administration's satisfaction (LCSP art. 210.1) although the amount it
     * certifies may be paid (LCSP art. 198.2). The actual date is the certification's date.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param record the certification; not null; covering every deliverable of the milestone
     * @return the milestone, met or partially met, carrying the record; not null
     * @throws ValidationException if the record is null, is a rejection ({@code LCSP-210}), or does
     *     not cover every deliverable of the milestone ({@code OTP-MILESTONE-CERTIFICATION})
     * @throws IllegalTransitionException if the milestone's status may not move to the one the
     *     record gives (a met milestone is final)
     */
    public Milestone meetWith(AcceptanceRecord record) {
        Arguments.require(record, "record");
        if (record.outcome() == AcceptanceOutcome.REJECTED) {
            throw new ValidationException(Violation.of("certification", "LCSP-210",
                "io.otp.core.execution.milestone.rejected", "milestone", id(), "date", record.date()));
        }
        MilestoneStatus next = record.outcome() == AcceptanceOutcome.ACCEPTED
            ? MilestoneStatus.MET : MilestoneStatus.PARTIALLY_MET;
        IllegalTransitionException.check(describe(), status(), next);
        return copy(next, Optional.of(record.date()), forecasts(), Optional.of(record));
    }

    /**
     * Moves the milestone to another status without a certification: to {@link MilestoneStatus#NOT_MET},
     * or, for a milestone other than a payment one, to {@link MilestoneStatus#PARTIALLY_MET}.
     * {@link #meet(LocalDate)} and {@link #meetWith(AcceptanceRecord)} meet a milestone.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param next the status wanted; not null
     * @return the milestone in the new status, not null
     * @throws ValidationException if {@code next} is null, is {@code MET} ({@code OTP-MILESTONE-MET}),
     *     or is {@code PARTIALLY_MET} for a payment milestone ({@code LCSP-210})
     * @throws IllegalTransitionException if the lifecycle of {@link MilestoneStatus} does not allow the move
     */
    public Milestone moveTo(MilestoneStatus next) {
        Arguments.require(next, "next");
        if (next == MilestoneStatus.MET) {
            throw new ValidationException(Violation.of("status", "OTP-MILESTONE-MET",
                "io.otp.core.execution.milestone.metHow", "milestone", id()));
        }
        if (next == MilestoneStatus.PARTIALLY_MET && type() == MilestoneType.PAYMENT) {
            throw paymentNeedsCertification(next);
        }
        IllegalTransitionException.check(describe(), status(), next);
        return copy(next, actualDate(), forecasts(), certification());
    }

    private ValidationException paymentNeedsCertification(MilestoneStatus next) {
        return new ValidationException(Violation.of("status", "LCSP-210",
            "io.otp.core.execution.milestone.paymentNeedsAcceptance", "milestone", id(), "status", next));
    }

    private Milestone copy(MilestoneStatus status, Optional<LocalDate> actual, List<ForecastRevision> history,
                           Optional<AcceptanceRecord> record) {
        return builder().id(id()).title(title()).type(type()).status(status).baselineDate(baselineDate())
            .addAllForecasts(history).actualDate(actual).paymentPercentage(paymentPercentage())
            .paymentAmount(paymentAmount()).addAllDeliverables(deliverables()).certification(record).build();
    }

    private String describe() {
        return "milestone " + id();
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (title().isBlank()) {
            v.add(Violation.of("title", "OTP-MILESTONE-TITLE", "io.otp.core.execution.milestone.title",
                "milestone", id()));
        }
        checkPayment(v);
        for (int i = 1; i < forecasts().size(); i++) {
            LocalDate previous = forecasts().get(i - 1).reportDate();
            LocalDate current = forecasts().get(i).reportDate();
            if (!current.isAfter(previous)) {
                v.add(Violation.of("forecasts[" + i + "].reportDate", "OTP-MILESTONE-FORECAST-ORDER",
                    "io.otp.core.execution.milestone.forecastOrder", "milestone", id(), "value", current,
                    "previous", previous));
            }
        }
        if (status() == MilestoneStatus.MET && actualDate().isEmpty()) {
            v.add(Violation.of("actualDate", "OTP-MILESTONE-ACTUAL", "io.otp.core.execution.milestone.actual.required",
                "milestone", id()));
        } else if (status() == MilestoneStatus.SCHEDULED && actualDate().isPresent()) {
            v.add(Violation.of("actualDate", "OTP-MILESTONE-ACTUAL",
                "io.otp.core.execution.milestone.actual.unexpected", "milestone", id(), "value", actualDate().get()));
        }
        checkCertification(v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private void checkPayment(List<Violation> v) {
        boolean payment = type() == MilestoneType.PAYMENT;
        int given = (paymentPercentage().isPresent() ? 1 : 0) + (paymentAmount().isPresent() ? 1 : 0);
        if (payment && given != 1) {
            v.add(Violation.of("paymentPercentage", "OTP-MILESTONE-PAYMENT",
                "io.otp.core.execution.milestone.payment.one", "milestone", id()));
        } else if (!payment && given != 0) {
            v.add(Violation.of(paymentPercentage().isPresent() ? "paymentPercentage" : "paymentAmount",
                "OTP-MILESTONE-PAYMENT", "io.otp.core.execution.milestone.payment.unexpected", "milestone", id(),
                "type", type()));
        }
        paymentPercentage().filter(p -> !p.isGreaterThan(Percentage.ZERO) || p.isGreaterThan(Percentage.HUNDRED))
            .ifPresent(p -> v.add(Violation.of("paymentPercentage", "OTP-MILESTONE-PAYMENT",
                "io.otp.core.execution.milestone.payment.percentage", "milestone", id(), "value", p)));
        paymentAmount().filter(a -> !a.isPositive())
            .ifPresent(a -> v.add(Violation.of("paymentAmount", "OTP-MILESTONE-PAYMENT",
                "io.otp.core.execution.milestone.payment.amount", "milestone", id(), "value", a)));
    }

    private void checkCertification(List<Violation> v) {
        boolean reached = status() == MilestoneStatus.MET || status() == MilestoneStatus.PARTIALLY_MET;
        if (type() == MilestoneType.PAYMENT && reached && certification().isEmpty()) {
            v.add(Violation.of("certification", "LCSP-210",
                "io.otp.core.execution.milestone.paymentNeedsAcceptance", "milestone", id(), "status", status()));
            return;
        }
        if (certification().isEmpty()) {
            return;
        }
        AcceptanceRecord record = certification().get();
        // A conditionally accepted milestone whose defects were not fixed by the fix date may be
        // declared not met; it keeps the record of what was certified.
        AcceptanceOutcome expected = status() == MilestoneStatus.MET ? AcceptanceOutcome.ACCEPTED
            : status() == MilestoneStatus.SCHEDULED ? null : AcceptanceOutcome.CONDITIONALLY_ACCEPTED;
        if (record.outcome() != expected) {
            v.add(Violation.of("certification.outcome", "OTP-MILESTONE-CERTIFICATION",
                "io.otp.core.execution.milestone.certification.outcome", "milestone", id(),
                "outcome", record.outcome(), "status", status()));
        }
        SortedSet<DeliverableId> uncovered = new TreeSet<>(deliverables());
        uncovered.removeAll(record.deliverables());
        if (!uncovered.isEmpty()) {
            v.add(Violation.of("certification.deliverables", "OTP-MILESTONE-CERTIFICATION",
                "io.otp.core.execution.milestone.certification.uncovered", "milestone", id(),
                "missing", uncovered.stream().map(DeliverableId::value).collect(Collectors.joining(", "))));
        }
    }

    /** Builds {@link Milestone}s; each attribute may be set once. */
    public static final class Builder extends ImmutableMilestone.Builder {
        Builder() {
        }
    }
}
