package io.otp.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.testing.CodeGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Dir3CodeTest {

    @Test
    void readsTheMunicipalityOfMadrid() {
        // DOMAIN.md section 7: L01280796, the INE code of the municipality (28079, control 6) after L01.
        Dir3Code madrid = Dir3Code.of("L01280796");
        assertThat(madrid.level()).contains(Dir3Level.LOCAL_ENTITY);
        assertThat(madrid.levelLetter()).isEqualTo('L');
        assertThat(madrid.municipalityCode()).contains("280796");
    }

    @Test
    void readsAStateUnit() {
        Dir3Code state = Dir3Code.of("E04921301");
        assertThat(state.level()).contains(Dir3Level.STATE);
        assertThat(state.municipalityCode()).isEmpty();
    }

    @Test
    void knowsEveryDocumentedLevelLetter() {
        assertThat(Dir3Code.of("A13002908").level()).contains(Dir3Level.AUTONOMOUS_COMMUNITY);
        assertThat(Dir3Code.of("U00400001").level()).contains(Dir3Level.UNIVERSITY);
        assertThat(Dir3Code.of("I00000001").level()).contains(Dir3Level.OTHER_INSTITUTION);
        assertThat(Dir3Code.of("J00000001").level()).contains(Dir3Level.JUSTICE);
        assertThat(Dir3Code.of("O00002797").level()).contains(Dir3Level.OFFICE);
        assertThat(Dir3Code.of("GE0001234").level()).contains(Dir3Level.MANAGEMENT_UNIT);
        for (Dir3Level level : Dir3Level.values()) {
            assertThat(Dir3Level.ofLetter(level.letter())).contains(level);
        }
    }

    @Test
    void acceptsAnUnknownLevelLetterWithoutNamingALevel() {
        Dir3Code code = Dir3Code.of("Z12345678");
        assertThat(code.levelLetter()).isEqualTo('Z');
        assertThat(code.level()).isEmpty();
    }

    @Test
    void aLocalCodeOtherThanACityCouncilHasNoMunicipality() {
        assertThat(Dir3Code.of("L02000028").municipalityCode()).isEmpty();
        assertThat(Dir3Code.of("L01ABC796").municipalityCode()).isEmpty();
    }

    @Test
    void normalisesCaseAndSpaces() {
        assertThat(Dir3Code.of(" l01280796 ")).isEqualTo(Dir3Code.of("L01280796")).hasToString("L01280796");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "L0128079", "L012807960", "101280796", "L0128079-", "L01 280796", "Ñ01280796"})
    void rejectsMalformedCodesNamingTheField(String text) {
        assertThatThrownBy(() -> Dir3Code.of(text)).isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("dir3Code");
                assertThat(v.ruleId()).isEqualTo("ES-DIR3-FORMAT");
                assertThat(v.arguments()).containsEntry("value", text);
            }));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Dir3Code.of(null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("dir3Code");
    }

    @Test
    void generatedCodesRoundTrip() {
        qt().forAll(CodeGenerators.dir3Codes()).checkAssert(text -> {
            Dir3Code code = Dir3Code.of(text);
            assertThat(code.toString()).isEqualTo(text);
            assertThat(Dir3Code.parse(code.toString())).isEqualTo(code).hasSameHashCodeAs(code);
            assertThat(code.level().map(Dir3Level::letter).orElse(text.charAt(0))).isEqualTo(text.charAt(0));
        });
    }

    @Test
    void isWrittenInJsonAsItsText() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.writeValueAsString(Dir3Code.of("L01280796"))).isEqualTo("\"L01280796\"");
        assertThat(mapper.readValue("\"E04921301\"", Dir3Code.class)).isEqualTo(Dir3Code.of("E04921301"));
    }
}
