package io.otp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.Language;
import io.otp.core.MessageBundle;
import io.otp.core.testing.MessageKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportMessagesTest {

    private static final MessageBundle BUNDLE =
        MessageBundle.load("ReportMessages", resource -> ReportLanguage.class.getResourceAsStream(resource));

    @Test
    void englishAndSpanishBundlesHaveTheSameKeysAndPlaceholdersAndNoEmptyText() {
        MessageKeys.assertLanguagesAgree(BUNDLE);
        for (String key : BUNDLE.keys(Language.ENGLISH)) {
            assertThat(ReportLanguage.ENGLISH.hasText(key)).as(key).isTrue();
            assertThat(ReportLanguage.SPANISH.hasText(key)).as(key).isTrue();
        }
    }

    @Test
    void everyKeyTheReportsUseExistsInBothLanguagesAndGetsEveryArgumentItsTextNeeds() {
        List<MessageKeys.Use> uses = MessageKeys.assertUsedKeysExist(BUNDLE, Path.of("src/main/java"), "text", "t");
        assertThat(uses).extracting(MessageKeys.Use::key)
            .contains("page.generatedOn", "evaluation.proposal.withdrawal", "dashboard.scatter.chartDesc",
                "project.evm.method", "evaluation.conditions.price.");
        assertThat(uses).hasSizeGreaterThan(200);
    }

    @Test
    void refusesAnUnknownKeyAndAMissingArgument() {
        for (Language language : Language.values()) {
            ReportLanguage l = ReportLanguage.of(language);
            assertThatThrownBy(() -> l.text("no.such.key")).isInstanceOf(ReportException.class)
                .hasMessageContaining("no.such.key").hasMessageContaining(language.tag());
            assertThatThrownBy(() -> l.text("evaluation.proposal.penalty", Map.of("rate", "3 %", "budget", "1 €")))
                .isInstanceOf(ReportException.class).hasMessageContaining("penalty");
        }
    }

    @Test
    void spanishBundleIsReadAsUtf8() throws IOException {
        assertThat(load("ReportMessages_es.properties").getProperty("page.contents")).isEqualTo("Índice");
        assertThat(ReportLanguage.SPANISH.text("page.contents")).isEqualTo("Índice");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportLanguage.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
