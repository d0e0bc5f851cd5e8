package io.otp.core.execution;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.ContractId;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.LotId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.json.OtpJson;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.testing.ExecutionGenerators;
import io.otp.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A contract's payment plan, certification of its deliverables and payment due dates (LCSP arts. 198,
 * 210), with worked examples computed by hand.
 */
class ContractTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static final DeliverableId ANALYSIS = DeliverableId.of("D-1");
    private static final DeliverableId SYSTEM = DeliverableId.of("D-2");
    private static final MilestoneId ADVANCE = MilestoneId.of("M-1");
    private static final MilestoneId FINAL = MilestoneId.of("M-2");
    private static final MilestoneId KICK_OFF = MilestoneId.of("M-3");
    private static final PersonId RESPONSIBLE = PersonId.of("P-7");

    private static Milestone.Builder payment(MilestoneId id, LocalDate baseline, DeliverableId... deliverables) {
        return Milestone.builder().id(id).title("Pago " + id).type(MilestoneType.PAYMENT).baselineDate(baseline)
            .addDeliverables(deliverables);
    }

    private static Contract.Builder contract() {
        return contract(Money.euros("100000.00"));
    }

    private static Contract.Builder contract(Money amount) {
        return Contract.builder().id(ContractId.of("2026/CON-0042")).tender(TenderId.of("2026/EXP-0042"))
            .lot(LotId.of("L1")).awardedBid(BidId.of("B-3")).supplier(OrganisationId.of("B12345678"))
            .amount(amount).vatRate(Percentage.of(21))
            .period(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    private static Deliverable deliverable(DeliverableId id, boolean checked) {
        return Deliverable.builder().id(id).title("Entregable " + id)
            .addChecklist(ChecklistItem.of("Cumple el pliego de prescripciones técnicas", true))
            .addChecklist(ChecklistItem.of("Manual de usuario en castellano", checked)).build();
    }

    /** 30 % on the analysis, 70 % on the system; a kick-off meeting besides. */
    private static Contract thirtySeventy(boolean systemChecked) {
        return contract()
            .addMilestones(payment(ADVANCE, LocalDate.of(2026, 3, 31), ANALYSIS).paymentPercentage(Percentage.of(30))
                .build())
            .addMilestones(payment(FINAL, LocalDate.of(2026, 11, 30), SYSTEM).paymentPercentage(Percentage.of(70))
                .build())
            .addMilestones(Milestone.builder().id(KICK_OFF).title("Reunión de lanzamiento")
                .type(MilestoneType.ENGAGEMENT).baselineDate(LocalDate.of(2026, 1, 15)).build())
            .addDeliverables(deliverable(ANALYSIS, true), deliverable(SYSTEM, systemChecked))
            .build();
    }

    private static AcceptanceRecord accepted(LocalDate date, String amount, DeliverableId... covered) {
        return AcceptanceRecord.builder().outcome(AcceptanceOutcome.ACCEPTED).addDeliverables(covered)
            .signer(RESPONSIBLE).date(date).certifiedAmount(Money.euros(amount)).build();
    }

    @Test
    void paymentPlanIsThePaymentMilestonesAndTheirAmountsAddUpToThePrice() {
        Contract c = thirtySeventy(true);
        // 30 % of 100,000.00 = 30,000.00; the last takes the rest: 100,000.00 - 30,000.00 = 70,000.00.
        assertThat(c.paymentPlan()).extracting(Milestone::id).containsExactly(ADVANCE, FINAL);
        assertThat(c.paymentAmounts()).containsExactly(Map.entry(ADVANCE, Money.euros("30000.00")),
            Map.entry(FINAL, Money.euros("70000.00")));
        // VAT: 21 % of 100,000.00 = 21,000.00.
        assertThat(c.amountWithVat()).isEqualTo(Money.euros("121000.00"));
    }

    @Test
    void thirdsOfAPriceGiveTheLastMilestoneTheRoundingRest() {
        // 33.33 + 33.33 + 33.34 = 100 %. Of 1,000.01: 33.33 % = 333.303333 -> 333.30 (twice), the
        // last pays 1,000.01 - 666.60 = 333.41 instead of 33.34 % = 333.4033 -> 333.40.
        Contract c = contract(Money.euros("1000.01"))
            .addMilestones(payment(MilestoneId.of("A"), LocalDate.of(2026, 2, 1)).paymentPercentage(Percentage.of("33.33"))
                .build())
            .addMilestones(payment(MilestoneId.of("B"), LocalDate.of(2026, 3, 1)).paymentPercentage(Percentage.of("33.33"))
                .build())
            .addMilestones(payment(MilestoneId.of("C"), LocalDate.of(2026, 4, 1)).paymentPercentage(Percentage.of("33.34"))
                .build())
            .build();
        assertThat(c.paymentAmounts().values()).containsExactly(Money.euros("333.30"), Money.euros("333.30"),
            Money.euros("333.41"));
    }

    @Test
    void rejectsPaymentPercentagesNotAddingUpTo100() {
        // 30 + 60 = 90 %.
        assertOnlyViolation(() -> contract()
                .addMilestones(payment(ADVANCE, LocalDate.of(2026, 3, 31)).paymentPercentage(Percentage.of(30)).build())
                .addMilestones(payment(FINAL, LocalDate.of(2026, 11, 30)).paymentPercentage(Percentage.of(60)).build())
                .build(),
            "milestones", "OTP-PAYMENT-PLAN",
            "contract 2026/CON-0042: payment milestones' percentages add up to 90.00%, expected 100.00%");
    }

    @Test
    void rejectsPaymentAmountsNotAddingUpToThePrice() {
        // 40,000.00 + 59,999.99 = 99,999.99, one cent short.
        assertOnlyViolation(() -> contract()
                .addMilestones(payment(ADVANCE, LocalDate.of(2026, 3, 31)).paymentAmount(Money.euros("40000.00")).build())
                .addMilestones(payment(FINAL, LocalDate.of(2026, 11, 30)).paymentAmount(Money.euros("59999.99")).build())
                .build(),
            "milestones", "OTP-PAYMENT-PLAN", "contract 2026/CON-0042: payment milestones' amounts add up to "
                + "99999.99 EUR, expected the contract amount 100000.00 EUR");
    }

    @Test
    void rejectsAPlanMixingPercentagesAndAmountsAndAContractWithoutPaymentPlan() {
        assertOnlyViolation(() -> contract()
                .addMilestones(payment(ADVANCE, LocalDate.of(2026, 3, 31)).paymentPercentage(Percentage.of(30)).build())
                .addMilestones(payment(FINAL, LocalDate.of(2026, 11, 30)).paymentAmount(Money.euros("70000.00")).build())
                .build(),
            "milestones", "OTP-PAYMENT-PLAN", "contract 2026/CON-0042: 1 payment milestones give a percentage and 1 "
                + "an amount; the payment plan must use one or the other");
        assertOnlyViolation(() -> contract().build(), "milestones", "OTP-PAYMENT-PLAN",
            "contract 2026/CON-0042 has no payment milestone; the payment plan must pay 100 % of the price "
                + "(LCSP art. 198)");
    }

    @Test
    void reportsEveryProblemOfAContractAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> contract(Money.euros("0.00"))
            .addMilestones(payment(ADVANCE, LocalDate.of(2026, 3, 31), SYSTEM).paymentPercentage(Percentage.of(100))
                .build())
            .addMilestones(Milestone.builder().id(ADVANCE).title("Otro").type(MilestoneType.REPORTING)
                .baselineDate(LocalDate.of(2026, 6, 30)).build())
            .build());
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]").containsExactly(
            "amount [OTP-CONTRACT-AMOUNT]", "milestones[0].deliverables [OTP-CONTRACT-DELIVERABLE]",
            "milestones[1].id [OTP-UNIQUE-ID]");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void paymentPercentagesAddingUpTo100AreAcceptedWhateverTheirSplit() {
        qt().forAll(ExecutionGenerators.paymentShares()).checkAssert(shares -> {
            Contract.Builder b = contract();
            for (int i = 0; i < shares.size(); i++) {
                b.addMilestones(payment(MilestoneId.of("M-" + i), LocalDate.of(2026, 2, 1).plusDays(i))
                    .paymentPercentage(shares.get(i)).build());
            }
            Contract c = b.build();
            assertThat(c.paymentAmounts().values().stream().reduce(Money.euros(0), Money::plus))
                .isEqualTo(c.amount());
            assertThat(c.paymentAmounts().values()).allMatch(Money::isPositive);
        });
    }

    @Test
    void generatedContractsKeepTheirPaymentPlanInvariant() {
        qt().forAll(ExecutionGenerators.contracts()).checkAssert(c -> {
            List<Milestone> plan = c.paymentPlan();
            assertThat(plan).isNotEmpty();
            boolean byPercentage = plan.get(0).paymentPercentage().isPresent();
            if (byPercentage) {
                assertThat(plan.stream().map(m -> m.paymentPercentage().orElseThrow())
                    .reduce(Percentage.ZERO, Percentage::plus)).isEqualByComparingTo(Percentage.HUNDRED);
            } else {
                assertThat(plan.stream().map(m -> m.paymentAmount().orElseThrow())
                    .reduce(Money.euros(0), Money::plus)).isEqualTo(c.amount());
            }
            assertThat(c.paymentAmounts().values().stream().reduce(Money.euros(0), Money::plus)).isEqualTo(c.amount());
        });
    }

    @Test
    void breakingOnePercentageOfAValidPlanIsAlwaysRejected() {
        Percentage cent = Percentage.of("0.01");
        qt().forAll(ExecutionGenerators.paymentShares()).checkAssert(shares -> {
            Contract.Builder b = contract();
            for (int i = 0; i < shares.size(); i++) {
                // One hundredth off the first share: less when it can lose one, more otherwise.
                Percentage first = shares.get(0);
                Percentage p = i > 0 ? shares.get(i) : first.isGreaterThan(cent) ? first.minus(cent) : first.plus(cent);
                b.addMilestones(payment(MilestoneId.of("M-" + i), LocalDate.of(2026, 2, 1)).paymentPercentage(p).build());
            }
            ValidationException e = catchThrowableOfType(ValidationException.class, b::build);
            assertThat(e.violations()).extracting(Violation::ruleId).contains("OTP-PAYMENT-PLAN");
        });
    }

    // ------------------------------------------------------------------ certification

    @Test
    void anAcceptanceMeetsAPaymentMilestoneAndThePaymentFallsDue30DaysAfterIt() {
        LocalDate approved = LocalDate.of(2026, 4, 10);
        Contract certified = thirtySeventy(true).certify(ADVANCE, accepted(approved, "30000.00", ANALYSIS));
        Milestone m = certified.milestone(ADVANCE).orElseThrow();
        assertThat(m.status()).isEqualTo(MilestoneStatus.MET);
        assertThat(m.actualDate()).contains(approved);
        // LCSP art. 198.4: 10 April 2026 + 30 days = 10 May 2026.
        assertThat(m.certification().orElseThrow().paymentDueDate()).contains(LocalDate.of(2026, 5, 10));
        assertThat(thirtySeventy(true).milestone(ADVANCE).orElseThrow().status()).isEqualTo(MilestoneStatus.SCHEDULED);
    }

    @Test
    void aConditionalAcceptancePartiallyMeetsThePaymentMilestoneAndALaterAcceptanceMeetsIt() {
        // The system's user manual is not checked: only a conditional acceptance with the defect documented.
        Contract c = thirtySeventy(false);
        AcceptanceRecord conditional = AcceptanceRecord.builder().outcome(AcceptanceOutcome.CONDITIONALLY_ACCEPTED)
            .addDeliverables(SYSTEM).signer(RESPONSIBLE).date(LocalDate.of(2026, 12, 1))
            .certifiedAmount(Money.euros("60000.00")).addDefects("Manual de usuario sin traducir")
            .fixDate(LocalDate.of(2026, 12, 15)).build();
        Contract partial = c.certify(FINAL, conditional);
        assertThat(partial.milestone(FINAL).orElseThrow().status()).isEqualTo(MilestoneStatus.PARTIALLY_MET);
        // The certified 60,000.00 is due on 1 December + 30 days = 31 December 2026 (LCSP art. 198.4).
        assertThat(conditional.paymentDueDate()).contains(LocalDate.of(2026, 12, 31));

        Contract fixed = partial.withDeliverable(partial.deliverable(SYSTEM).orElseThrow().withItemChecked(1))
            .certify(FINAL, accepted(LocalDate.of(2026, 12, 14), "70000.00", SYSTEM));
        assertThat(fixed.milestone(FINAL).orElseThrow().status()).isEqualTo(MilestoneStatus.MET);
        assertThat(fixed.milestone(FINAL).orElseThrow().certification().orElseThrow().paymentDueDate())
            .contains(LocalDate.of(2027, 1, 13));
    }

    @Test
    void anAcceptanceWithUncheckedItemsIsRefusedNamingThem() {
        assertOnlyViolation(() -> thirtySeventy(false).certify(FINAL, accepted(LocalDate.of(2026, 12, 1), "70000.00",
                SYSTEM)),
            "deliverables[1].checklist", "LCSP-210", "deliverable D-2 cannot be accepted without reservations while "
                + "checklist items are unchecked: Manual de usuario en castellano; check them or accept it "
                + "conditionally with these defects (LCSP art. 210)");
    }

    @Test
    void aPaymentMilestoneCannotBeMetWithoutAnAcceptance() {
        Milestone advance = thirtySeventy(true).milestone(ADVANCE).orElseThrow();
        assertOnlyViolation(() -> advance.meet(LocalDate.of(2026, 4, 1)), "status", "LCSP-210",
            "payment milestone M-1 cannot be MET without a certification of its deliverables; certify them with an "
                + "acceptance (LCSP arts. 198 and 210)");
        assertOnlyViolation(() -> advance.moveTo(MilestoneStatus.PARTIALLY_MET), "status", "LCSP-210",
            "payment milestone M-1 cannot be PARTIALLY_MET without a certification of its deliverables; certify them "
                + "with an acceptance (LCSP arts. 198 and 210)");
        assertOnlyViolation(() -> advance.moveTo(MilestoneStatus.MET), "status", "OTP-MILESTONE-MET",
            "milestone M-1: a milestone is met through meet(date) or, with a certification, meetWith(record), not by "
                + "a plain status change");
    }

    @Test
    void aRejectionMeetsNothing() {
        AcceptanceRecord rejected = AcceptanceRecord.builder().outcome(AcceptanceOutcome.REJECTED)
            .addDeliverables(ANALYSIS).signer(RESPONSIBLE).date(LocalDate.of(2026, 4, 2))
            .certifiedAmount(Money.euros("0.00")).addReasons("El análisis no cubre la integración con el registro")
            .build();
        assertThat(rejected.paymentDueDate()).isEmpty();
        assertOnlyViolation(() -> thirtySeventy(true).certify(ADVANCE, rejected), "milestones[0].certification",
            "LCSP-210", "milestone M-1: the certification of 2026-04-02 is a rejection, which meets nothing "
                + "(LCSP art. 210)");
    }

    @Test
    void aCertificationMustCoverTheMilestonesDeliverablesAndNotExceedItsPayment() {
        assertOnlyViolation(() -> thirtySeventy(true).certify(ADVANCE, accepted(LocalDate.of(2026, 4, 1), "30000.00")),
            "milestones[0].certification.deliverables", "OTP-MILESTONE-CERTIFICATION",
            "milestone M-1: the certification does not cover deliverables D-1");
        assertOnlyViolation(() -> thirtySeventy(true).certify(ADVANCE, accepted(LocalDate.of(2026, 4, 1), "30000.01",
                ANALYSIS)),
            "milestones[0].certification.certifiedAmount", "OTP-ACCEPTANCE-AMOUNT",
            "contract 2026/CON-0042: milestone M-1 certifies 30000.01 EUR, more than the 30000.00 EUR it pays");
        assertOnlyViolation(() -> thirtySeventy(true).certify(MilestoneId.of("M-9"),
                accepted(LocalDate.of(2026, 4, 1), "1.00", ANALYSIS)),
            "milestones", "OTP-CONTRACT-MILESTONE", "contract 2026/CON-0042 has no milestone M-9");
    }

    @Test
    void aMetMilestoneCannotBeCertifiedAgain() {
        Contract once = thirtySeventy(true).certify(ADVANCE, accepted(LocalDate.of(2026, 4, 1), "30000.00", ANALYSIS));
        assertThatThrownBy(() -> once.certify(ADVANCE, accepted(LocalDate.of(2026, 4, 2), "1.00", ANALYSIS)))
            .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void otherMilestonesAreMetOnADate() {
        Contract c = thirtySeventy(true);
        Milestone kickOff = c.milestone(KICK_OFF).orElseThrow().meet(LocalDate.of(2026, 1, 20));
        assertThat(kickOff.status()).isEqualTo(MilestoneStatus.MET);
        assertThat(kickOff.actualDate()).contains(LocalDate.of(2026, 1, 20));
        assertThat(kickOff.certification()).isEmpty();
        Contract held = c.meet(KICK_OFF, LocalDate.of(2026, 1, 20));
        assertThat(held.milestone(KICK_OFF)).contains(kickOff);
        assertThat(held.milestone(FINAL)).isEqualTo(c.milestone(FINAL));
        assertThatThrownBy(() -> held.meet(KICK_OFF, LocalDate.of(2026, 1, 21)))
            .isInstanceOf(IllegalTransitionException.class);
        ValidationException payment = catchThrowableOfType(ValidationException.class,
            () -> c.meet(ADVANCE, LocalDate.of(2026, 3, 31)));
        assertThat(payment.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("LCSP-210");
            assertThat(v.path()).startsWith("milestones[0]");
        });
    }

    @Test
    void forecastsAreRevisedInReportOrder() {
        Contract c = thirtySeventy(true).reviseForecast(FINAL, LocalDate.of(2026, 5, 31), LocalDate.of(2026, 12, 10))
            .reviseForecast(FINAL, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 20));
        assertThat(c.milestone(FINAL).orElseThrow().currentForecast()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(c.milestone(ADVANCE).orElseThrow().currentForecast()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertOnlyViolation(() -> c.reviseForecast(FINAL, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31)),
            "milestones[1].forecasts[2].reportDate", "OTP-MILESTONE-FORECAST-ORDER",
            "milestone M-2: forecast reported on 2026-06-30 is not after the previous report of 2026-06-30; the "
                + "forecast history must be in increasing order of report date");
    }

    @Test
    void aContractRoundTripsThroughJsonAfterCertification() {
        Contract c = thirtySeventy(true).certify(ADVANCE, accepted(LocalDate.of(2026, 4, 10), "30000.00", ANALYSIS))
            .reviseForecast(FINAL, LocalDate.of(2026, 5, 31), LocalDate.of(2026, 12, 10));
        String text = JSON.write(c);
        assertThat(JSON.read(text, Contract.class)).isEqualTo(c);
        assertThat(JSON.write(JSON.read(text, Contract.class))).isEqualTo(text);
        assertThat(text).contains("\"type\":\"PAYMENT\"", "\"status\":\"MET\"", "\"paymentPercentage\":30.00");
    }

    @Test
    void generatedContractsRoundTripThroughJson() {
        qt().withExamples(200).forAll(ExecutionGenerators.contracts()).checkAssert(c -> {
            String text = JSON.write(c);
            assertThat(JSON.read(text, Contract.class)).isEqualTo(c);
            assertThat(JSON.write(JSON.read(text, Contract.class))).isEqualTo(text);
        });
    }
}
