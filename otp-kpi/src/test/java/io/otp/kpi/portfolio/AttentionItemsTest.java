package io.otp.kpi.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.Meeting;
import io.otp.core.risk.Risk;
import io.otp.core.risk.RiskLevel;
import io.otp.core.testing.MeetingGenerators;
import io.otp.core.testing.RiskGenerators;
import io.otp.kpi.indicator.StatusLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttentionItemsTest {

    @Test
    void topRisksBecomeRisksWithTheirLevelOnTheRagScale() {
        qt().withExamples(100).forAll(RiskGenerators.registers(), integers().between(0, 6), integers().between(0, 800))
            .checkAssert((register, n, days) -> {
                LocalDate date = LocalDate.of(2026, 1, 1).plusDays(days);
                List<Risk> top = register.topRisks(n, date);
                List<AttentionItem> items = AttentionItems.risks(register, date, n);
                assertThat(items).extracting(AttentionItem::reference).containsExactlyElementsOf(
                    top.stream().map(Risk::reference).toList());
                for (int i = 0; i < items.size(); i++) {
                    RiskLevel level = top.get(i).level();
                    StatusLevel expected = level == RiskLevel.LOW ? StatusLevel.GREEN
                        : level == RiskLevel.MEDIUM ? StatusLevel.AMBER : StatusLevel.RED;
                    assertThat(items.get(i).severity()).isEqualTo(expected);
                    assertThat(items.get(i).kind()).isEqualTo(AttentionKind.RISK);
                }
            });
    }

    @Test
    void pendingActionsOfTheProjectsMeetingsAreRedExactlyWhenOverdue() {
        qt().withExamples(100).forAll(lists().of(MeetingGenerators.meetings()).ofSizeBetween(0, 4),
                integers().between(0, 800))
            .checkAssert((meetings, days) -> {
                LocalDate date = LocalDate.of(2026, 1, 1).plusDays(days);
                for (Meeting m : meetings) {
                    if (m.project().isEmpty()) {
                        continue;
                    }
                    List<AttentionItem> items = AttentionItems.actions(meetings, m.project().get(), date);
                    long pending = meetings.stream().filter(x -> x.project().equals(m.project()))
                        .map(Meeting::id).distinct()
                        .map(id -> meetings.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow())
                        .flatMap(x -> x.actionItems().stream()).filter(a -> a.status().isPending()).count();
                    assertThat(items).hasSize((int) pending);
                    assertThat(items).extracting(AttentionItem::reference).doesNotHaveDuplicates();
                    for (AttentionItem item : items) {
                        String[] ref = item.reference().split("/", 2);
                        Meeting owner = meetings.stream().filter(x -> x.id().value().equals(ref[0])).findFirst().orElseThrow();
                        ActionItem action = owner.actionItems().stream().filter(a -> a.id().value().equals(ref[1]))
                            .findFirst().orElseThrow();
                        assertThat(item.severity()).isEqualTo(action.isOverdueOn(date) ? StatusLevel.RED : StatusLevel.GREEN);
                        assertThat(item.due()).contains(action.dueDate());
                    }
                }
            });
    }
}
