package io.otp.core.funding;

import static io.otp.core.testing.FundingGenerators.cpv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.Violation;
import io.otp.core.classification.NutsCode;
import io.otp.core.id.FundingCallId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.party.OrganisationKind;
import io.otp.core.testing.FundingGenerators;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallMatcherTest {

    // Worked example (figures of the example, not of a real call): an MRR call for public bodies
    // in the Comunidad de Madrid (ES3), IT services (CPV division 72), 80 % co-financing,
    // grants of 50 000 to 500 000 EUR, open from 2026-01-15 to 2026-03-31.
    private static final FundingCall CALL = FundingCall.builder()
        .id(FundingCallId.of("BDNS-700001"))
        .programme(FundingProgramme.NEXT_GENERATION_EU_MRR)
        .title("Transformación digital de las entidades locales")
        .addEligibleBeneficiaries(OrganisationKind.PUBLIC_BODY)
        .addCpvCodes(cpv("72000000"))
        .addRegions(NutsCode.of("ES3"))
        .totalBudget(Money.euros(10_000_000))
        .coFinancingRate(Percentage.of(80))
        .minimumGrant(Money.euros(50_000))
        .maximumGrant(Money.euros(500_000))
        .openingDate(LocalDate.of(2026, 1, 15))
        .closingDate(LocalDate.of(2026, 3, 31))
        .build();

    private static FundingProfile profile(OrganisationKind kind, String cpvDigits, String region, long euros,
        LocalDate date) {
        return FundingProfile.builder().beneficiaryKind(kind).addCpvCodes(cpv(cpvDigits)).region(NutsCode.of(region))
            .requestedAmount(Money.euros(euros)).date(date).build();
    }

    private static FundingProfile profile() {
        return profile(OrganisationKind.PUBLIC_BODY, "72260000", "ES300", 300_000, LocalDate.of(2026, 2, 10));
    }

    @Test
    void scoresAnEligibleProjectWithReasons() {
        FundingMatch match = CallMatcher.match(profile(), CALL);

        assertThat(match.isEligible()).isTrue();
        // sector 40 (72260000 under 72000000) + region 20 + co-financing 80 % of 30 = 24 + time 10 (49 days)
        assertThat(match.score()).isEqualTo(94);
        assertThat(match.reasons()).hasSize(4).anyMatch(s -> s.contains("closes in 49 days"));
    }

    @Test
    void namesEveryFailedFilter() {
        FundingMatch match = CallMatcher.match(profile(OrganisationKind.COMPANY, "72260000", "ES51", 600_000,
            LocalDate.of(2026, 4, 1)), CALL);

        assertThat(match.isEligible()).isFalse();
        assertThat(match.score()).isZero();
        assertThat(match.failedFilters()).extracting(Violation::path).containsExactly("date", "beneficiaryKind",
            "region", "requestedAmount");
        assertThat(match.failedFilters()).extracting(Violation::message).anyMatch(m -> m.contains("closed on 2026-03-31"))
            .anyMatch(m -> m.contains("region ES51 not eligible"))
            .anyMatch(m -> m.contains("above the maximum grant"));
    }

    @Test
    void rejectsAProjectOutsideTheCallsSectorsAndBeforeOpening() {
        FundingMatch match = CallMatcher.match(profile(OrganisationKind.PUBLIC_BODY, "30200000", "ES300", 300_000,
            LocalDate.of(2026, 1, 14)), CALL);

        assertThat(match.failedFilters()).extracting(Violation::ruleId)
            .containsExactly("OTP-FUNDING-MATCH-DATE", "OTP-FUNDING-MATCH-SECTOR");
        assertThat(match.failedFilters().get(0).message()).contains("opens on 2026-01-15");
    }

    @Test
    void acceptsADivisionMatchWithALowerScore() {
        FundingMatch match = CallMatcher.match(profile(OrganisationKind.PUBLIC_BODY, "72212000", "ES300", 300_000,
            LocalDate.of(2026, 2, 10)),
            ((ImmutableFundingCall) ImmutableFundingCall.copyOf(CALL)).withCpvCodes(cpv("72260000")));

        assertThat(match.isEligible()).isTrue();
        assertThat(match.score()).isEqualTo(74);
    }

    @Test
    void neverReturnsACallWhoseHardFiltersFail() {
        qt().forAll(FundingGenerators.profiles(), FundingGenerators.callLists()).checkAssert((p, calls) -> {
            List<FundingMatch> all = CallMatcher.matchAll(p, calls);
            assertThat(all).hasSameSizeAs(calls);
            for (FundingMatch m : CallMatcher.eligible(p, calls)) {
                FundingCall c = m.call();
                assertThat(c.statusOn(p.date())).isEqualTo(FundingCallStatus.OPEN);
                assertThat(c.eligibleBeneficiaries().isEmpty() || c.eligibleBeneficiaries().contains(p.beneficiaryKind()))
                    .isTrue();
                assertThat(c.regions().isEmpty() || c.regions().stream().anyMatch(p.region()::isWithin)).isTrue();
                assertThat(c.cpvCodes().isEmpty() || p.cpvCodes().stream().anyMatch(mine -> c.cpvCodes().stream()
                    .anyMatch(f -> f.division().equals(mine.division())))).isTrue();
                assertThat(p.requestedAmount().compareTo(c.minimumGrant())).isNotNegative();
                assertThat(p.requestedAmount().compareTo(c.maximumGrant())).isNotPositive();
                assertThat(m.score()).isBetween(0, 100);
            }
            all.stream().filter(m -> !m.isEligible()).forEach(m -> assertThat(m.failedFilters()).isNotEmpty());
        });
    }
}
