package io.otp.report;

import static org.assertj.core.api.Assertions.assertThat;

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

class ReportMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void englishAndSpanishBundlesHaveTheSameKeysAndPlaceholdersAndNoEmptyText() throws IOException {
        Properties english = load("ReportMessages.properties");
        Properties spanish = load("ReportMessages_es.properties");
        assertThat(english.stringPropertyNames()).isNotEmpty();
        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(spanish.getProperty(key)).as(key).isNotBlank();
            assertThat(placeholders(spanish.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(ReportLanguage.ENGLISH.hasText(key)).as(key).isTrue();
            assertThat(ReportLanguage.SPANISH.hasText(key)).as(key).isTrue();
        }
    }

    @Test
    void spanishBundleIsReadAsUtf8() throws IOException {
        assertThat(load("ReportMessages_es.properties").getProperty("page.contents")).isEqualTo("Índice");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportLanguage.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }
}
