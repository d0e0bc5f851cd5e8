package io.otp.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.otp.core.ValidationException;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.ActionItemId;
import io.otp.core.id.MeetingId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TenderId;
import io.otp.core.json.OtpJson;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.testing.MeetingGenerators;
import io.otp.core.testing.ViolationAssertions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final ProjectId PROJECT = ProjectId.of("PRJ-1");
    private static final PersonId CHAIR = PersonId.of("ana.garcia");
    private static final PersonId SECRETARY = PersonId.of("luis.perez");
    private static final PersonId SUPPLIER = PersonId.of("marta.ruiz");
    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 10);

    /**
     * The steering committee of the office scenario of issue 7 (acceptance): three actions agreed on
     * 2026-03-10; on 2026-04-15 the one due on 2026-03-31 is still open (overdue), the one due on
     * 2026-04-30 is in progress (not yet due) and the one due on 2026-03-20 was done on 2026-03-19.
     */
    private static Meeting steeringCommittee() {
        return meeting("CD-2026-01", MeetingKind.STEERING_COMMITTEE, PROJECT)
            .addAttendees(Attendee.of(CHAIR, AttendeeRole.CHAIR), Attendee.of(SECRETARY, AttendeeRole.SECRETARY),
                Attendee.of(SUPPLIER, AttendeeRole.GUEST))
            .build();
    }

    private static Meeting.Builder meeting(String id, MeetingKind kind, ProjectId project) {
        return Meeting.builder()
            .id(MeetingId.of(id))
            .kind(kind)
            .project(project)
            .date(MEETING_DAY)
            .startTime(LocalTime.of(10, 0))
            .addAgenda("Estado del proyecto", "Riesgos", "Ruegos y preguntas")
            .minutes("Se revisa el plan y se acuerdan tres acciones.")
            .addDecisions(Decision.of(1, "Se aprueba la línea base"), Decision.of(2, "Se escala el riesgo R-07"))
            .addActionItems(
                action("A-1", SUPPLIER, LocalDate.of(2026, 3, 31)).build(),
                action("A-2", SECRETARY, LocalDate.of(2026, 4, 30)).status(ActionStatus.IN_PROGRESS)
                    .milestone(MilestoneId.of("H-2")).build(),
                action("A-3", CHAIR, LocalDate.of(2026, 3, 20)).status(ActionStatus.DONE)
                    .closedDate(LocalDate.of(2026, 3, 19)).riskReference("R-07").build());
    }

    private static ActionItem.Builder action(String id, PersonId owner, LocalDate due) {
        return ActionItem.builder().id(ActionItemId.of(id)).description("Acción " + id).owner(owner).dueDate(due);
    }

    @Test
    void theSteeringCommitteeOfTheScenarioHasOneOverdueAction() {
        Meeting m = steeringCommittee();
        assertThat(m.overdueActions(LocalDate.of(2026, 4, 15))).extracting(ActionItem::id)
            .containsExactly(ActionItemId.of("A-1"));
        assertThat(Meeting.countOverdueActions(List.of(m), PROJECT, LocalDate.of(2026, 4, 15))).isEqualTo(1);
        // due on 2026-03-31: not overdue on its due date, overdue the day after
        assertThat(m.overdueActions(LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(m.overdueActions(LocalDate.of(2026, 4, 1))).hasSize(1);
        // on 2026-05-01 the action in progress is overdue too; the done one never is
        assertThat(m.overdueActions(LocalDate.of(2026, 5, 1))).extracting(ActionItem::id)
            .containsExactly(ActionItemId.of("A-1"), ActionItemId.of("A-2"));
    }

    @Test
    void countsOnlyTheMeetingsOfTheProject() {
        Meeting other = meeting("CD-2026-02", MeetingKind.FOLLOW_UP, ProjectId.of("PRJ-2"))
            .addAttendees(Attendee.of(CHAIR, AttendeeRole.CHAIR), Attendee.of(SECRETARY, AttendeeRole.MEMBER),
                Attendee.of(SUPPLIER, AttendeeRole.GUEST)).build();
        Meeting evaluation = Meeting.builder().id(MeetingId.of("MC-1")).kind(MeetingKind.EVALUATION_COMMITTEE)
            .tender(TenderId.of("2026/EXP-0042")).date(MEETING_DAY).startTime(LocalTime.NOON)
            .addAttendees(Attendee.of(CHAIR, AttendeeRole.CHAIR))
            .addActionItems(action("A-1", CHAIR, MEETING_DAY).build()).build();
        LocalDate day = LocalDate.of(2026, 4, 15);
        assertThat(Meeting.countOverdueActions(List.of(steeringCommittee(), other, evaluation), PROJECT, day))
            .isEqualTo(1);
        assertThat(Meeting.countOverdueActions(List.of(steeringCommittee(), other, evaluation), ProjectId.of("PRJ-2"),
            day)).isEqualTo(1);
        assertThat(Meeting.countOverdueActions(List.of(), PROJECT, day)).isZero();
    }

    @Test
    void completingAnActionRecordsTheDayAndEndsItsLifecycle() {
        Meeting m = steeringCommittee();
        ActionItem a1 = m.actionItem(ActionItemId.of("A-1")).orElseThrow();
        ActionItem done = a1.moveTo(ActionStatus.IN_PROGRESS).complete(LocalDate.of(2026, 4, 20));
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.closedDate()).contains(LocalDate.of(2026, 4, 20));
        assertThat(a1.status()).isEqualTo(ActionStatus.OPEN);
        Meeting updated = m.withActionItem(done);
        assertThat(updated.overdueActions(LocalDate.of(2026, 4, 21))).isEmpty();
        assertThatThrownBy(() -> done.moveTo(ActionStatus.IN_PROGRESS)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> done.complete(LocalDate.of(2026, 4, 22)))
            .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> a1.moveTo(ActionStatus.CANCELLED).moveTo(ActionStatus.OPEN))
            .isInstanceOf(IllegalTransitionException.class);
        ViolationAssertions.assertOnlyViolation(() -> a1.moveTo(ActionStatus.DONE), "closedDate",
            "OTP-ACTION-CLOSED", "action item A-1 is DONE without a closed date; record the day it was done");
    }

    @Test
    void anActionClosedBeforeTheMeetingOrForAnotherMeetingIsRejected() {
        Meeting m = steeringCommittee();
        ActionItem a1 = m.actionItem(ActionItemId.of("A-1")).orElseThrow();
        ViolationAssertions.assertOnlyViolation(() -> m.withActionItem(a1.complete(LocalDate.of(2026, 3, 9))),
            "actionItems[0].closedDate", "OTP-MEETING-ACTION-CLOSED",
            "action item A-1: closed date 2026-03-09 is before the meeting of 2026-03-10 that agreed it");
        ViolationAssertions.assertOnlyViolation(() -> m.withActionItem(action("A-9", CHAIR, MEETING_DAY).build()),
            "actionItems", "OTP-MEETING-ACTION", "meeting CD-2026-01 has no action item A-9");
    }

    @Test
    void aMeetingBreakingEveryRuleListsEveryProblem() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Meeting.builder()
            .id(MeetingId.of("CD-X"))
            .kind(MeetingKind.STEERING_COMMITTEE)
            .date(MEETING_DAY)
            .startTime(LocalTime.of(9, 30))
            .addAgenda("Estado", " ")
            .addAttendees(Attendee.of(CHAIR, AttendeeRole.MEMBER), Attendee.of(CHAIR, AttendeeRole.GUEST))
            .minutes("")
            .addDecisions(Decision.of(1, "Se aprueba"), Decision.of(3, " "))
            .addActionItems(
                action("A-1", SUPPLIER, MEETING_DAY.minusDays(1)).build(),
                action("A-1", CHAIR, MEETING_DAY).status(ActionStatus.DONE).closedDate(MEETING_DAY.minusDays(2))
                    .build())
            .build());
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]").containsExactly(
            "project [OTP-MEETING-SUBJECT]",
            "agenda[1] [OTP-MEETING-AGENDA]",
            "attendees[1].person [OTP-MEETING-ATTENDEE]",
            "attendees [OTP-MEETING-ROLES]",
            "attendees [OTP-MEETING-ROLES]",
            "minutes [OTP-MEETING-MINUTES]",
            "decisions[1].number [OTP-MEETING-DECISION]",
            "decisions[1].text [OTP-MEETING-DECISION]",
            "actionItems[0].owner [OTP-MEETING-ACTION-OWNER]",
            "actionItems[0].dueDate [OTP-MEETING-ACTION-DUE]",
            "actionItems[1].id [OTP-UNIQUE-ID]",
            "actionItems[1].closedDate [OTP-MEETING-ACTION-CLOSED]");
        assertThat(e.violations()).extracting(v -> v.message()).contains(
            "meeting CD-X: a steering committee needs a CHAIR among its attendees: a collegiate body is validly constituted only with its chair and its secretary (LRJSP art. 17.2)",
            "action item A-1: owner marta.ruiz neither attends the meeting nor is named among the other owners",
            "meeting CD-X: decision numbered 3, expected 2; decisions are numbered 1, 2, 3... in order");
        ViolationAssertions.assertMessagesInBothLanguages(e);
    }

    @Test
    void anActionBreakingEveryRuleListsEveryProblem() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
            ActionItem.builder().id(ActionItemId.of("A-1")).description(" ").owner(CHAIR).dueDate(MEETING_DAY)
                .riskReference("").closedDate(MEETING_DAY).build());
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]").containsExactly(
            "description [OTP-ACTION-DESCRIPTION]", "riskReference [OTP-ACTION-RISK]", "closedDate [OTP-ACTION-CLOSED]");
        ViolationAssertions.assertMessagesInBothLanguages(e);
    }

    @Test
    void ownersNamedExplicitlyNeedNotAttendAndEvaluationCommitteesNeedATender() {
        Meeting m = meeting("SEG-1", MeetingKind.FOLLOW_UP, PROJECT).addAttendees(Attendee.of(CHAIR, AttendeeRole.CHAIR))
            .addOtherOwners(SUPPLIER, SECRETARY).build();
        assertThat(m.actionItems()).hasSize(3);
        ViolationAssertions.assertOnlyViolation(() -> Meeting.builder().id(MeetingId.of("MC-2"))
                .kind(MeetingKind.EVALUATION_COMMITTEE).date(MEETING_DAY).startTime(LocalTime.NOON).build(),
            "tender", "OTP-MEETING-SUBJECT", "meeting MC-2: an evaluation committee must name the tender it evaluates");
    }

    @Test
    void meetingsAreFoundByProjectDateAndKindAndReadBackFromJson() {
        Meeting m = steeringCommittee();
        assertThat(m.queryValues()).containsEntry(Aggregate.PROJECT, "PRJ-1").containsEntry(Aggregate.DATE, "2026-03-10")
            .containsEntry(Meeting.KIND, "STEERING_COMMITTEE").doesNotContainKey(Aggregate.STATUS);
        OtpJson json = OtpJson.standard();
        assertThat(json.read(json.write(m), Meeting.class)).isEqualTo(m);
        qt().forAll(MeetingGenerators.meetings()).checkAssert(g -> {
            assertThat(json.read(json.write(g), Meeting.class)).isEqualTo(g);
            assertThat(g.queryValues().containsKey(Aggregate.PROJECT)).isEqualTo(g.project().isPresent());
            assertThat(g.queryValues()).containsEntry(Aggregate.DATE, g.date().toString());
        });
    }

    @Test
    void anActionDueOnOrAfterTheDayIsNeverOverdue() {
        qt().forAll(MeetingGenerators.actionItems(), integers().between(0, 1000))
            .check((a, days) -> !a.isOverdueOn(a.dueDate().minusDays(days)));
    }

    @Test
    void doneAndCancelledActionsAreNeverOverdue() {
        qt().forAll(MeetingGenerators.actionItems(), MeetingGenerators.days())
            .check((a, day) -> {
                ActionItem closed = a.status().isPending()
                    ? (day.getDayOfMonth() % 2 == 0 ? a.complete(a.dueDate()) : a.moveTo(ActionStatus.CANCELLED))
                    : a;
                return !closed.isOverdueOn(day) && !closed.isOverdueOn(LocalDate.MAX);
            });
    }

    @Test
    void overdueCountIsTheNumberOfPendingActionsDueBeforeTheDay() {
        qt().forAll(lists().of(MeetingGenerators.meetings()).ofSizeBetween(0, 8), MeetingGenerators.days())
            .check((meetings, day) -> MeetingGenerators.PROJECTS.stream().allMatch(p ->
                Meeting.countOverdueActions(meetings, p, day) == meetings.stream()
                    .filter(m -> m.project().equals(java.util.Optional.of(p)))
                    .flatMap(m -> m.actionItems().stream())
                    .filter(a -> (a.status() == ActionStatus.OPEN || a.status() == ActionStatus.IN_PROGRESS)
                        && a.dueDate().isBefore(day))
                    .count()));
    }
}
