package io.otp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void parseReadsWhatToStringWrites() {
        for (Language language : Language.values()) {
            assertThat(Language.parse(language.toString())).isSameAs(language);
            assertThat(Language.parse(language.tag())).isSameAs(language);
        }
    }

    @Test
    void parseIsLenientAboutCaseSpacesRegionsAndConstantNames() {
        assertThat(Language.parse(" ES ")).isSameAs(Language.SPANISH);
        assertThat(Language.parse("es-ES")).isSameAs(Language.SPANISH);
        assertThat(Language.parse("es_MX")).isSameAs(Language.SPANISH);
        assertThat(Language.parse("spanish")).isSameAs(Language.SPANISH);
        assertThat(Language.parse("En")).isSameAs(Language.ENGLISH);
        assertThat(Language.parse("en-GB")).isSameAs(Language.ENGLISH);
        assertThat(Language.parse("ENGLISH")).isSameAs(Language.ENGLISH);
    }

    @Test
    void parseRejectsALanguageTheSdkDoesNotWrite() {
        for (String text : new String[] {"fr", "", "  ", "e", "es!", "x-es"}) {
            assertThatThrownBy(() -> Language.parse(text)).as(text).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected en or es");
        }
        ValidationException e = (ValidationException) org.assertj.core.api.Assertions
            .catchThrowable(() -> Language.parse("fr"));
        assertThat(e.violations().get(0).ruleId()).isEqualTo("OTP-LANGUAGE");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("es"))).contains("se esperaba en o es");
    }

    @Test
    void ofLocaleFallsBackToEnglish() {
        assertThat(Language.of(Locale.forLanguageTag("es-AR"))).isSameAs(Language.SPANISH);
        assertThat(Language.of(Locale.GERMAN)).isSameAs(Language.ENGLISH);
        assertThat(Language.of(Locale.ROOT)).isSameAs(Language.ENGLISH);
    }

    @Test
    void localesAndTags() {
        assertThat(Language.ENGLISH.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Language.SPANISH.locale()).isEqualTo(Locale.forLanguageTag("es-ES"));
        assertThat(Language.SPANISH.tag()).isEqualTo("es");
        assertThat(Language.ENGLISH.tag()).isEqualTo("en");
    }
}
