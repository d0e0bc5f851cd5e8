package io.otp.core.agreement;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.AgreementId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.json.OtpJson;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import io.otp.core.party.Dir3Code;
import io.otp.core.testing.AgreementGenerators;
import io.otp.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static final Dir3Code MADRID_CITY = Dir3Code.of("L01280796");

    private static final Dir3Code MADRID_REGION = Dir3Code.of("A13002908");

    private static final Dir3Code OTHER = Dir3Code.of("E04921301");

    private static AgreementParty party(Dir3Code code, String name, String euros) {
        return AgreementParty.builder().code(code).name(name).contribution(Money.euros(euros)).build();
    }

    private static CommissionMember member(String person, Dir3Code represents) {
        return CommissionMember.builder().person(PersonId.of(person)).represents(represents).build();
    }

    /**
     * Worked example: the city and the region of Madrid share an electronic registry project for
     * 100,000.00 euros, 60,000.00 + 40,000.00, for exactly four years (LRJSP art. 49.h).
     */
    private static Agreement.Builder example() {
        return example(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31)));
    }

    private static Agreement.Builder example(DateRange term) {
        return Agreement.builder().id(AgreementId.of("CONV-2026-01"))
            .object("Registro electrónico común")
            .addParties(party(MADRID_CITY, "Ayuntamiento de Madrid", "60000.00"))
            .addParties(party(MADRID_REGION, "Comunidad de Madrid", "40000.00"))
            .term(term)
            .total(Money.euros("100000.00"))
            .addCommission(member("ana", MADRID_CITY), member("luis", MADRID_REGION))
            .addProjects(ProjectId.of("P-REG"))
            .addReusedSolutions(ReusedSolution.builder().name("GEISER")
                .reference("https://administracionelectronica.gob.es/ctt/geiser").build());
    }

    private static Agreement withParties(Agreement a, List<AgreementParty> parties) {
        return Agreement.builder().id(a.id()).object(a.object()).addAllParties(parties).term(a.term())
            .extendedUntil(a.extendedUntil()).total(a.total()).addAllCommission(a.commission())
            .addAllProjects(a.projects()).addAllReusedSolutions(a.reusedSolutions()).status(a.status()).build();
    }

    @Test
    void workedExampleBuildsForExactlyFourYearsAndExtendsByFourMore() {
        Agreement a = example().extendedUntil(LocalDate.of(2033, 12, 31)).build();
        assertThat(a.lastDay()).isEqualTo(LocalDate.of(2033, 12, 31));
        assertThat(a.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(a.party(MADRID_REGION).orElseThrow().contribution()).isEqualTo(Money.euros("40000.00"));
        assertThat(a.party(OTHER)).isEmpty();
        assertThat(a.queryValues()).containsExactly(
            Map.entry(Aggregate.DATE, "2026-01-01"), Map.entry(Aggregate.STATUS, "DRAFT"));
        assertOnlyViolation(() -> example().extendedUntil(LocalDate.of(2034, 1, 1)).build(), "extendedUntil",
            "LRJSP-49.h", "agreement CONV-2026-01: extended until 2034-01-01, after 2033-12-31; an extension adds "
                + "at most four years (LRJSP art. 49.h)");
        assertOnlyViolation(() -> example(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1)))
                .build(), "term", "LRJSP-49.h", "agreement CONV-2026-01: term 2026-01-01/2030-01-01 ends after "
                + "2029-12-31; a term lasts at most four years (LRJSP art. 49.h)");
    }

    @Test
    void lifecycleGoesFromDraftThroughSignedAndInForceToExpired() {
        Agreement a = example().build();
        Agreement inForce = a.moveTo(AgreementStatus.SIGNED).moveTo(AgreementStatus.IN_FORCE);
        assertThat(inForce.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(inForce.queryValues()).containsEntry(Aggregate.STATUS, "IN_FORCE");
        assertThat(inForce.moveTo(AgreementStatus.EXPIRED).status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(a.moveTo(AgreementStatus.SIGNED).moveTo(AgreementStatus.TERMINATED).status())
            .isEqualTo(AgreementStatus.TERMINATED);
        assertThatThrownBy(() -> a.moveTo(AgreementStatus.IN_FORCE)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> inForce.moveTo(AgreementStatus.EXPIRED).moveTo(AgreementStatus.IN_FORCE))
            .isInstanceOf(IllegalTransitionException.class);
        assertThat(a.status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void aSinglePartyIsNotAnAgreement() {
        assertOnlyViolation(() -> Agreement.builder().id(AgreementId.of("C-1")).object("solo")
                .addParties(party(MADRID_CITY, "Ayuntamiento de Madrid", "10.00"))
                .term(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .total(Money.euros("10.00")).addCommission(member("ana", MADRID_CITY)).build(),
            "parties", "OTP-AGREEMENT-PARTIES",
            "agreement C-1: number of parties 1; an agreement between administrations needs at least 2");
    }

    @Test
    void badInputListsEveryProblem() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Agreement.builder()
            .id(AgreementId.of("C-BAD")).object(" ")
            .addParties(party(MADRID_CITY, "Ayuntamiento de Madrid", "60000.00"))
            .addParties(party(MADRID_CITY, "Ayuntamiento de Madrid otra vez", "30000.00"))
            .addParties(party(MADRID_REGION, "", "-5.00"))
            .term(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2031, 1, 1)))
            .extendedUntil(LocalDate.of(2030, 6, 1))
            .total(Money.euros("100000.00"))
            .addCommission(member("ana", MADRID_CITY), member("ana", OTHER))
            .addReusedSolutions(ReusedSolution.builder().name("Cl@ve").reference("").build())
            .build());
        assertThat(e).isNotNull();
        List<String> found = e.violations().stream().map(v -> v.path() + " " + v.ruleId())
            .collect(Collectors.toList());
        assertThat(found).containsExactlyInAnyOrder(
            "object OTP-AGREEMENT-TEXT",
            "parties[1].code OTP-AGREEMENT-PARTIES",
            "parties[2].name OTP-AGREEMENT-TEXT",
            "parties[2].contribution OTP-AGREEMENT-CONTRIBUTIONS",
            "term LRJSP-49.h",
            "extendedUntil LRJSP-49.h",
            "commission[1].person LRJSP-49.f",
            "commission[1].represents LRJSP-49.f",
            "commission LRJSP-49.f",
            "reusedSolutions[0].reference OTP-AGREEMENT-TEXT");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void contributionsAlwaysAddUpExactlyToTheTotal() {
        qt().forAll(AgreementGenerators.agreements()).checkAssert(a -> assertThat(a.parties().stream()
            .map(AgreementParty::contribution).reduce(Money.euros(0), Money::plus)).isEqualTo(a.total()));
    }

    @Test
    void aContributionOffByAnyAmountIsRejectedNamingSumAndTotal() {
        qt().forAll(AgreementGenerators.agreements(), integers().between(1, 100_000)).checkAssert((a, cents) -> {
            List<AgreementParty> parties = new ArrayList<>(a.parties());
            AgreementParty first = parties.get(0);
            Money more = first.contribution().plus(Money.euros(BigDecimal.valueOf(cents, 2)));
            parties.set(0, AgreementParty.builder().code(first.code()).name(first.name()).contribution(more).build());
            Money sum = a.total().plus(Money.euros(BigDecimal.valueOf(cents, 2)));
            assertOnlyViolation(() -> withParties(a, parties), "parties",
                "OTP-AGREEMENT-CONTRIBUTIONS", "agreement " + a.id() + ": the contributions add up to " + sum
                    + ", but the total is " + a.total() + "; they must add up exactly");
        });
    }

    @Test
    void theTermIsNeverBeyondTheLegalMaximum() {
        qt().forAll(integers().between(0, 5000), integers().between(0, 3000)).checkAssert((offset, days) -> {
            LocalDate start = LocalDate.of(2020, 1, 1).plusDays(offset);
            DateRange term = DateRange.of(start, start.plusDays(days));
            boolean legal = !term.end().isAfter(start.plusYears(4).minusDays(1));
            if (legal) {
                assertThat(example(term).build().term().end()).isBeforeOrEqualTo(Agreement.maxEnd(start));
            } else {
                Violation v = catchThrowableOfType(ValidationException.class, () -> example(term).build())
                    .violations().get(0);
                assertThat(v.ruleId()).isEqualTo("LRJSP-49.h");
                assertThat(v.path()).isEqualTo("term");
            }
        });
        qt().forAll(AgreementGenerators.agreements()).checkAssert(a -> {
            assertThat(a.term().end()).isBeforeOrEqualTo(Agreement.maxEnd(a.term().start()));
            assertThat(a.lastDay()).isBeforeOrEqualTo(Agreement.maxEnd(a.term().end().plusDays(1)));
        });
    }

    @Test
    void jsonRoundTripKeepsEverything() {
        Agreement a = example().extendedUntil(LocalDate.of(2031, 6, 30)).build().moveTo(AgreementStatus.SIGNED);
        String text = JSON.write(a);
        assertThat(JSON.read(text, Agreement.class)).isEqualTo(a);
        assertThat(JSON.write(JSON.read(text, Agreement.class))).isEqualTo(text);
        assertThat(text).contains("\"L01280796\"").contains("\"SIGNED\"");
        qt().forAll(AgreementGenerators.agreements())
            .checkAssert(x -> assertThat(JSON.read(JSON.write(x), Agreement.class)).isEqualTo(x));
    }
}
