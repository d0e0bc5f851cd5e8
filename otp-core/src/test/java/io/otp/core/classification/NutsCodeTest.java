package io.otp.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.testing.CodeGenerators;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NutsCodeTest {

    @Test
    void readsCountryAndLevelOfTheDomainExamples() {
        // DOMAIN.md section 7: ES3 Madrid region group, ES300 Madrid, ES511 Barcelona.
        assertThat(NutsCode.of("ES").level()).isZero();
        assertThat(NutsCode.of("ES3").level()).isEqualTo(1);
        assertThat(NutsCode.of("ES30").level()).isEqualTo(2);
        assertThat(NutsCode.of("ES300").level()).isEqualTo(3);
        assertThat(NutsCode.of("ES511").level()).isEqualTo(3);
        assertThat(NutsCode.of("ES511").country()).isEqualTo("ES");
        assertThat(NutsCode.of("EL301").country()).isEqualTo("EL");
    }

    @Test
    void regionIsWithinItsAncestorsOnly() {
        NutsCode madrid = NutsCode.of("ES300");
        assertThat(madrid.isWithin(NutsCode.of("ES3"))).isTrue();
        assertThat(madrid.isWithin(NutsCode.of("ES"))).isTrue();
        assertThat(madrid.isWithin(madrid)).isTrue();
        assertThat(madrid.isWithin(NutsCode.of("ES5"))).isFalse();
        assertThat(NutsCode.of("ES3").isWithin(madrid)).isFalse();
        assertThat(NutsCode.of("ES511").isWithin(NutsCode.of("PT"))).isFalse();
    }

    @Test
    void acceptsExtraRegioCodes() {
        assertThat(NutsCode.of("ESZZZ").isExtraRegio()).isTrue();
        assertThat(NutsCode.of("ESZ").isExtraRegio()).isTrue();
        assertThat(NutsCode.of("ESZZZ").level()).isEqualTo(3);
        assertThat(NutsCode.of("ESZZZ").isWithin(NutsCode.of("ESZ"))).isTrue();
        assertThat(NutsCode.of("ES300").isExtraRegio()).isFalse();
        assertThat(NutsCode.of("ES").isExtraRegio()).isFalse();
    }

    @Test
    void normalisesCaseAndSpaces() {
        assertThat(NutsCode.of(" es300 ")).isEqualTo(NutsCode.of("ES300")).hasToString("ES300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "E", "ES3000", "E53", "1S3", "ES-3", "ES 3", "ÉS3"})
    void rejectsMalformedCodesNamingTheField(String text) {
        assertThatThrownBy(() -> NutsCode.of(text)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("nutsCode");
                assertThat(v.ruleId()).isEqualTo("NUTS-FORMAT");
                assertThat(v.arguments()).containsEntry("value", text);
            });
        });
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> NutsCode.of(null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("nutsCode");
    }

    @Test
    void generatedCodesRoundTripAndClimbToTheirCountry() {
        qt().forAll(CodeGenerators.nutsCodes()).checkAssert(text -> {
            NutsCode code = NutsCode.of(text);
            assertThat(NutsCode.parse(code.toString())).isEqualTo(code);
            assertThat(code.level()).isEqualTo(text.length() - 2);
            NutsCode ancestor = code;
            for (int level = code.level(); level > 0; level--) {
                Optional<NutsCode> parent = ancestor.parent();
                assertThat(parent).isPresent();
                assertThat(parent.get().level()).isEqualTo(level - 1);
                assertThat(code.isWithin(parent.get())).isTrue();
                ancestor = parent.get();
            }
            assertThat(ancestor.toString()).isEqualTo(code.country());
            assertThat(ancestor.parent()).isEmpty();
        });
    }

    @Test
    void isWrittenInJsonAsItsText() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.writeValueAsString(NutsCode.of("ES511"))).isEqualTo("\"ES511\"");
        assertThat(mapper.readValue("\"ES511\"", NutsCode.class)).isEqualTo(NutsCode.of("ES511"));
    }
}
