package io.otp.core.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.ActionItemId;
import io.otp.core.id.MeetingId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TenderId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A meeting held or supported by the office (OTP function F8): its kind, the project or tender it
 * concerns, when it is held, its agenda, who attends in which role, the minutes, the decisions taken
 * and the actions agreed.
 *
 * <p>Structural rules, checked whenever a meeting is built or copied (all broken rules are reported
 * together in one {@link ValidationException}, each naming its field):
 * <ul>
 *   <li>a meeting concerns a project, except an evaluation committee, which concerns a tender and
 *       may have no project yet ({@code OTP-MEETING-SUBJECT});</li>
 *   <li>agenda items are not blank ({@code OTP-MEETING-AGENDA});</li>
 *   <li>no person attends twice ({@code OTP-MEETING-ATTENDEE}); a steering committee, a collegiate
 *       body, has a chair and a secretary among its attendees (LRJSP art. 17.2; {@code OTP-MEETING-ROLES},
 *       path {@code attendees});</li>
 *   <li>the minutes, when present, are not blank ({@code OTP-MEETING-MINUTES});</li>
 *   <li>decisions are numbered 1, 2, 3... in order and their texts are not blank
 *       ({@code OTP-MEETING-DECISION});</li>
 *   <li>action item ids are unique ({@code OTP-UNIQUE-ID}); the owner of each action attends the
 *       meeting or is named explicitly in {@link #otherOwners()} ({@code OTP-MEETING-ACTION-OWNER});
 *       an action is not due before the meeting ({@code OTP-MEETING-ACTION-DUE}) and not closed
 *       before it ({@code OTP-MEETING-ACTION-CLOSED}).</li>
 * </ul>
 *
 * <p>That the project or tender exists and that an action's milestone belongs to the project's
 * contracts span several aggregates and are not checked here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting implements Aggregate<MeetingId> {

    /**
     * The query value holding the meeting's kind, the name of a {@link MeetingKind} constant; meetings
     * have no lifecycle, so no {@link #STATUS}.
     */
    public static final String KIND = "kind";

    Meeting() {
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
     * The meeting's identifier.
     *
     * @return the id, not null
     */
    public abstract MeetingId id();

    /**
     * The kind of meeting.
     *
     * @return the kind, not null
     */
    public abstract MeetingKind kind();

    /**
     * The project the meeting concerns.
     *
     * @return the project, always present unless the meeting is an
     *     {@link MeetingKind#EVALUATION_COMMITTEE evaluation committee}; not null
     */
    public abstract Optional<ProjectId> project();

    /**
     * The tender the meeting concerns.
     *
     * @return the tender, always present for an evaluation committee; not null
     */
    public abstract Optional<TenderId> tender();

    /**
     * The day of the meeting.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * The local time the meeting starts.
     *
     * @return the time, not null
     */
    public abstract LocalTime startTime();

    /**
     * The agenda, in order.
     *
     * @return an unmodifiable list of non-blank items, possibly empty; not null
     */
    public abstract List<String> agenda();

    /**
     * Who attends, in which role.
     *
     * @return an unmodifiable list, each person once; not null
     */
    public abstract List<Attendee> attendees();

    /**
     * People who do not attend but were given actions, named explicitly in the minutes.
     *
     * @return an unmodifiable set, possibly empty; not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<PersonId> otherOwners();

    /**
     * The minutes of the meeting (LRJSP art. 18).
     *
     * @return the text, not blank when present; empty until written; not null
     */
    public abstract Optional<String> minutes();

    /**
     * The decisions taken, numbered from 1 in order.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<Decision> decisions();

    /**
     * The actions agreed.
     *
     * @return an unmodifiable list, ids unique; not null
     */
    public abstract List<ActionItem> actionItems();

    /**
     * The values a meeting is found by: {@code project} and {@code tender} when present,
     * {@code date} (the day of the meeting) and {@link #KIND}.
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        project().ifPresent(p -> q.put(PROJECT, p.value()));
        tender().ifPresent(t -> q.put(TENDER, t.value()));
        q.put(DATE, date().toString());
        q.put(KIND, kind().name());
        return Collections.unmodifiableSortedMap(q);
    }

    /**
     * Finds an action item.
     *
     * @param id the action's id; not null
     * @return the action, empty when the meeting has none with that id; not null
     * @throws ValidationException if {@code id} is null
     */
    public Optional<ActionItem> actionItem(ActionItemId id) {
        ActionItem.require(id, "id");
        return actionItems().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * Replaces an action item by a new version with the same id, e.g. after
     * {@link ActionItem#complete(LocalDate)}.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param updated the new version; not null
     * @return the meeting with the action replaced, not null
     * @throws ValidationException if {@code updated} is null, the meeting has no action with its id
     *     ({@code OTP-MEETING-ACTION}), or the new version breaks a rule of the meeting
     */
    public Meeting withActionItem(ActionItem updated) {
        ActionItem.require(updated, "updated");
        if (actionItem(updated.id()).isEmpty()) {
            throw new ValidationException(Violation.of("actionItems", "OTP-MEETING-ACTION",
                "io.otp.core.meeting.action.unknown", "meeting", id(), "action", updated.id()));
        }
        List<ActionItem> items = actionItems().stream()
            .map(a -> a.id().equals(updated.id()) ? updated : a)
            .collect(Collectors.toList());
        return ((ImmutableMeeting) ImmutableMeeting.copyOf(this)).withActionItems(items);
    }

    /**
     * The meeting's actions overdue on a day ({@link ActionItem#isOverdueOn(LocalDate)}: pending and
     * due before that day).
     *
     * @param date the day of the count; not null
     * @return an unmodifiable list in the meeting's order, possibly empty; not null
     * @throws ValidationException if {@code date} is null
     */
    public List<ActionItem> overdueActions(LocalDate date) {
        ActionItem.require(date, "date");
        return actionItems().stream().filter(a -> a.isOverdueOn(date)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Counts the action items of a project's meetings overdue on a day: the measure of the KPI
     * "overdue action items". Meetings of other projects, and evaluation committees without a
     * project, are skipped. An action is counted once per meeting that lists it: an action carried
     * over to a later meeting is expected to be listed by one meeting only.
     *
     * @param meetings the meetings to look at; not null, without null elements
     * @param project the project; not null
     * @param date the day of the count; not null
     * @return the number of overdue actions, zero or more
     * @throws ValidationException if an argument or a meeting is null
     */
    public static int countOverdueActions(Iterable<? extends Meeting> meetings, ProjectId project, LocalDate date) {
        ActionItem.require(meetings, "meetings");
        ActionItem.require(project, "project");
        ActionItem.require(date, "date");
        int count = 0;
        for (Meeting m : meetings) {
            ActionItem.require(m, "meeting");
            if (m.project().filter(project::equals).isPresent()) {
                count += m.overdueActions(date).size();
            }
        }
        return count;
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        checkSubject(violations);
        for (int i = 0; i < agenda().size(); i++) {
            if (agenda().get(i).isBlank()) {
                violations.add(Violation.of("agenda[" + i + "]", "OTP-MEETING-AGENDA",
                    "io.otp.core.meeting.agenda.blank", "meeting", id(), "item", i + 1));
            }
        }
        checkAttendees(violations);
        if (minutes().filter(String::isBlank).isPresent()) {
            violations.add(Violation.of("minutes", "OTP-MEETING-MINUTES", "io.otp.core.meeting.minutes.blank",
                "meeting", id()));
        }
        checkDecisions(violations);
        checkActions(violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private void checkSubject(List<Violation> violations) {
        if (kind() == MeetingKind.EVALUATION_COMMITTEE) {
            if (tender().isEmpty()) {
                violations.add(Violation.of("tender", "OTP-MEETING-SUBJECT", "io.otp.core.meeting.tender.required",
                    "meeting", id()));
            }
        } else if (project().isEmpty()) {
            violations.add(Violation.of("project", "OTP-MEETING-SUBJECT", "io.otp.core.meeting.project.required",
                "meeting", id(), "kind", kind()));
        }
    }

    private void checkAttendees(List<Violation> violations) {
        Map<PersonId, Integer> first = new HashMap<>();
        for (int i = 0; i < attendees().size(); i++) {
            Integer before = first.putIfAbsent(attendees().get(i).person(), i);
            if (before != null) {
                violations.add(Violation.of("attendees[" + i + "].person", "OTP-MEETING-ATTENDEE",
                    "io.otp.core.meeting.attendee.duplicate", "meeting", id(),
                    "person", attendees().get(i).person(), "first", before));
            }
        }
        if (kind() == MeetingKind.STEERING_COMMITTEE) {
            Set<AttendeeRole> roles = attendees().stream().map(Attendee::role).collect(Collectors.toSet());
            for (AttendeeRole required : List.of(AttendeeRole.CHAIR, AttendeeRole.SECRETARY)) {
                if (!roles.contains(required)) {
                    violations.add(Violation.of("attendees", "OTP-MEETING-ROLES",
                        "io.otp.core.meeting.steering.role", "meeting", id(), "role", required));
                }
            }
        }
    }

    private void checkDecisions(List<Violation> violations) {
        for (int i = 0; i < decisions().size(); i++) {
            Decision d = decisions().get(i);
            if (d.number() != i + 1) {
                violations.add(Violation.of("decisions[" + i + "].number", "OTP-MEETING-DECISION",
                    "io.otp.core.meeting.decision.number", "meeting", id(), "value", d.number(),
                    "expected", i + 1));
            }
            if (d.text().isBlank()) {
                violations.add(Violation.of("decisions[" + i + "].text", "OTP-MEETING-DECISION",
                    "io.otp.core.meeting.decision.blank", "meeting", id(), "number", d.number()));
            }
        }
    }

    private void checkActions(List<Violation> violations) {
        Set<PersonId> attending = attendees().stream().map(Attendee::person).collect(Collectors.toSet());
        Map<ActionItemId, Integer> first = new HashMap<>();
        for (int i = 0; i < actionItems().size(); i++) {
            ActionItem a = actionItems().get(i);
            String path = "actionItems[" + i + "]";
            Integer before = first.putIfAbsent(a.id(), i);
            if (before != null) {
                violations.add(Violation.of(path + ".id", "OTP-UNIQUE-ID", "io.otp.core.meeting.action.duplicateId",
                    "meeting", id(), "action", a.id(), "first", before));
            }
            if (!attending.contains(a.owner()) && !otherOwners().contains(a.owner())) {
                violations.add(Violation.of(path + ".owner", "OTP-MEETING-ACTION-OWNER",
                    "io.otp.core.meeting.action.owner", "action", a.id(), "owner", a.owner()));
            }
            if (a.dueDate().isBefore(date())) {
                violations.add(Violation.of(path + ".dueDate", "OTP-MEETING-ACTION-DUE",
                    "io.otp.core.meeting.action.dueDate", "action", a.id(), "value", a.dueDate(),
                    "date", date()));
            }
            a.closedDate().filter(closed -> closed.isBefore(date())).ifPresent(closed ->
                violations.add(Violation.of(path + ".closedDate", "OTP-MEETING-ACTION-CLOSED",
                    "io.otp.core.meeting.action.closedDate.early", "action", a.id(), "value", closed,
                    "date", date())));
        }
    }

    /** Builds {@link Meeting}s; each attribute may be set once. */
    public static final class Builder extends ImmutableMeeting.Builder {
        Builder() {
        }
    }
}
