package io.otp.core.funding;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.FundingApplicationId;
import io.otp.core.id.FundingCallId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FundingApplicationTest {

    // Worked example (figures of the example, not of a real call): grants of 50 000 to 500 000 EUR,
    // applications from 2026-01-15 to 2026-03-31.
    private static final FundingCall CALL = FundingCall.builder()
        .id(FundingCallId.of("BDNS-700001"))
        .programme(FundingProgramme.NEXT_GENERATION_EU_MRR)
        .title("Transformación digital de las entidades locales")
        .totalBudget(Money.euros(10_000_000))
        .coFinancingRate(Percentage.of(80))
        .minimumGrant(Money.euros(50_000))
        .maximumGrant(Money.euros(500_000))
        .openingDate(LocalDate.of(2026, 1, 15))
        .closingDate(LocalDate.of(2026, 3, 31))
        .build();

    private static final PersonId ANA = PersonId.of("P-ANA");

    private static FundingApplication draft(long euros) {
        return FundingApplication.builder().id(FundingApplicationId.of("SOL-1")).call(CALL.id())
            .project(ProjectId.of("P-42")).applicant(DepartmentId.of("D-TIC")).requestedAmount(Money.euros(euros))
            .createdOn(LocalDate.of(2026, 1, 10)).build();
    }

    private static FundingApplication underReview() {
        return draft(300_000).submit(CALL, LocalDate.of(2026, 2, 10), ANA)
            .startReview(LocalDate.of(2026, 4, 1), ANA);
    }

    private static Violation only(ThrowingCallable call, String path, String rule) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).as("expected a ValidationException").isNotNull();
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]")
            .containsExactly(path + " [" + rule + "]");
        assertMessagesInBothLanguages(e);
        return e.violations().get(0);
    }

    @Test
    void goesFromDraftToJustifiedRecordingEachStep() {
        FundingApplication a = underReview().grant(Money.euros(250_000), CALL, LocalDate.of(2026, 5, 4), ANA)
            .justify(LocalDate.of(2027, 6, 30), ANA);

        assertThat(a.status()).isEqualTo(FundingApplicationStatus.JUSTIFIED);
        assertThat(a.grantedAmount()).contains(Money.euros(250_000));
        assertThat(a.history()).extracting(FundingApplicationEvent::action)
            .containsExactly("SUBMITTED", "UNDER_REVIEW", "GRANTED", "JUSTIFIED");
        assertThat(a.domainEvents()).isEqualTo(a.history());
        assertThat(a.dateOf(FundingApplicationStatus.DRAFT)).contains(LocalDate.of(2026, 1, 10));
        assertThat(a.dateOf(FundingApplicationStatus.GRANTED)).contains(LocalDate.of(2026, 5, 4));
        assertThat(a.dateOf(FundingApplicationStatus.REJECTED)).isEmpty();
        assertThat(a.history().get(2).details()).containsEntry("amount", Money.euros(250_000).toString())
            .containsEntry("from", "UNDER_REVIEW");
        assertThat(a.queryValues()).containsEntry(Aggregate.STATUS, "JUSTIFIED")
            .containsEntry(Aggregate.PROJECT, "P-42").containsEntry(Aggregate.DEPARTMENT, "D-TIC")
            .containsEntry(Aggregate.DATE, "2027-06-30");
    }

    @Test
    void recordsAPartialReimbursement() {
        FundingApplication a = underReview().grant(Money.euros(250_000), CALL, LocalDate.of(2026, 5, 4), ANA)
            .reimburse(Money.euros(10_000), LocalDate.of(2027, 7, 1), ANA);

        assertThat(a.status()).isEqualTo(FundingApplicationStatus.REIMBURSEMENT);
        assertThat(a.reimbursedAmount()).contains(Money.euros(10_000));
        assertThat(a.grantedAmount()).contains(Money.euros(250_000));
    }

    @Test
    void rejectsAReimbursementAboveTheGrant() {
        FundingApplication granted = underReview().grant(Money.euros(250_000), CALL, LocalDate.of(2026, 5, 4), ANA);

        only(() -> granted.reimburse(Money.euros(250_001), LocalDate.of(2027, 7, 1), ANA), "reimbursedAmount",
            FundingApplication.GRANT);
    }

    @Test
    void withdrawsFromDraftSubmittedAndUnderReview() {
        LocalDate day = LocalDate.of(2026, 4, 2);
        assertThat(draft(300_000).withdraw("sin crédito", day, ANA).status())
            .isEqualTo(FundingApplicationStatus.WITHDRAWN);
        assertThat(draft(300_000).submit(CALL, LocalDate.of(2026, 2, 10), ANA).withdraw("sin crédito", day, ANA)
            .status()).isEqualTo(FundingApplicationStatus.WITHDRAWN);
        FundingApplication w = underReview().withdraw("sin crédito", day, ANA);
        assertThat(w.status()).isEqualTo(FundingApplicationStatus.WITHDRAWN);
        assertThat(w.history().get(2).reason()).contains("sin crédito");
    }

    @Test
    void rejectsAnApplicationUnderReview() {
        FundingApplication r = underReview().reject("puntuación 38 por debajo del umbral 50", LocalDate.of(2026, 5, 4),
            ANA);
        assertThat(r.status()).isEqualTo(FundingApplicationStatus.REJECTED);
        assertThat(r.status().isFinal()).isTrue();
    }

    @Test
    void refusesIllegalTransitions() {
        LocalDate day = LocalDate.of(2026, 5, 4);
        FundingApplication granted = underReview().grant(Money.euros(250_000), CALL, day, ANA);
        FundingApplication rejected = underReview().reject("fuera de plazo", day, ANA);
        List<ThrowingCallable> illegal = List.of(
            () -> draft(300_000).startReview(day, ANA),
            () -> draft(300_000).grant(Money.euros(1000), CALL, day, ANA),
            () -> draft(300_000).justify(day, ANA),
            () -> draft(300_000).submit(CALL, LocalDate.of(2026, 2, 10), ANA).submit(CALL, day, ANA),
            () -> granted.withdraw("tarde", day, ANA),
            () -> granted.grant(Money.euros(1000), CALL, day, ANA),
            () -> rejected.startReview(day, ANA),
            () -> granted.justify(day, ANA).reimburse(Money.euros(1), day, ANA));
        for (ThrowingCallable call : illegal) {
            IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class, call);
            assertThat(e).isNotNull();
            assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("OTP-LIFECYCLE"));
        }
    }

    @Test
    void refusesToSubmitBeforeTheCallOpens() {
        Violation v = only(() -> draft(300_000).submit(CALL, LocalDate.of(2026, 1, 14), ANA), "day",
            FundingApplication.WINDOW);
        assertThat(v.message()).contains("2026-01-14").contains("2026-01-15").contains("2026-03-31");
    }

    @Test
    void refusesToSubmitAfterTheCallCloses() {
        only(() -> draft(300_000).submit(CALL, LocalDate.of(2026, 4, 1), ANA), "day", FundingApplication.WINDOW);
    }

    @Test
    void submitsOnTheFirstAndLastDayOfTheCall() {
        assertThat(draft(300_000).submit(CALL, LocalDate.of(2026, 1, 15), ANA).status())
            .isEqualTo(FundingApplicationStatus.SUBMITTED);
        assertThat(draft(300_000).submit(CALL, LocalDate.of(2026, 3, 31), ANA).dateOf(FundingApplicationStatus.SUBMITTED))
            .contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void refusesARequestBelowTheMinimumGrant() {
        only(() -> draft(49_999).submit(CALL, LocalDate.of(2026, 2, 10), ANA), "requestedAmount",
            FundingApplication.AMOUNT);
    }

    @Test
    void refusesARequestAboveTheMaximumGrant() {
        Violation v = only(() -> draft(500_001).submit(CALL, LocalDate.of(2026, 2, 10), ANA), "requestedAmount",
            FundingApplication.AMOUNT);
        assertThat(v.arguments()).containsEntry("max", Money.euros(500_000).toString());
    }

    @Test
    void refusesToSubmitToAnotherCall() {
        FundingCall renamed = ((ImmutableFundingCall) ImmutableFundingCall.copyOf(CALL))
            .withId(FundingCallId.of("BDNS-9"));
        only(() -> draft(300_000).submit(renamed, LocalDate.of(2026, 2, 10), ANA), "call", FundingApplication.CALL);
    }

    @Test
    void refusesAGrantAboveTheRequest() {
        only(() -> underReview().grant(Money.euros(300_001), CALL, LocalDate.of(2026, 5, 4), ANA), "grantedAmount",
            FundingApplication.GRANT);
    }

    @Test
    void grantsExactlyTheRequest() {
        assertThat(underReview().grant(Money.euros(300_000), CALL, LocalDate.of(2026, 5, 4), ANA).grantedAmount())
            .contains(Money.euros(300_000));
    }

    @Test
    void refusesAGrantAboveTheCallsMaximumWhenTheRequestWasAbove() {
        // A request can only exceed the maximum if it was built outside submit(); the grant still checks.
        FundingApplication big = ((ImmutableFundingApplication) ImmutableFundingApplication.copyOf(underReview()))
            .withRequestedAmount(Money.euros(600_000));
        only(() -> big.grant(Money.euros(550_000), CALL, LocalDate.of(2026, 5, 4), ANA), "grantedAmount",
            FundingApplication.GRANT);
    }

    @Test
    void refusesAStepDatedBeforeThePreviousOne() {
        only(() -> underReview().reject("tarde", LocalDate.of(2026, 3, 1), ANA), "history[2].day",
            FundingApplication.HISTORY);
    }

    @Test
    void refusesABlankReason() {
        only(() -> underReview().reject(" ", LocalDate.of(2026, 5, 4), ANA), "history", FundingApplication.HISTORY);
    }

    @Test
    void refusesAGrantedStatusWithoutAmountOrHistoryWhenBuilt() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> ((ImmutableFundingApplication) ImmutableFundingApplication.copyOf(draft(300_000)))
                .withStatus(FundingApplicationStatus.GRANTED));
        assertThat(e.violations()).extracting(v -> v.path() + " [" + v.ruleId() + "]").containsExactly(
            "grantedAmount [" + FundingApplication.GRANT + "]", "status [" + FundingApplication.HISTORY + "]");
        assertMessagesInBothLanguages(e);
    }
}
