package io.otp.core.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.ActionItemId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.PersonId;
import io.otp.core.lifecycle.IllegalTransitionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action agreed in a meeting (the action log of EU PM²): what is to be done, by whom, by when,
 * where it stands, and optionally the contract milestone or the risk it serves.
 *
 * <p>Structural rules, all reported together, each naming its field:
 * <ul>
 *   <li>the description is not blank ({@code OTP-ACTION-DESCRIPTION});</li>
 *   <li>the risk reference, when present, is not blank ({@code OTP-ACTION-RISK});</li>
 *   <li>the closed date is present exactly when the status is {@link ActionStatus#DONE}
 *       ({@code OTP-ACTION-CLOSED}).</li>
 * </ul>
 * The rules relating an action to its meeting (owner among the attendees, dates not before the
 * meeting) are checked by the {@link Meeting}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionItem.class)
@JsonDeserialize(as = ImmutableActionItem.class)
public abstract class ActionItem {

    ActionItem() {
    }

    /**
     * A builder. The status defaults to {@link ActionStatus#OPEN}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The action's identifier, unique within its meeting.
     *
     * @return the id, not null
     */
    public abstract ActionItemId id();

    /**
     * What is to be done.
     *
     * @return the description, not blank; not null
     */
    public abstract String description();

    /**
     * Who is to do it.
     *
     * @return the owner, not null
     */
    public abstract PersonId owner();

    /**
     * The day by which it is to be done.
     *
     * @return the due date, not null
     */
    public abstract LocalDate dueDate();

    /**
     * Where the action stands; {@link ActionStatus#OPEN} unless set.
     *
     * @return the status, not null
     */
    @Value.Default
    public ActionStatus status() {
        return ActionStatus.OPEN;
    }

    /**
     * The contract milestone the action serves.
     *
     * @return the milestone, empty when the action serves none; not null
     */
    public abstract Optional<MilestoneId> milestone();

    /**
     * The reference of the risk or issue of the project's register the action responds to, e.g.
     * {@code R-07}.
     *
     * @return the reference, not blank when present; not null
     */
    public abstract Optional<String> riskReference();

    /**
     * The day the action was done.
     *
     * @return the date, present exactly when the status is {@link ActionStatus#DONE}; not null
     */
    public abstract Optional<LocalDate> closedDate();

    /**
     * Whether the action is overdue on a day: still pending ({@code OPEN} or {@code IN_PROGRESS})
     * and due before that day. An action due on the day itself is not overdue yet; a done or
     * cancelled action never is.
     *
     * @param date the day of the count; not null
     * @return true when overdue
     * @throws ValidationException if {@code date} is null
     */
    public boolean isOverdueOn(LocalDate date) {
        require(date, "date");
        return status().isPending() && dueDate().isBefore(date);
    }

    /**
     * Moves the action to another status. {@link ActionStatus#DONE} is reached through
     * {@link #complete(LocalDate)}, which records the closed date; asking this method for it, when
     * the lifecycle allows the move, fails with a {@link ValidationException} naming the missing
     * closed date.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param next the status wanted; not null
     * @return the action in the new status, not null
     * @throws IllegalTransitionException if the lifecycle of {@link ActionStatus} does not allow the move
     * @throws ValidationException if {@code next} is null or is {@code DONE}
     */
    public ActionItem moveTo(ActionStatus next) {
        require(next, "next");
        IllegalTransitionException.check("action item " + id(), status(), next);
        return ((ImmutableActionItem) ImmutableActionItem.copyOf(this)).withStatus(next);
    }

    /**
     * Records the action as done on a day ({@code OPEN} or {@code IN_PROGRESS -> DONE}).
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param on the day it was done; not null
     * @return the done action, not null
     * @throws IllegalTransitionException if the action is already done or cancelled
     * @throws ValidationException if {@code on} is null
     */
    public ActionItem complete(LocalDate on) {
        require(on, "on");
        IllegalTransitionException.check("action item " + id(), status(), ActionStatus.DONE);
        // Status and closed date change together: withStatus then withClosedDate would check an
        // intermediate DONE action without a closed date.
        return builder()
            .id(id())
            .description(description())
            .owner(owner())
            .dueDate(dueDate())
            .status(ActionStatus.DONE)
            .milestone(milestone())
            .riskReference(riskReference())
            .closedDate(on)
            .build();
    }

    static <T> T require(T value, String name) {
        if (value == null) {
            throw new NullValueException(name);
        }
        return value;
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (description().isBlank()) {
            violations.add(Violation.of("description", "OTP-ACTION-DESCRIPTION",
                "io.otp.core.meeting.action.description.blank", "action", id()));
        }
        if (riskReference().filter(String::isBlank).isPresent()) {
            violations.add(Violation.of("riskReference", "OTP-ACTION-RISK",
                "io.otp.core.meeting.action.riskReference.blank", "action", id()));
        }
        boolean done = status() == ActionStatus.DONE;
        if (done && closedDate().isEmpty()) {
            violations.add(Violation.of("closedDate", "OTP-ACTION-CLOSED",
                "io.otp.core.meeting.action.closedDate.required", "action", id()));
        } else if (!done && closedDate().isPresent()) {
            violations.add(Violation.of("closedDate", "OTP-ACTION-CLOSED",
                "io.otp.core.meeting.action.closedDate.unexpected", "action", id(),
                "value", closedDate().get(), "status", status()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link ActionItem}s; each attribute may be set once. */
    public static final class Builder extends ImmutableActionItem.Builder {
        Builder() {
        }
    }
}
