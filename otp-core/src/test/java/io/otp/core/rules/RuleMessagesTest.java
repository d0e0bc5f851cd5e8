package io.otp.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.OtpMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every rule has its messages in English and Spanish, with the same placeholders. */
class RuleMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OtpMessages.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyRuleIdHasMessagesInEnglishAndSpanish() throws IOException {
        Properties english = bundle("ContributorValidationMessages.properties");
        Properties spanish = bundle("ContributorValidationMessages_es.properties");
        assertThat(ProcurementRules.ruleIds()).hasSize(23);
        for (String ruleId : ProcurementRules.ruleIds()) {
            assertThat(ProcurementRules.messageKeys(ruleId)).as(ruleId).isNotEmpty();
            for (String key : ProcurementRules.messageKeys(ruleId)) {
                assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
                assertThat(spanish.getProperty(key)).as("Spanish " + key).isNotBlank()
                    .isNotEqualTo(english.getProperty(key));
                assertThat(placeholders(spanish.getProperty(key))).as("placeholders of " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
                assertThat(OtpMessages.isDefined(key)).isTrue();
            }
        }
        assertThat(ProcurementRules.messageKeys("LCSP-0")).isEmpty();
    }

    @Test
    void everyRulesKeyInTheBundlesExistsInBothLanguages() throws IOException {
        Properties english = bundle("ContributorValidationMessages.properties");
        Properties spanish = bundle("ContributorValidationMessages_es.properties");
        Set<String> englishKeys = new TreeSet<>();
        Set<String> spanishKeys = new TreeSet<>();
        english.stringPropertyNames().stream().filter(k -> k.startsWith("io.otp.core.rules.")).forEach(englishKeys::add);
        spanish.stringPropertyNames().stream().filter(k -> k.startsWith("io.otp.core.rules.")).forEach(spanishKeys::add);
        assertThat(spanishKeys).isEqualTo(englishKeys).isNotEmpty();
        for (String key : englishKeys) {
            assertThat(placeholders(spanish.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(english.getProperty(key)).as(key).doesNotContain("$").doesNotContain("\\");
        }
        assertThat(spanish.getProperty("io.otp.core.tender.LegalTender.message"))
            .isEqualTo("el expediente incumple una norma de contratación pública");
    }
}
