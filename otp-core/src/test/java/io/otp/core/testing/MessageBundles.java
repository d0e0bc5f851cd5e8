package io.otp.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.OtpMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a module's message bundles ({@code ContributorValidationMessages.properties} and its
 * Spanish {@code _es} companion): the same keys, under the module's prefix, with the same named
 * placeholders in both languages, each one found by {@link OtpMessages}.
 */
public final class MessageBundles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private MessageBundles() {
    }

    /**
     * Asserts that a module's English and Spanish bundles agree.
     *
     * @param anchor a class of the module, whose resources hold the bundles
     * @param keyPrefix the prefix every key of the module starts with, e.g. {@code io.otp.kpi.}
     */
    public static void assertEnglishAndSpanishAgree(Class<?> anchor, String keyPrefix) {
        Properties english = bundle(anchor, "ContributorValidationMessages.properties");
        Properties spanish = bundle(anchor, "ContributorValidationMessages_es.properties");
        assertThat(english.stringPropertyNames()).isNotEmpty();
        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(key).startsWith(keyPrefix);
            assertThat(placeholders(spanish.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(OtpMessages.isDefined(key)).as(key).isTrue();
        }
    }

    private static Properties bundle(Class<?> anchor, String name) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
