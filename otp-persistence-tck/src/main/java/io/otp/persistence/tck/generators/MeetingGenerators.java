package io.otp.persistence.tck.generators;

import io.otp.core.id.ActionItemId;
import io.otp.core.id.MeetingId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TenderId;
import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.ActionStatus;
import io.otp.core.meeting.Attendee;
import io.otp.core.meeting.AttendeeRole;
import io.otp.core.meeting.Decision;
import io.otp.core.meeting.Meeting;
import io.otp.core.meeting.MeetingKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators of valid meetings and their parts ({@code io.otp.core.meeting}), built through the
 * public builders. Values are drawn from a seeded {@link Random} (see
 * {@link ExecutionGenerators#seeded}) because an action depends on its meeting's date and attendees.
 * Projects are drawn from a pool of three ({@link #PROJECTS}) so that generated meetings share them.
 */
public final class MeetingGenerators {

    /** The projects generated meetings concern. */
    public static final List<ProjectId> PROJECTS = List.of(ProjectId.of("PRJ-1"), ProjectId.of("PRJ-2"),
        ProjectId.of("PRJ-3"));

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    private static final List<String> TOPICS = List.of("seguimiento del plan", "riesgos", "hitos de pago",
        "cambios de alcance", "recepción de entregables", "comunicación", "presupuesto");

    private MeetingGenerators() {
    }

    /**
     * Meetings of every kind, with or without agenda, attendees, minutes, decisions and actions.
     *
     * @return the generator, not null
     */
    public static Gen<Meeting> meetings() {
        return ExecutionGenerators.seeded(MeetingGenerators::meeting);
    }

    /**
     * Action items of every status, due on or after a day of 2024-2031.
     *
     * @return the generator, not null
     */
    public static Gen<ActionItem> actionItems() {
        return ExecutionGenerators.seeded(r -> actionItem(r, ActionItemId.of("A-" + r.nextInt(100)),
            PersonId.of("P-" + r.nextInt(10)), day(r)));
    }

    /**
     * Attendees in every role.
     *
     * @return the generator, not null
     */
    public static Gen<Attendee> attendees() {
        return ExecutionGenerators.seeded(r -> Attendee.of(PersonId.of("P-" + r.nextInt(10)),
            AttendeeRole.values()[r.nextInt(AttendeeRole.values().length)]));
    }

    /**
     * Decisions with a number from 1 to 20.
     *
     * @return the generator, not null
     */
    public static Gen<Decision> decisions() {
        return ExecutionGenerators.seeded(r -> Decision.of(1 + r.nextInt(20), "Se aprueba " + topic(r)));
    }

    /**
     * Days from 2024 to 2032, around the generated meetings and their due dates.
     *
     * @return the generator, not null
     */
    public static Gen<LocalDate> days() {
        return ExecutionGenerators.seeded(r -> FROM.plusDays(r.nextInt(3300)));
    }

    private static Meeting meeting(Random r) {
        MeetingKind kind = MeetingKind.values()[r.nextInt(MeetingKind.values().length)];
        boolean evaluation = kind == MeetingKind.EVALUATION_COMMITTEE;
        LocalDate date = day(r);
        Meeting.Builder b = Meeting.builder()
            .id(MeetingId.of("M-" + r.nextInt(100_000)))
            .kind(kind)
            .date(date)
            .startTime(LocalTime.of(8 + r.nextInt(10), 15 * r.nextInt(4)));
        if (!evaluation || r.nextBoolean()) {
            b.project(PROJECTS.get(r.nextInt(PROJECTS.size())));
        }
        if (evaluation || r.nextInt(3) == 0) {
            b.tender(TenderId.of("2026/EXP-" + r.nextInt(100)));
        }
        int agenda = r.nextInt(4);
        for (int i = 0; i < agenda; i++) {
            b.addAgenda(topic(r));
        }
        boolean steering = kind == MeetingKind.STEERING_COMMITTEE;
        int attending = steering ? 2 + r.nextInt(4) : r.nextInt(5);
        List<PersonId> owners = new ArrayList<>();
        for (int i = 0; i < attending; i++) {
            AttendeeRole role = steering && i == 0 ? AttendeeRole.CHAIR
                : steering && i == 1 ? AttendeeRole.SECRETARY
                : AttendeeRole.values()[r.nextInt(AttendeeRole.values().length)];
            PersonId person = PersonId.of("P-" + i);
            b.addAttendees(Attendee.of(person, role));
            owners.add(person);
        }
        if (r.nextInt(3) == 0) {
            int others = 1 + r.nextInt(2);
            for (int i = 0; i < others; i++) {
                PersonId person = PersonId.of("X-" + i);
                b.addOtherOwners(person);
                owners.add(person);
            }
        }
        if (r.nextInt(3) > 0) {
            b.minutes("Acta de la reunión: se revisan " + topic(r) + " y " + topic(r) + ".");
        }
        int decisions = r.nextInt(4);
        for (int i = 1; i <= decisions; i++) {
            b.addDecisions(Decision.of(i, "Se aprueba " + topic(r)));
        }
        int actions = owners.isEmpty() ? 0 : r.nextInt(5);
        for (int i = 1; i <= actions; i++) {
            b.addActionItems(actionItem(r, ActionItemId.of("A-" + i), owners.get(r.nextInt(owners.size())), date));
        }
        return b.build();
    }

    private static ActionItem actionItem(Random r, ActionItemId id, PersonId owner, LocalDate meetingDate) {
        ActionStatus status = ActionStatus.values()[r.nextInt(ActionStatus.values().length)];
        ActionItem.Builder b = ActionItem.builder()
            .id(id)
            .description("Preparar " + topic(r))
            .owner(owner)
            .dueDate(meetingDate.plusDays(r.nextInt(120)))
            .status(status);
        if (status == ActionStatus.DONE) {
            b.closedDate(meetingDate.plusDays(r.nextInt(90)));
        }
        if (r.nextInt(3) == 0) {
            b.milestone(MilestoneId.of("H-" + r.nextInt(10)));
        }
        if (r.nextInt(3) == 0) {
            b.riskReference("R-" + (1 + r.nextInt(30)));
        }
        return b.build();
    }

    private static LocalDate day(Random r) {
        return FROM.plusDays(r.nextInt(3000));
    }

    private static String topic(Random r) {
        return TOPICS.get(r.nextInt(TOPICS.size()));
    }
}
