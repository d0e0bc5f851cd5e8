package io.otp.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the SDK's messages in English (the default) or Spanish.
 *
 * <p>Messages live in the {@code ContributorValidationMessages} bundles at the root of each SDK
 * jar, the bundle name Hibernate Validator aggregates across libraries, so a host's Jakarta Bean
 * Validation and the SDK's own validator show the same text. Placeholders are named:
 * {@code {limit}}. Every bundle found on the class loader is merged, so each SDK module may add its
 * own keys.
 *
 * <p>This class is thread-safe.
 */
public final class OtpMessages {

    /** Base name of the bundles. */
    public static final String BUNDLE = "ContributorValidationMessages";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

    private OtpMessages() {
    }

    /**
     * Renders a message.
     *
     * @param key the message key; not null
     * @param arguments the named values to put in the placeholders; not null
     * @param locale the language wanted; not null; languages other than Spanish get English
     * @return the text; the key followed by the arguments where the key is unknown; not null
     */
    public static String render(String key, Map<String, String> arguments, Locale locale) {
        Properties texts = texts(locale);
        String template = texts.getProperty(key);
        if (template == null) {
            return key + " " + arguments;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = arguments.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Tells whether a message key is defined in the SDK's bundles.
     *
     * @param key the key; not null
     * @return true if an English text exists for it
     */
    public static boolean isDefined(String key) {
        return texts(Locale.ENGLISH).containsKey(key);
    }

    private static Properties texts(Locale locale) {
        String language = "es".equals(locale.getLanguage()) ? "es" : "";
        return CACHE.computeIfAbsent(language, lang -> {
            Properties merged = new Properties();
            loadAll(BUNDLE + ".properties", merged);
            if (!lang.isEmpty()) {
                loadAll(BUNDLE + "_" + lang + ".properties", merged);
            }
            return merged;
        });
    }

    private static void loadAll(String resource, Properties into) {
        ClassLoader loader = OtpMessages.class.getClassLoader();
        try {
            Enumeration<URL> urls = loader.getResources(resource);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream();
                     Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    into.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SDK's message bundle " + resource, e);
        }
    }
}
