package io.otp.kpi.portfolio;

import io.otp.core.id.MeetingId;
import io.otp.core.id.ProjectId;
import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.Meeting;
import io.otp.core.risk.Risk;
import io.otp.core.risk.RiskRegister;
import io.otp.kpi.indicator.StatusLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a project's risk register and the action items of its follow-up meetings into the attention
 * items a {@link ProjectEntry} shows on the dashboard, on the 3-level RAG scale.
 *
 * <ul>
 *   <li>Risks: the register's top open risks at the date ({@link RiskRegister#topRisks(int, LocalDate)}),
 *       low → green, medium → amber, high and critical → red (the SDK's default mapping of the PM²
 *       levels).</li>
 *   <li>Actions: the pending actions (open or in progress) of the project's meetings, red when overdue
 *       at the date, green otherwise; the reference is the meeting's id and the action's id joined by
 *       {@code /}, unique across meetings.</li>
 * </ul>
 */
public final class AttentionItems {

    private AttentionItems() {
    }

    /**
     * The top open risks of a register as attention items.
     *
     * @param register the register; not null
     * @param date the status date; not null
     * @param n the most risks, 0 or more
     * @return the items, highest score first; not null
     */
    public static List<AttentionItem> risks(RiskRegister register, LocalDate date, int n) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(date, "date");
        List<AttentionItem> out = new ArrayList<>();
        for (Risk r : register.topRisks(n, date)) {
            out.add(AttentionItem.risk(r.reference(), r.title(), severity(r)));
        }
        return out;
    }

    /**
     * The pending actions of a project's meetings as attention items.
     *
     * @param meetings the meetings, of any project; a meeting given more than once (same id) counts once;
     *     not null
     * @param project the project whose actions are wanted; not null
     * @param date the status date; not null
     * @return the items sorted by due date and reference; not null
     */
    public static List<AttentionItem> actions(Iterable<? extends Meeting> meetings, ProjectId project, LocalDate date) {
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(date, "date");
        List<AttentionItem> out = new ArrayList<>();
        Set<MeetingId> seen = new HashSet<>();
        for (Meeting m : meetings) {
            // a meeting given twice (same id) is the same minutes: its actions count once
            if (!m.project().map(project::equals).orElse(false) || !seen.add(m.id())) {
                continue;
            }
            for (ActionItem a : m.actionItems()) {
                if (a.status().isPending()) {
                    out.add(AttentionItem.action(m.id().value() + "/" + a.id().value(), a.description(),
                        a.isOverdueOn(date) ? StatusLevel.RED : StatusLevel.GREEN, a.dueDate()));
                }
            }
        }
        out.sort(Comparator.comparing((AttentionItem i) -> i.due().orElseThrow()).thenComparing(AttentionItem::reference));
        return out;
    }

    private static StatusLevel severity(Risk r) {
        switch (r.level()) {
            case LOW:
                return StatusLevel.GREEN;
            case MEDIUM:
                return StatusLevel.AMBER;
            default:
                return StatusLevel.RED;
        }
    }
}
