package io.otp.core.tender;

import static io.otp.core.tender.Fixtures.judged;
import static io.otp.core.tender.Fixtures.lot;
import static io.otp.core.tender.Fixtures.price;
import static io.otp.core.tender.LotTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenderTest {

    @Test
    void budgetsAreTheSumOfTheLots() {
        Tender t = Fixtures.tender(lot("L1", price("P", 60), judged("J", 40)),
            lot("L2", price("P", 100))).build();
        assertThat(t.baseBudget()).isEqualTo(Money.euros("200000.00"));
        assertThat(t.baseBudgetWithVat()).isEqualTo(Money.euros("242000.00"));
        assertThat(t.isDividedIntoLots()).isTrue();
        assertThat(t.lot(io.otp.core.id.LotId.of("L2"))).isPresent();
        assertThat(t.status()).isEqualTo(TenderStatus.DRAFT);
    }

    @Test
    void lotIdsMustBeUnique() {
        ValidationException e = catchValidation(() -> Fixtures.tender(lot("L1", price("P", 100)),
            lot("L1", price("P", 100))).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("lots[1].id");
    }

    @Test
    void aTenderNeedsLotsAndCpvCodes() {
        ValidationException e = catchValidation(() -> Tender.builder()
            .id(io.otp.core.id.TenderId.of("T")).title("T")
            .contractingAuthority(io.otp.core.id.OrganisationId.of("O"))
            .contractType(ContractType.SUPPLIES).procedure(ProcedureType.OPEN)
            .estimatedValue(Money.euros(1)).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("lots", "cpvCodes");
    }

    // The lifecycle written out independently of TenderStatus.successors().
    private static final Map<TenderStatus, Set<TenderStatus>> LEGAL = Map.of(
        TenderStatus.DRAFT, EnumSet.of(TenderStatus.PUBLISHED, TenderStatus.CANCELLED),
        TenderStatus.PUBLISHED, EnumSet.of(TenderStatus.SUBMISSION_CLOSED, TenderStatus.CANCELLED),
        TenderStatus.SUBMISSION_CLOSED, EnumSet.of(TenderStatus.UNDER_EVALUATION, TenderStatus.VOID,
            TenderStatus.CANCELLED),
        TenderStatus.UNDER_EVALUATION, EnumSet.of(TenderStatus.AWARD_PROPOSED, TenderStatus.VOID,
            TenderStatus.CANCELLED),
        TenderStatus.AWARD_PROPOSED, EnumSet.of(TenderStatus.AWARDED, TenderStatus.UNDER_EVALUATION,
            TenderStatus.VOID, TenderStatus.CANCELLED),
        TenderStatus.AWARDED, EnumSet.noneOf(TenderStatus.class),
        TenderStatus.VOID, EnumSet.noneOf(TenderStatus.class),
        TenderStatus.CANCELLED, EnumSet.noneOf(TenderStatus.class));

    @Test
    void everyMoveIsAllowedExactlyWhenTheLifecycleSaysSo() {
        Tender draft = Fixtures.tender(lot("L1", price("P", 100))).build();
        qt().forAll(arbitrary().enumValues(TenderStatus.class), arbitrary().enumValues(TenderStatus.class))
            .checkAssert((from, to) -> {
                Tender start = ((ImmutableTender) ImmutableTender.copyOf(draft)).withStatus(from);
                if (LEGAL.get(from).contains(to)) {
                    assertThat(start.moveTo(to).status()).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> start.moveTo(to))
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessageContaining(from.name()).hasMessageContaining(to.name());
                }
                assertThat(start.status()).isEqualTo(from);
            });
    }

    @Test
    void keyDatesMustBeInOrder() {
        Instant deadline = Instant.parse("2026-03-02T13:00:00Z");
        ValidationException e = catchValidation(() -> KeyDates.builder()
            .publication(LocalDate.parse("2026-02-01")).submissionDeadline(deadline)
            .valueJudgmentOpening(Instant.parse("2026-03-05T10:00:00Z"))
            .formulaOpening(Instant.parse("2026-03-04T10:00:00Z")).build());
        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("formulaOpening", "OTP-DATES-ORDER"));
        ValidationException early = catchValidation(() -> KeyDates.builder()
            .publication(LocalDate.parse("2026-03-03")).submissionDeadline(deadline).build());
        assertThat(early.violations()).extracting(Violation::path).containsExactly("submissionDeadline");
    }
}
