package io.otp.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.OtpMessages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages of the entries' invariants exist in English and Spanish and show their arguments. */
class CodelistMessagesTest {

    @Test
    void everyKeyRendersInBothLanguagesWithItsArguments() {
        Map<String, String> args = Map.of("list", "NUTS", "code", "ES300", "parent", "ES5", "expected", "ES30");
        for (String key : List.of("io.otp.codelists.spanishLabel.blank", "io.otp.codelists.englishLabel.blank",
            "io.otp.codelists.code.blank", "io.otp.codelists.cpv.parent", "io.otp.codelists.nuts.parent")) {
            assertThat(OtpMessages.isDefined(key)).as(key).isTrue();
            String english = OtpMessages.render(key, args, Locale.ENGLISH);
            String spanish = OtpMessages.render(key, args, Locale.forLanguageTag("es"));
            assertThat(spanish).as(key).isNotEqualTo(english).doesNotContain("{").containsAnyOf("ES300", "NUTS");
            assertThat(english).as(key).doesNotContain("{");
        }
        assertThat(OtpMessages.render("io.otp.codelists.nuts.parent", Map.of("code", "ES300", "parent", "ES5",
            "expected", "ES30"), Locale.forLanguageTag("es")))
            .isEqualTo("código NUTS ES300: ES5 no es la región del nivel superior; se esperaba ES30");
    }
}
