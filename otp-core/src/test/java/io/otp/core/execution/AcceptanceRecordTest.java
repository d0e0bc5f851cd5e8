package io.otp.core.execution;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.testing.ExecutionGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Acceptance records, milestones and deliverables on their own: structure, lifecycle, JSON. */
class AcceptanceRecordTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static AcceptanceRecord.Builder conditional(LocalDate date, LocalDate fix) {
        return AcceptanceRecord.builder().outcome(AcceptanceOutcome.CONDITIONALLY_ACCEPTED)
            .addDeliverables(DeliverableId.of("D-1")).signer(PersonId.of("P-1")).date(date)
            .certifiedAmount(Money.euros("1200.00")).addDefects("Faltan las pruebas de carga").fixDate(fix);
    }

    @Test
    void rejectsAFixDateBeforeTheAcceptanceDate() {
        assertOnlyViolation(() -> conditional(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 9)).build(),
            "fixDate", "OTP-ACCEPTANCE-FIX-DATE", "fix date 2026-06-09 must be after the acceptance date 2026-06-10");
        assertOnlyViolation(() -> conditional(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 10)).build(),
            "fixDate", "OTP-ACCEPTANCE-FIX-DATE", "fix date 2026-06-10 must be after the acceptance date 2026-06-10");
    }

    @Test
    void aConditionalAcceptanceNeedsDefectsAndAFixDate() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> AcceptanceRecord.builder()
            .outcome(AcceptanceOutcome.CONDITIONALLY_ACCEPTED).signer(PersonId.of("P-1"))
            .date(LocalDate.of(2026, 6, 10)).certifiedAmount(Money.euros("1.00")).addReasons(" ").build());
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]").containsExactly(
            "defects [OTP-ACCEPTANCE-DEFECTS]", "reasons [OTP-ACCEPTANCE-REASONS]",
            "reasons[0] [OTP-ACCEPTANCE-REASONS]", "fixDate [OTP-ACCEPTANCE-FIX-DATE]");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void aRejectionGivesReasonsAndCertifiesNothing() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> AcceptanceRecord.builder()
            .outcome(AcceptanceOutcome.REJECTED).signer(PersonId.of("P-1")).date(LocalDate.of(2026, 6, 10))
            .certifiedAmount(Money.euros("5.00")).build());
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]").containsExactly(
            "certifiedAmount [OTP-ACCEPTANCE-AMOUNT]", "reasons [OTP-ACCEPTANCE-REASONS]");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void paymentFallsDueThirtyDaysAfterApprovalAcrossMonthAndYearEnds() {
        // LCSP art. 198.4: 30 calendar days. 2026-01-31 + 30 = 2026-03-02 (February 2026 has 28 days);
        // 2027-12-15 + 30 = 2028-01-14; 2028-02-01 + 30 = 2028-03-02 (leap year).
        assertThat(conditional(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)).build().paymentDueDate())
            .contains(LocalDate.of(2026, 3, 2));
        assertThat(conditional(LocalDate.of(2027, 12, 15), LocalDate.of(2028, 1, 10)).build().paymentDueDate())
            .contains(LocalDate.of(2028, 1, 14));
        assertThat(conditional(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 10)).build().paymentDueDate())
            .contains(LocalDate.of(2028, 3, 2));
    }

    @Test
    void paymentDueDateIsAlwaysThirtyDaysAfterAnApprovedCertificationOfSomething() {
        qt().forAll(ExecutionGenerators.acceptanceRecords()).checkAssert(r -> {
            boolean payable = r.outcome() != AcceptanceOutcome.REJECTED && r.certifiedAmount().isPositive();
            assertThat(r.paymentDueDate().isPresent()).isEqualTo(payable);
            r.paymentDueDate().ifPresent(due -> assertThat(r.date().plusDays(AcceptanceRecord.PAYMENT_TERM_DAYS))
                .isEqualTo(due));
        });
    }

    @Test
    void milestonesRejectAForecastHistoryOutOfOrder() {
        assertOnlyViolation(() -> Milestone.builder().id(MilestoneId.of("M-1")).title("Piloto")
                .type(MilestoneType.DELIVERY).baselineDate(LocalDate.of(2026, 6, 30))
                .addForecasts(ForecastRevision.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 7, 15)))
                .addForecasts(ForecastRevision.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 7, 1)))
                .build(),
            "forecasts[1].reportDate", "OTP-MILESTONE-FORECAST-ORDER", "milestone M-1: forecast reported on "
                + "2026-02-28 is not after the previous report of 2026-03-31; the forecast history must be in "
                + "increasing order of report date");
    }

    @Test
    void onlyPaymentMilestonesCarryAShareOfThePrice() {
        assertOnlyViolation(() -> Milestone.builder().id(MilestoneId.of("M-1")).title("Informe")
                .type(MilestoneType.REPORTING).baselineDate(LocalDate.of(2026, 6, 30))
                .paymentPercentage(Percentage.of(10)).build(),
            "paymentPercentage", "OTP-MILESTONE-PAYMENT",
            "milestone M-1 is of type REPORTING; only a payment milestone carries a percentage or an amount");
        assertOnlyViolation(() -> Milestone.builder().id(MilestoneId.of("M-2")).title("Pago")
                .type(MilestoneType.PAYMENT).baselineDate(LocalDate.of(2026, 6, 30))
                .paymentPercentage(Percentage.of("100.01")).build(),
            "paymentPercentage", "OTP-MILESTONE-PAYMENT",
            "payment milestone M-2: percentage 100.01% must be greater than 0% and at most 100%");
    }

    @Test
    void ocdsCodesMapBothWays() {
        assertThat(MilestoneType.PRE_PROCUREMENT.code()).isEqualTo("preProcurement");
        assertThat(MilestoneStatus.PARTIALLY_MET.code()).isEqualTo("partiallyMet");
        for (MilestoneType t : MilestoneType.values()) {
            assertThat(MilestoneType.fromCode(t.code())).isSameAs(t);
        }
        for (MilestoneStatus s : MilestoneStatus.values()) {
            assertThat(MilestoneStatus.fromCode(s.code())).isSameAs(s);
        }
        assertOnlyViolation(() -> MilestoneType.fromCode("Payment"), "type", "OCDS-MILESTONE-TYPE",
            "\"Payment\" is not an OCDS milestone type; allowed: preProcurement, approval, engagement, assessment, "
                + "delivery, reporting, financing, payment");
    }

    @Test
    void aMetMilestoneIsFinal() {
        assertThat(MilestoneStatus.MET.isFinal()).isTrue();
        assertThat(MilestoneStatus.NOT_MET.canMoveTo(MilestoneStatus.MET)).isTrue();
        assertThat(MilestoneStatus.SCHEDULED.successors()).doesNotContain(MilestoneStatus.SCHEDULED);
    }

    @Test
    void checklistItemsAreCheckedOneByOne() {
        Deliverable d = Deliverable.builder().id(DeliverableId.of("D-1")).title("Manual")
            .addChecklist(ChecklistItem.of("Índice", false), ChecklistItem.of("Glosario", false)).build();
        assertThat(d.fullyChecked()).isFalse();
        Deliverable one = d.withItemChecked(0);
        assertThat(one.uncheckedItems()).extracting(ChecklistItem::description).containsExactly("Glosario");
        assertThat(one.withItemChecked(1).fullyChecked()).isTrue();
        assertThat(d.fullyChecked()).isFalse();
        assertOnlyViolation(() -> d.withItemChecked(2), "checklist[2]", "OTP-CHECKLIST-ITEM",
            "deliverable D-1 has no checklist item 2; its checklist has 2 items, numbered from 0");
    }

    @Test
    void partsOfAContractRoundTripThroughJson() {
        qt().forAll(ExecutionGenerators.milestones(), ExecutionGenerators.acceptanceRecords())
            .checkAssert((m, r) -> {
                assertThat(JSON.read(JSON.write(m), Milestone.class)).isEqualTo(m);
                assertThat(JSON.write(JSON.read(JSON.write(m), Milestone.class))).isEqualTo(JSON.write(m));
                assertThat(JSON.read(JSON.write(r), AcceptanceRecord.class)).isEqualTo(r);
            });
        qt().forAll(ExecutionGenerators.deliverables()).checkAssert(d ->
            assertThat(JSON.read(JSON.write(d), Deliverable.class)).isEqualTo(d));
    }
}
