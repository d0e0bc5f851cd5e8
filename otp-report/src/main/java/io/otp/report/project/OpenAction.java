package io.otp.report.project;

import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.ActionStatus;
import io.otp.core.meeting.Meeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An action item open at the status date, the meeting that lists it, and whether it is overdue. */
record OpenAction(Meeting meeting, ActionItem item, boolean overdue) {

    /**
     * The action items open at a date: listed by a meeting held on or before it, and pending then (open
     * or in progress now, or closed after the date), by due date, then id.
     */
    static List<OpenAction> at(List<Meeting> meetings, LocalDate date) {
        List<OpenAction> out = new ArrayList<>();
        for (Meeting m : meetings) {
            if (m.date().isAfter(date)) {
                continue;
            }
            for (ActionItem i : m.actionItems()) {
                boolean closedAfter = i.closedDate().map(c -> c.isAfter(date)).orElse(false);
                boolean open = i.status().isPending() || (i.status() == ActionStatus.DONE && closedAfter);
                if (open) {
                    out.add(new OpenAction(m, i, i.dueDate().isBefore(date)));
                }
            }
        }
        out.sort(Comparator.comparing((OpenAction a) -> a.item().dueDate()).thenComparing(a -> a.item().id().value())
            .thenComparing(a -> a.meeting().id().value()));
        return List.copyOf(out);
    }
}
