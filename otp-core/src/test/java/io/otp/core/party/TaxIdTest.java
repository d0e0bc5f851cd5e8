package io.otp.core.party;

import static io.otp.core.testing.PartyGenerators.CIF_CONTROL_LETTERS;
import static io.otp.core.testing.PartyGenerators.CIF_DIGIT_ONLY;
import static io.otp.core.testing.PartyGenerators.CIF_LETTERS;
import static io.otp.core.testing.PartyGenerators.CIF_LETTER_ONLY;
import static io.otp.core.testing.PartyGenerators.TAX_ID_ALPHABET;
import static io.otp.core.testing.PartyGenerators.cifControlDigit;
import static io.otp.core.testing.PartyGenerators.nifLetter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.testing.PartyGenerators;
import io.otp.core.testing.Texts;
import io.otp.core.testing.Texts.Substitution;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class TaxIdTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    // Worked examples, each checked by hand against DOMAIN.md section 7.

    @Test
    void acceptsTheKnownNif() {
        // 12345678 = 23 * 536768 + 14; "TRWAGMYFPDXBNJZSQVHLCKE"[14] = Z.
        TaxId nif = TaxId.of("12345678Z");
        assertThat(nif.kind()).isEqualTo(TaxIdKind.NIF);
        assertThat(nif.value()).isEqualTo("12345678Z");
        assertThat(nif.organisationLetter()).isEmpty();
    }

    @Test
    void acceptsTheKnownNie() {
        // X reads as 0: 01234567 = 23 * 53676 + 19; "TRWAGMYFPDXBNJZSQVHLCKE"[19] = L.
        TaxId nie = TaxId.of("X1234567L");
        assertThat(nie.kind()).isEqualTo(TaxIdKind.NIE);
        assertThat(nie.organisationLetter()).isEmpty();
    }

    @Test
    void acceptsKnownCifs() {
        // A58818501: digits 5881850; even positions 8 + 1 + 5 = 14; odd positions: 2*5=10 -> 1,
        // 2*8=16 -> 7, 2*8=16 -> 7, 2*0=0 -> 0, sum 15; total 29; (10 - 9) mod 10 = 1; A uses the digit.
        assertCif("A58818501", 'A');
        // B12345674: even 2 + 4 + 6 = 12; odd 2, 6, 10 -> 1, 14 -> 5, sum 14; total 26; 10 - 6 = 4.
        assertCif("B12345674", 'B');
        // Q2826000H: even 8 + 6 + 0 = 14; odd 4, 4, 0, 0, sum 8; total 22; 10 - 2 = 8;
        // "JABCDEFGHI"[8] = H; Q (public body) uses the letter.
        assertCif("Q2826000H", 'Q');
        // P2807900B: even 8 + 7 + 0 = 15; odd 4, 0, 18 -> 9, 0, sum 13; total 28; 10 - 8 = 2;
        // "JABCDEFGHI"[2] = B; P (local entity) uses the letter.
        assertCif("P2807900B", 'P');
    }

    private static void assertCif(String text, char letter) {
        TaxId cif = TaxId.of(text);
        assertThat(cif.kind()).isEqualTo(TaxIdKind.CIF);
        assertThat(cif.organisationLetter()).contains(letter);
        assertThat(cif).hasToString(text);
    }

    @Test
    void normalisesSpacesHyphensAndCase() {
        assertThat(TaxId.of(" x-1234567-l ")).isEqualTo(TaxId.of("X1234567L"));
        assertThat(TaxId.of("b 1234567 4").value()).isEqualTo("B12345674");
    }

    @Test
    void aCifWithEitherControlFormKeepsTheFormGivenAndNamesTheSameHolder() {
        // G12345674: same digits as B12345674, control 4; "JABCDEFGHI"[4] = D. G accepts either form.
        TaxId digit = TaxId.of("G12345674");
        TaxId letter = TaxId.of("G1234567D");
        assertThat(digit).isNotEqualTo(letter);
        assertThat(digit.value()).isEqualTo("G12345674");
        assertThat(letter.value()).isEqualTo("G1234567D");
        assertThat(digit.isSameHolderAs(letter)).isTrue();
        assertThat(letter.isSameHolderAs(digit)).isTrue();
        assertThat(digit.isSameHolderAs(TaxId.of("B12345674"))).isFalse();
    }

    @Test
    void aNieAndADniWithTheSameNumberAreDifferentHolders() {
        TaxId nie = TaxId.of("X1234567L");
        TaxId dni = TaxId.of("01234567L");
        assertThat(dni.kind()).isEqualTo(TaxIdKind.NIF);
        assertThat(nie).isNotEqualTo(dni);
        assertThat(nie.isSameHolderAs(dni)).isFalse();
    }

    // Errors.

    @Test
    void wrongNifLetterNamesFieldRuleAndExpectedLetter() {
        Violation v = violationOf("12345678A");
        assertThat(v.path()).isEqualTo("taxId");
        assertThat(v.ruleId()).isEqualTo("ES-NIF-CHECK");
        assertThat(v.arguments()).containsEntry("value", "12345678A").containsEntry("found", "A")
            .containsEntry("expected", "Z");
        assertThat(v.message()).contains("12345678A").contains("Z");
        assertThat(v.message(SPANISH)).contains("le corresponde la Z");
    }

    @Test
    void wrongNieLetterNamesTheExpectedLetter() {
        Violation v = violationOf("X1234567M");
        assertThat(v.ruleId()).isEqualTo("ES-NIE-CHECK");
        assertThat(v.arguments()).containsEntry("expected", "L");
    }

    @Test
    void wrongCifDigitNamesTheExpectedDigit() {
        Violation v = violationOf("B12345670");
        assertThat(v.path()).isEqualTo("taxId");
        assertThat(v.ruleId()).isEqualTo("ES-CIF-CHECK");
        assertThat(v.arguments()).containsEntry("expected", "4");
    }

    @Test
    void wrongCifLetterNamesTheExpectedLetter() {
        Violation v = violationOf("Q2826000A");
        assertThat(v.ruleId()).isEqualTo("ES-CIF-CHECK");
        assertThat(v.arguments()).containsEntry("expected", "H");
    }

    @Test
    void wrongControlWhereEitherFormIsAllowedNamesBoth() {
        Violation v = violationOf("G12345670");
        assertThat(v.ruleId()).isEqualTo("ES-CIF-CHECK");
        assertThat(v.arguments()).containsEntry("expectedDigit", "4").containsEntry("expectedLetter", "D");
        assertThat(v.message()).contains("4 or D");
        assertThat(v.message(SPANISH)).contains("4 o D");
    }

    @Test
    void publicBodyWithTheDigitFormIsRejectedNamingTheLetter() {
        // P2807900B has control digit 2, whose letter is B; P must write the letter.
        Violation v = violationOf("P28079002");
        assertThat(v.ruleId()).isEqualTo("ES-CIF-CONTROL-FORM");
        assertThat(v.arguments()).containsEntry("letter", "P").containsEntry("expected", "B");
        assertThat(v.message()).contains("as a letter");
    }

    @Test
    void companyWithTheLetterFormIsRejectedNamingTheDigit() {
        // A58818501 has control digit 1, whose letter is A; A must write the digit.
        Violation v = violationOf("A5881850A");
        assertThat(v.ruleId()).isEqualTo("ES-CIF-CONTROL-FORM");
        assertThat(v.arguments()).containsEntry("letter", "A").containsEntry("expected", "1");
        assertThat(v.message(SPANISH)).contains("como cifra");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567Z", "123456789Z", "K1234567L", "L1234567L", "M1234567L",
        "I12345674", "T12345674", "X12345678", "A1234567", "12345678-", "B1234567.4", "ñ1234567L"})
    void rejectsMalformedIds(String text) {
        Violation v = violationOf(text);
        assertThat(v.path()).isEqualTo("taxId");
        assertThat(v.ruleId()).isEqualTo("ES-NIF-FORMAT");
        assertThat(v.arguments()).containsEntry("value", text);
        assertThat(v.message(SPANISH)).isNotEqualTo(v.message());
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> TaxId.of(null)).isInstanceOf(NullValueException.class).hasMessageContaining("taxId");
    }

    @Test
    void isWrittenInJsonAsItsNormalisedText() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.writeValueAsString(TaxId.of("b-12345674"))).isEqualTo("\"B12345674\"");
        assertThat(mapper.readValue("\"Q2826000H\"", TaxId.class)).isEqualTo(TaxId.of("Q2826000H"));
    }

    // Properties.

    @Test
    void acceptsEveryGeneratedNifNieAndCif() {
        qt().forAll(PartyGenerators.taxIds()).checkAssert(text -> {
            TaxId id = TaxId.of(text);
            assertThat(id.value()).isEqualTo(text);
            assertThat(TaxId.parse(id.toString())).isEqualTo(id);
            assertThat(id.kind()).isEqualTo(Character.isDigit(text.charAt(0)) ? TaxIdKind.NIF
                : "XYZ".indexOf(text.charAt(0)) >= 0 ? TaxIdKind.NIE : TaxIdKind.CIF);
        });
    }

    /**
     * Every single-character substitution (any position, any other character of 0-9 A-Z) is rejected,
     * except where it yields another legitimate id; those are computed by {@link #legitimate(String)},
     * written from DOMAIN.md independently of the main code, and must be accepted. Typical exceptions:
     * a CIF letter swapped for one with a compatible control rule (A58818501 / B58818501), a CIF control
     * written in its other allowed form (G12345674 / G1234567D), an NIE prefix replaced by the digit it
     * stands for (X1234567L / 01234567L), and chance matches of a check letter.
     */
    @Test
    void rejectsEverySubstitutionExceptOtherLegitimateIds() {
        AtomicInteger exceptions = new AtomicInteger();
        qt().forAll(PartyGenerators.taxIds()).checkAssert(text -> {
            List<Substitution> all = Texts.substitutions(text, TAX_ID_ALPHABET);
            List<String> disagreements = all.stream()
                .filter(s -> accepted(s.text()) != legitimate(s.text()))
                .map(Substitution::toString).collect(Collectors.toList());
            assertThat(disagreements).as("substitutions of %s where the SDK and the oracle disagree", text).isEmpty();
            exceptions.addAndGet((int) all.stream().filter(s -> legitimate(s.text())).count());
        });
        assertThat(exceptions.get()).as("legitimate substitutions met, so the exception path is exercised")
            .isPositive();
    }

    @Test
    void substitutionsInsideTheSevenBodyDigitsAreNeverValid() {
        // Every CIF weight maps digits one-to-one modulo 10 (d -> d, d -> digit sum of 2d) and 10^k is
        // prime to 23, so one changed body digit always changes the check character.
        qt().forAll(PartyGenerators.taxIds()).checkAssert(text -> assertThat(
            Texts.substitutions(text, TAX_ID_ALPHABET).stream()
                .filter(s -> s.position() >= 1 && s.position() <= 7)
                .filter(s -> accepted(s.text())).map(Substitution::toString).collect(Collectors.toList()))
            .isEmpty());
    }

    @Test
    void cifLetterSwapsFollowTheControlRules() {
        Gen<String> cifs = PartyGenerators.cifs();
        qt().forAll(cifs).checkAssert(text -> {
            char control = text.charAt(8);
            boolean letterForm = Character.isLetter(control);
            for (char other : CIF_LETTERS.toCharArray()) {
                String swapped = other + text.substring(1);
                boolean allowed = letterForm ? CIF_DIGIT_ONLY.indexOf(other) < 0 : CIF_LETTER_ONLY.indexOf(other) < 0;
                assertThat(accepted(swapped)).as(swapped).isEqualTo(allowed);
            }
        });
    }

    @Test
    void everyNieIsAlsoReadableAsTheDniOfItsNumber() {
        Map<Character, Character> digitOf = Map.of('X', '0', 'Y', '1', 'Z', '2');
        qt().forAll(PartyGenerators.nies()).checkAssert(nie -> {
            String dni = digitOf.get(nie.charAt(0)) + nie.substring(1);
            assertThat(TaxId.of(dni).kind()).isEqualTo(TaxIdKind.NIF);
            assertThat(TaxId.of(dni)).isNotEqualTo(TaxId.of(nie));
        });
    }

    /** Validity from DOMAIN.md section 7, written without the main code's structure or regexes. */
    private static boolean legitimate(String s) {
        if (s.length() != 9) {
            return false;
        }
        String body = s.substring(1, 8);
        if (!body.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        char first = s.charAt(0);
        char last = s.charAt(8);
        if (first >= '0' && first <= '9') {
            return last == nifLetter(Long.parseLong(s.substring(0, 8)));
        }
        int niePrefix = "XYZ".indexOf(first);
        if (niePrefix >= 0) {
            return last == nifLetter(niePrefix * 10_000_000L + Long.parseLong(body));
        }
        if (CIF_LETTERS.indexOf(first) < 0) {
            return false;
        }
        int control = cifControlDigit(body);
        boolean digitOk = last == (char) ('0' + control) && CIF_LETTER_ONLY.indexOf(first) < 0;
        boolean letterOk = last == CIF_CONTROL_LETTERS.charAt(control) && CIF_DIGIT_ONLY.indexOf(first) < 0;
        return digitOk || letterOk;
    }

    private static boolean accepted(String text) {
        try {
            TaxId.of(text);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    private static Violation violationOf(String text) {
        try {
            TaxId.of(text);
        } catch (ValidationException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
        throw new AssertionError(text + " was accepted");
    }
}
