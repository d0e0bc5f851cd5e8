package io.otp.kpi.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.execution.AcceptanceOutcome;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.ChecklistItem;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Deliverable;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneType;
import io.otp.core.id.BidId;
import io.otp.core.id.ContractId;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.LotId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.testing.ExecutionGenerators;
import io.otp.core.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractProgressTest {

    static final MilestoneId M1 = MilestoneId.of("M-1");
    static final MilestoneId M2 = MilestoneId.of("M-2");
    static final DeliverableId D1 = DeliverableId.of("D-1");
    static final DeliverableId D2 = DeliverableId.of("D-2");

    static Contract contract() {
        return Contract.builder().id(ContractId.of("2026/CON-0042")).tender(TenderId.of("2026/EXP-0042"))
            .lot(LotId.of("L1")).awardedBid(BidId.of("B-3")).supplier(OrganisationId.of("B12345678"))
            .amount(Money.euros("100000.00")).vatRate(Percentage.of(21))
            .period(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .addMilestones(Milestone.builder().id(M1).title("Análisis").type(MilestoneType.PAYMENT)
                .baselineDate(LocalDate.of(2026, 3, 31)).addDeliverables(D1).paymentPercentage(Percentage.of(30)).build())
            .addMilestones(Milestone.builder().id(M2).title("Sistema").type(MilestoneType.PAYMENT)
                .baselineDate(LocalDate.of(2026, 11, 30)).addDeliverables(D2).paymentPercentage(Percentage.of(70)).build())
            .addDeliverables(Deliverable.builder().id(D1).title("Análisis funcional")
                .addChecklist(ChecklistItem.of("Cumple el pliego", true)).build())
            .addDeliverables(Deliverable.builder().id(D2).title("Sistema")
                .addChecklist(ChecklistItem.of("Cumple el pliego", true)).build())
            .build();
    }

    static AcceptanceRecord accepted(LocalDate date, String amount, DeliverableId d) {
        return AcceptanceRecord.builder().outcome(AcceptanceOutcome.ACCEPTED).addDeliverables(d)
            .signer(PersonId.of("P-7")).date(date).certifiedAmount(Money.euros(amount)).build();
    }

    @Test
    void earnsWhatTheMilestonesMetByTheStatusDatePay() {
        // 30 % of 100,000.00 = 30,000.00 met on 2026-04-10; at 2026-06-30, EV = 100,000.00 × 30,000 / 100,000
        // = 30,000.00 and PV = 30,000.00 (only M-1's baseline, 2026-03-31, has passed).
        Contract c = contract().certify(M1, accepted(LocalDate.of(2026, 4, 10), "30000.00", D1));
        WorkProgress p = ContractProgress.of(c, LocalDate.of(2026, 6, 30));
        assertThat(StandardEarningRule.WEIGHTED_MILESTONES.earn(p).earnedValue()).isEqualTo(Money.euros("30000.00"));
        assertThat(p.plannedValue()).contains(Money.euros("30000.00"));
        // before the acceptance nothing is earned, although M-1 was planned
        WorkProgress before = ContractProgress.of(c, LocalDate.of(2026, 4, 9));
        assertThat(StandardEarningRule.WEIGHTED_MILESTONES.earn(before).earnedValue()).isEqualTo(Money.euros("0.00"));
    }

    @Test
    void aConditionalAcceptanceEarnsNothingUntilTheMilestoneIsMet() {
        AcceptanceRecord conditional = AcceptanceRecord.builder().outcome(AcceptanceOutcome.CONDITIONALLY_ACCEPTED)
            .addDeliverables(D1).signer(PersonId.of("P-7")).date(LocalDate.of(2026, 4, 10))
            .certifiedAmount(Money.euros("20000.00")).addDefects("Faltan los casos de uso de tramitación")
            .fixDate(LocalDate.of(2026, 5, 10)).build();
        Contract c = contract().certify(M1, conditional);
        WorkProgress p = ContractProgress.of(c, LocalDate.of(2026, 6, 30));
        assertThat(StandardEarningRule.WEIGHTED_MILESTONES.earn(p).earnedValue()).isEqualTo(Money.euros("0.00"));
    }

    @Test
    void earnedValueLiesBetweenZeroAndTheContractAmount() {
        qt().withExamples(100).forAll(ExecutionGenerators.contracts()).checkAssert(c -> {
            WorkProgress p = ContractProgress.of(c, c.period().end());
            if (!p.milestones().isEmpty()) {
                Money ev = StandardEarningRule.WEIGHTED_MILESTONES.earn(p).earnedValue();
                assertThat(ev.isNegative()).isFalse();
                assertThat(ev.isGreaterThan(c.amount())).isFalse();
            }
            assertThat(p.plannedValue().orElseThrow().isGreaterThan(c.amount())).isFalse();
        });
    }
}
