package io.otp.core.funding;

import static io.otp.core.testing.FundingGenerators.cpv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.classification.NutsCode;
import io.otp.core.id.FundingCallId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.party.OrganisationKind;
import io.otp.core.testing.FundingGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundingCallTest {

    private static FundingCall call(String title, long min, long max, long rate, LocalDate closing) {
        return FundingCall.builder().id(FundingCallId.of("BDNS-1")).programme(FundingProgramme.FEDER)
            .title(title).addCpvCodes(cpv("72000000")).addRegions(NutsCode.of("ES61"))
            .totalBudget(Money.euros(1_000_000)).coFinancingRate(Percentage.of(rate))
            .minimumGrant(Money.euros(min)).maximumGrant(Money.euros(max))
            .openingDate(LocalDate.of(2026, 5, 1)).closingDate(closing).build();
    }

    private static FundingCall call() {
        return call("Ciudades inteligentes", 10_000, 200_000, 60, LocalDate.of(2026, 6, 30));
    }

    @Test
    void knowsWhichProgrammesAreEuFunded() {
        assertThat(FundingProgramme.FEDER.isEuFunded()).isTrue();
        assertThat(FundingProgramme.NEXT_GENERATION_EU_MRR.isEuFunded()).isTrue();
        assertThat(FundingProgramme.NATIONAL.isEuFunded()).isFalse();
        assertThat(FundingProgramme.REGIONAL.isEuFunded()).isFalse();
    }

    @Test
    void derivesItsStatusFromTheDates() {
        FundingCall c = call();
        assertThat(c.statusOn(LocalDate.of(2026, 4, 30))).isEqualTo(FundingCallStatus.FORECAST);
        assertThat(c.statusOn(LocalDate.of(2026, 5, 1))).isEqualTo(FundingCallStatus.OPEN);
        assertThat(c.statusOn(LocalDate.of(2026, 6, 30))).isEqualTo(FundingCallStatus.OPEN);
        assertThat(c.statusOn(LocalDate.of(2026, 7, 1))).isEqualTo(FundingCallStatus.CLOSED);
        assertThat(c.queryValues()).containsEntry(Aggregate.DATE, "2026-06-30");
        assertThat(c.admits(OrganisationKind.COMPANY)).isTrue();
        assertThat(c.covers(NutsCode.of("ES612"))).isTrue();
        assertThat(c.covers(NutsCode.of("ES51"))).isFalse();
    }

    @Test
    void rejectsClosingBeforeOpeningAndMinimumAboveMaximum() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> call("Ciudades inteligentes", 300_000,
            200_000, 60, LocalDate.of(2026, 4, 1)));

        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("closingDate", "OTP-FUNDING-DATES"),
            org.assertj.core.groups.Tuple.tuple("minimumGrant", "OTP-FUNDING-GRANT"));
        assertThat(e.violations()).extracting(Violation::message)
            .anyMatch(m -> m.contains("2026-04-01") && m.contains("2026-05-01"))
            .anyMatch(m -> m.contains("300000.00") && m.contains("200000.00"));
    }

    @Test
    void rejectsMaximumAboveBudgetAndABadRate() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> call(" ", 10_000, 2_000_000, 101,
            LocalDate.of(2026, 6, 30)));

        assertThat(e.violations()).extracting(Violation::path)
            .containsExactlyInAnyOrder("maximumGrant", "coFinancingRate", "title");
    }

    @Test
    void generatedCallsKeepTheirInvariants() {
        qt().forAll(FundingGenerators.calls()).checkAssert(c -> {
            assertThat(c.minimumGrant().compareTo(c.maximumGrant())).isNotPositive();
            assertThat(c.maximumGrant().compareTo(c.totalBudget())).isNotPositive();
            assertThat(c.openingDate()).isBefore(c.closingDate());
        });
    }
}
