package io.otp.report.project;

import static io.otp.report.project.ProjectFormat.DASH;

import io.otp.core.execution.AcceptanceOutcome;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.ChecklistItem;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Deliverable;
import io.otp.core.execution.Milestone;
import io.otp.core.id.DeliverableId;
import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.ActionStatus;
import io.otp.core.risk.Risk;
import io.otp.core.risk.RiskLevel;
import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import io.otp.report.internal.html.HtmlTable;
import io.otp.report.internal.html.HtmlTable.Cell;
import io.otp.report.internal.html.HtmlWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sections of the follow-up report's page that list what the contract's execution keeps on record:
 * the deliverables and acceptance records (LCSP art. 210), the action items open at the status date and
 * the top risks of the risk register.
 */
final class ProjectRegisters {

    private final ProjectReport report;
    private final ReportLanguage language;
    private final Contract contract;
    private final List<OpenAction> actions;
    private final List<Risk> topRisks;
    private final int riskCount;

    ProjectRegisters(ProjectReport report) {
        this.report = report;
        this.language = report.language();
        this.contract = report.contract();
        this.actions = report.openActions();
        this.topRisks = report.topRisks();
        this.riskCount = report.riskCount();
    }

    private LocalDate statusDate() {
        return report.statusDate();
    }

    void deliverables(HtmlWriter w) {
        w.startSection("deliverables", language.text("project.deliverables"));
        Map<DeliverableId, AcceptanceRecord> latest = new LinkedHashMap<>();
        List<Milestone> certified = new ArrayList<>();
        for (Milestone m : contract.milestones()) {
            if (m.certification().isPresent() && !m.certification().get().date().isAfter(statusDate())) {
                certified.add(m);
                AcceptanceRecord r = m.certification().get();
                for (DeliverableId d : r.deliverables()) {
                    AcceptanceRecord before = latest.get(d);
                    if (before == null || !before.date().isAfter(r.date())) {
                        latest.put(d, r);
                    }
                }
            }
        }
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.deliverables.caption"))
            .rowHeader(language.text("project.deliverable")).column(language.text("project.deliverable.title"))
            .numericColumn(language.text("project.deliverable.checklist"))
            .column(language.text("project.deliverable.accepted"));
        for (Deliverable d : contract.deliverables()) {
            long checked = d.checklist().stream().filter(ChecklistItem::checked).count();
            AcceptanceRecord r = latest.get(d.id());
            Cell acceptance = r == null ? Cell.badge(StatusTone.GREY, language.text("project.deliverable.notReviewed"))
                : outcomeBadge(r.outcome());
            t.cells(d.id().value(), Cell.text(d.title()),
                Cell.text(language.number(checked) + " / " + language.number(d.checklist().size())), acceptance);
        }
        w.table(t.build());
        if (certified.isEmpty()) {
            w.paragraph(language.text("project.acceptance.none"));
        } else {
            HtmlTable.Builder a = HtmlTable.builder(language.text("project.acceptances.caption"))
                .rowHeader(language.text("project.milestone")).column(language.text("project.acceptance.outcome"))
                .numericColumn(language.text("project.acceptance.date"))
                .column(language.text("project.acceptance.deliverables"))
                .numericColumn(language.text("project.acceptance.certified"))
                .numericColumn(language.text("project.acceptance.paymentDue"))
                .column(language.text("project.acceptance.defects"));
            for (Milestone m : certified) {
                AcceptanceRecord r = m.certification().get();
                a.cells(m.id().value(), outcomeBadge(r.outcome()), Cell.text(language.date(r.date())),
                    Cell.text(r.deliverables().stream().map(DeliverableId::value).collect(Collectors.joining(", "))),
                    Cell.text(language.money(r.certifiedAmount())),
                    Cell.text(r.paymentDueDate().map(language::date).orElse(DASH)),
                    Cell.text(r.defects().isEmpty() ? DASH : String.join("; ", r.defects())));
            }
            w.table(a.build());
        }
        w.endSection();
    }


    private Cell outcomeBadge(AcceptanceOutcome outcome) {
        StatusTone tone = outcome == AcceptanceOutcome.ACCEPTED ? StatusTone.GREEN
            : outcome == AcceptanceOutcome.REJECTED ? StatusTone.RED : StatusTone.AMBER;
        return Cell.badge(tone, language.text("acceptance.outcome." + outcome.name().toLowerCase(Locale.ROOT)));
    }


    void actionSection(HtmlWriter w) {
        w.startSection("actions", language.text("project.actions"));
        if (actions.isEmpty()) {
            w.paragraph(language.text("project.action.none")).endSection();
            return;
        }
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.actions.caption"))
            .rowHeader(language.text("project.action")).column(language.text("project.action.description"))
            .column(language.text("project.action.owner")).numericColumn(language.text("project.action.due"))
            .column(language.text("project.action.state")).column(language.text("project.action.meeting"));
        for (OpenAction a : actions) {
            ActionItem i = a.item();
            Cell state = a.overdue() ? Cell.badge(StatusTone.RED, language.text("project.action.overdue"))
                : i.status() == ActionStatus.IN_PROGRESS ? Cell.badge(StatusTone.GREEN, language.text("project.action.inProgress"))
                : Cell.badge(StatusTone.GREY, language.text("project.action.open"));
            t.cells(i.id().value(), Cell.text(i.description()), Cell.text(i.owner().value()),
                Cell.text(language.date(i.dueDate())), state,
                Cell.text(a.meeting().id().value() + " (" + language.date(a.meeting().date()) + ")"));
        }
        w.table(t.build()).endSection();
    }


    void riskSection(HtmlWriter w) {
        w.startSection("risks", language.text("project.risks"));
        if (topRisks.isEmpty()) {
            w.paragraph(language.text("project.risk.none")).endSection();
            return;
        }
        HtmlTable.Builder t = HtmlTable.builder(language.text("project.risks.caption", Map.of("risks", riskCount)))
            .rowHeader(language.text("project.risk")).column(language.text("project.risk.title"))
            .column(language.text("project.risk.probability")).column(language.text("project.risk.impact"))
            .numericColumn(language.text("project.risk.score")).column(language.text("project.risk.level"))
            .column(language.text("project.risk.owner")).column(language.text("project.risk.response"));
        for (Risk r : topRisks) {
            String response = r.response().map(s -> language.text("risk.response." + s.name().toLowerCase(Locale.ROOT))
                + r.responseActions().map(x -> ": " + x).orElse("")).orElse(DASH);
            t.cells(r.reference(), Cell.text(r.title()),
                Cell.text(language.text("risk.rating." + r.probability().name().toLowerCase(Locale.ROOT))),
                Cell.text(language.text("risk.rating." + r.impact().name().toLowerCase(Locale.ROOT))),
                Cell.text(language.number(r.score())),
                Cell.badge(riskTone(r.level()), language.text("risk.level." + r.level().name().toLowerCase(Locale.ROOT))),
                Cell.text(r.owner().value()), Cell.text(response));
        }
        w.table(t.build()).endSection();
    }


    static StatusTone riskTone(RiskLevel level) {
        switch (level) {
            case LOW:
                return StatusTone.GREEN;
            case MEDIUM:
                return StatusTone.AMBER;
            default:
                return StatusTone.RED;
        }
    }

}
