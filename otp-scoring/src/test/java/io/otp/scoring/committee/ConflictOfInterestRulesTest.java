package io.otp.scoring.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.tender.ConflictOfInterestRegime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The declaration of absence of conflict of interest: which rule demands it (the PRTR DACI of Orden
 * HFP/1030/2021 and Orden HFP/55/2023 for a PRTR-funded tender, LCSP art. 64 otherwise) and that it is
 * signed on or before the day of the scoring it covers.
 */
class ConflictOfInterestRulesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final TenderId TENDER = TenderId.of("2026/EXP-0042");
    private static final PersonId ANA = PersonId.of("P-ANA");
    private static final LocalDate SCORED_ON = LocalDate.of(2026, 5, 12);

    private static ConflictOfInterestDeclaration signed(PersonId person, TenderId tender, String day) {
        return ConflictOfInterestDeclaration.builder().person(person).tender(tender).signed(LocalDate.parse(day)).build();
    }

    private static Optional<Violation> check(ConflictOfInterestRegime regime, ConflictOfInterestDeclaration... d) {
        return ConflictOfInterestRules.check(ANA, "members[0]", TENDER, regime, List.of(d), "declarations", SCORED_ON);
    }

    @Test
    void missingDeclarationOfATenderNotFundedByThePrtrBreaksLcsp64() {
        Violation v = check(ConflictOfInterestRegime.LCSP_64).orElseThrow();
        assertThat(v.ruleId()).isEqualTo("LCSP-64");
        assertThat(v.path()).isEqualTo("members[0]");
        assertThat(v.message()).isEqualTo("member P-ANA has no signed declaration of absence of conflict of interest"
            + " for tender 2026/EXP-0042; it is required before scoring (LCSP art. 64)");
        assertThat(v.message(SPANISH)).isEqualTo("el miembro P-ANA no ha firmado la declaración de ausencia de"
            + " conflicto de intereses para el expediente 2026/EXP-0042; es obligatoria antes de valorar (art. 64 LCSP)");
    }

    @Test
    void missingDeclarationOfAPrtrFundedTenderBreaksTheDaciOfOrdenHfp1030() {
        Violation v = check(ConflictOfInterestRegime.PRTR_DACI).orElseThrow();
        assertThat(v.ruleId()).isEqualTo("HFP-1030/2021-DACI");
        assertThat(v.path()).isEqualTo("members[0]");
        assertThat(v.message()).isEqualTo("member P-ANA has no signed declaration of absence of conflict of interest"
            + " (DACI) for tender 2026/EXP-0042, which is funded by the PRTR; it is required before scoring (Orden"
            + " HFP/1030/2021 art. 6 and annex IV.A; Orden HFP/55/2023)");
        assertThat(v.message(SPANISH)).contains("DACI", "financiado por el PRTR", "Orden HFP/1030/2021",
            "Orden HFP/55/2023");
    }

    @Test
    void declarationForAnotherTenderOrPersonDoesNotCount() {
        assertThat(check(ConflictOfInterestRegime.LCSP_64, signed(ANA, TenderId.of("2026/EXP-0043"), "2026-05-01"),
            signed(PersonId.of("P-LUIS"), TENDER, "2026-05-01"))).map(Violation::ruleId).contains("LCSP-64");
    }

    @Test
    void declarationSignedTheDayAfterTheScoringIsRefusedNamingFieldValueAndRule() {
        // scored on 12 May 2026, signed on 13 May 2026: one day late
        Violation v = check(ConflictOfInterestRegime.PRTR_DACI, signed(ANA, TENDER, "2026-05-13")).orElseThrow();
        assertThat(v.ruleId()).isEqualTo("HFP-1030/2021-DACI");
        assertThat(v.path()).isEqualTo("declarations[0].signed");
        assertThat(v.arguments()).containsEntry("value", "2026-05-13").containsEntry("scoredOn", "2026-05-12");
        assertThat(v.message()).isEqualTo("member P-ANA: the DACI for tender 2026/EXP-0042 was signed on 2026-05-13,"
            + " after the scoring it covers on 2026-05-12; it must be signed on or before the day of the scoring"
            + " (Orden HFP/1030/2021 art. 6 and annex IV.A; Orden HFP/55/2023)");
        assertThat(v.message(SPANISH)).isEqualTo("miembro P-ANA: la DACI para el expediente 2026/EXP-0042 se firmó"
            + " el 2026-05-13, después de la valoración que cubre, del 2026-05-12; debe firmarse el día de la"
            + " valoración o antes (Orden HFP/1030/2021, art. 6 y anexo IV.A; Orden HFP/55/2023)");

        Violation lcsp = check(ConflictOfInterestRegime.LCSP_64, signed(ANA, TENDER, "2026-05-13")).orElseThrow();
        assertThat(lcsp.ruleId()).isEqualTo("LCSP-64");
        assertThat(lcsp.message()).isEqualTo("member P-ANA: the declaration of absence of conflict of interest for"
            + " tender 2026/EXP-0042 was signed on 2026-05-13, after the scoring it covers on 2026-05-12; it must be"
            + " signed on or before the day of the scoring (LCSP art. 64)");
    }

    @Test
    void declarationSignedOnTheDayOfTheScoringOrBeforeIsAccepted() {
        assertThat(check(ConflictOfInterestRegime.PRTR_DACI, signed(ANA, TENDER, "2026-05-12"))).isEmpty();
        assertThat(check(ConflictOfInterestRegime.LCSP_64, signed(ANA, TENDER, "2026-05-11"))).isEmpty();
    }

    @Test
    void anEarlierDeclarationIsNotUndoneByALaterOne() {
        // signed on 2 May and again on 20 May: the first covers the scoring of 12 May
        assertThat(check(ConflictOfInterestRegime.PRTR_DACI, signed(ANA, TENDER, "2026-05-20"),
            signed(ANA, TENDER, "2026-05-02"))).isEmpty();
    }

    @Test
    void ofSeveralLateDeclarationsTheEarliestIsReported() {
        Violation v = check(ConflictOfInterestRegime.LCSP_64, signed(ANA, TENDER, "2026-06-01"),
            signed(ANA, TENDER, "2026-05-14"), signed(ANA, TENDER, "2026-05-30")).orElseThrow();
        assertThat(v.path()).isEqualTo("declarations[1].signed");
        assertThat(v.arguments()).containsEntry("value", "2026-05-14");
    }

    @Test
    void aNullDeclarationIsRefusedNamingItsPath() {
        List<ConflictOfInterestDeclaration> withNull = new ArrayList<>(Arrays.asList(
            signed(PersonId.of("P-LUIS"), TENDER, "2026-05-01"), null));
        ValidationException e = catchThrowableOfType(NullValueException.class, () -> ConflictOfInterestRules.check(
            ANA, "members[0]", TENDER, ConflictOfInterestRegime.LCSP_64, withNull, "declarations", SCORED_ON));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("declarations[1]");
    }

    @Test
    void theScoringDayIsTheCivilDayInMadrid() {
        // 10 January 2026 22:30 UTC is 23:30 in Madrid (CET, UTC+1): still the 10th
        assertThat(ConflictOfInterestRules.scoringDay(Instant.parse("2026-01-10T22:30:00Z")))
            .isEqualTo(LocalDate.of(2026, 1, 10));
        // 10 January 2026 23:30 UTC is 00:30 on the 11th in Madrid
        assertThat(ConflictOfInterestRules.scoringDay(Instant.parse("2026-01-10T23:30:00Z")))
            .isEqualTo(LocalDate.of(2026, 1, 11));
        // 10 May 2026 22:30 UTC is 00:30 on the 11th in Madrid (CEST, UTC+2)
        assertThat(ConflictOfInterestRules.scoringDay(Instant.parse("2026-05-10T22:30:00Z")))
            .isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void aDeclarationCoversAScoringExactlyWhenSignedOnOrBeforeItsDay() {
        // days from 12 May 2026: negative before the scoring, positive after it
        qt().forAll(integers().between(-400, 400), Generate.enumValues(ConflictOfInterestRegime.class)).checkAssert((offset, regime) -> {
            ConflictOfInterestDeclaration d = ConflictOfInterestDeclaration.builder().person(ANA).tender(TENDER)
                .signed(SCORED_ON.plusDays(offset)).build();
            Optional<Violation> v = ConflictOfInterestRules.check(ANA, "members[0]", TENDER, regime, List.of(d),
                "declarations", SCORED_ON);
            if (offset <= 0) {
                assertThat(v).isEmpty();
            } else {
                assertThat(v).hasValueSatisfying(x -> {
                    assertThat(x.ruleId()).isEqualTo(regime == ConflictOfInterestRegime.PRTR_DACI
                        ? "HFP-1030/2021-DACI" : "LCSP-64");
                    assertThat(x.path()).isEqualTo("declarations[0].signed");
                });
            }
        });
    }
}
