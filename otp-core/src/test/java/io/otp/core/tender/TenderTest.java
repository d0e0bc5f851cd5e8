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
    void aTenderIsNotPrtrFundedUnlessSaidSoAndItsCommitteeDeclaresUnderLcsp64() {
        Tender t = Fixtures.tender(lot("L1", price("P", 100))).build();
        assertThat(t.prtrFunded()).isFalse();
        assertThat(t.conflictOfInterestRegime()).isEqualTo(ConflictOfInterestRegime.LCSP_64);
        assertThat(t.conflictOfInterestRegime().ruleId()).isEqualTo("LCSP-64");
        assertThat(t.conflictOfInterestRegime().source()).isEqualTo("LCSP art. 64");
    }

    @Test
    void aPrtrFundedTendersCommitteeSignsThePrtrDaci() {
        Tender t = Fixtures.tender(lot("L1", price("P", 100))).prtrFunded(true).build();
        assertThat(t.conflictOfInterestRegime()).isEqualTo(ConflictOfInterestRegime.PRTR_DACI);
        assertThat(t.conflictOfInterestRegime().ruleId()).isEqualTo("HFP-1030/2021-DACI");
        assertThat(t.conflictOfInterestRegime().source())
            .isEqualTo("Orden HFP/1030/2021 art. 6 and annex IV.A; Orden HFP/55/2023");
    }

    @Test
    void tenderJsonWithoutTheFundingFlagReadsAsNotPrtrFundedAndTheFlagRoundTrips() {
        io.otp.core.json.OtpJson json = io.otp.core.json.OtpJson.standard();
        Tender prtr = Fixtures.tender(lot("L1", price("P", 100))).prtrFunded(true).build();
        String text = json.write(prtr);
        assertThat(text).contains("\"prtrFunded\":true");
        assertThat(json.read(text, Tender.class)).isEqualTo(prtr);
        // the same tender as written before the flag existed
        String old = text.replace(",\"prtrFunded\":true", "").replace("\"prtrFunded\":true,", "");
        assertThat(old).doesNotContain("prtrFunded");
        Tender read = json.read(old, Tender.class);
        assertThat(read.prtrFunded()).isFalse();
        assertThat(read.conflictOfInterestRegime()).isEqualTo(ConflictOfInterestRegime.LCSP_64);
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
