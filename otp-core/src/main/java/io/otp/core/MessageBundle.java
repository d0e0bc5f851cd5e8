package io.otp.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of one part of the SDK in every {@link Language}, with named placeholders: the one way the
 * SDK renders a message for people.
 *
 * <p>A bundle is a pair of UTF-8 {@code .properties} files: {@code <name>.properties} in English and
 * {@code <name>_es.properties} in Spanish. A placeholder is a name in braces, {@code {limit}}, the name
 * starting with a letter and made of letters, digits, {@code _} and {@code .}; no other character of a
 * text is special (unlike {@link java.text.MessageFormat}, apostrophes need no doubling, and unlike
 * {@link String#format} a {@code %} is itself). The bundles of the constraint messages
 * ({@link OtpMessages}) use the same placeholders through {@link #fill(String, Map)}.
 *
 * <p>Rendering is strict: a key the bundle of a language lacks, or a placeholder without an argument,
 * throws {@link IllegalArgumentException}. Both are mistakes of the SDK, never of its users' data; every
 * module tests that each key its code uses exists in English and Spanish with the same placeholders, so
 * neither happens at run time. Arguments no placeholder names are ignored, so one set of arguments can
 * serve texts that show only some of them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MessageBundle {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

    private final String name;
    private final Map<Language, Map<String, String>> texts;

    private MessageBundle(String name, Map<Language, Map<String, String>> texts) {
        this.name = name;
        this.texts = texts;
    }

    /**
     * Loads the bundle of a module. The module opens its own resources, so that the files may sit in a
     * package its {@code module-info} does not open: pass a lambda over a class of the package, such as
     * {@code resource -> ReportLanguage.class.getResourceAsStream(resource)} with the base name
     * {@code "ReportMessages"}.
     *
     * @param name the base name of the files as {@code resources} finds them, such as {@code ReportMessages};
     *     not null
     * @param resources opens a file of the bundle by its name, such as {@code ReportMessages_es.properties};
     *     returns null when there is no such file; not null
     * @return the bundle; not null
     * @throws NullPointerException if an argument is null
     * @throws OtpException if a file of the bundle is missing or cannot be read
     */
    public static MessageBundle load(String name, Function<String, InputStream> resources) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resources, "resources");
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = name + (language == Language.ENGLISH ? "" : "_" + language.tag()) + ".properties";
            texts.put(language, read(file, resources));
        }
        return new MessageBundle(name, Collections.unmodifiableMap(texts));
    }

    private static Map<String, String> read(String file, Function<String, InputStream> resources) {
        Properties properties = new Properties();
        try (InputStream in = resources.apply(file)) {
            if (in == null) {
                throw new OtpException("message bundle " + file + " is missing");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new OtpException("message bundle " + file + " cannot be read", e);
        }
        Map<String, String> map = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            map.put(key, properties.getProperty(key));
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the base name the bundle was loaded with.
     *
     * @return the name, such as {@code ReportMessages}; not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the keys the bundle of a language defines.
     *
     * @param language the language; not null
     * @return the keys, sorted and unmodifiable; not null
     * @throws NullPointerException if {@code language} is null
     */
    public Set<String> keys(Language language) {
        return texts.get(Objects.requireNonNull(language, "language")).keySet();
    }

    /**
     * Tells whether the bundle of a language has a text for a key.
     *
     * @param language the language; not null
     * @param key the key; not null
     * @return true if the key is defined in that language
     * @throws NullPointerException if an argument is null
     */
    public boolean contains(Language language, String key) {
        Objects.requireNonNull(key, "key");
        return keys(language).contains(key);
    }

    /**
     * Returns the text of a key with its placeholders left in.
     *
     * @param language the language; not null
     * @param key the key; not null
     * @return the text, such as {@code Generated on {date} by the OTP SDK}; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the bundle of the language has no such key
     */
    public String template(Language language, String key) {
        Objects.requireNonNull(key, "key");
        String template = texts.get(Objects.requireNonNull(language, "language")).get(key);
        if (template == null) {
            throw new IllegalArgumentException("message key '" + key + "' is not in the " + language.tag()
                + " bundle " + name);
        }
        return template;
    }

    /**
     * Renders the text of a key, each placeholder replaced by its argument written with
     * {@link String#valueOf(Object)}: format numbers, money and dates for the language first, and make a
     * value read from input printable (see {@link OtpMessages#escaped(String)}) where it may hold control
     * characters.
     *
     * @param language the language; not null
     * @param key the key; not null
     * @param arguments the value of each placeholder by name; may hold more than the text shows; not null
     * @return the text; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is unknown in that language, or a placeholder of its
     *     text has no argument (or a null one)
     */
    public String render(Language language, String key, Map<String, ?> arguments) {
        Objects.requireNonNull(arguments, "arguments");
        String template = template(language, key);
        return fill(template, placeholder -> {
            Object value = arguments.get(placeholder);
            if (value == null) {
                throw new IllegalArgumentException("message " + key + " of bundle " + name + " (" + language.tag()
                    + ") needs the argument '" + placeholder + "', given " + new TreeMap<>(arguments).keySet());
            }
            return String.valueOf(value);
        });
    }

    /**
     * Replaces the placeholders of a text by their arguments, written with {@link String#valueOf(Object)}.
     *
     * @param template the text, such as {@code month {period} of {periods}}; not null
     * @param arguments the value of each placeholder by name; may hold more than the text shows; not null
     * @return the text; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a placeholder has no argument (or a null one)
     */
    public static String fill(String template, Map<String, ?> arguments) {
        Objects.requireNonNull(arguments, "arguments");
        return fill(Objects.requireNonNull(template, "template"), placeholder -> {
            Object value = arguments.get(placeholder);
            if (value == null) {
                throw new IllegalArgumentException("the text '" + template + "' needs the argument '" + placeholder
                    + "'");
            }
            return String.valueOf(value);
        });
    }

    /**
     * Replaces the placeholders of a text by what a function gives for their names.
     *
     * @param template the text; not null
     * @param values the text of a placeholder by its name; not null
     * @return the text; not null
     */
    static String fill(String template, Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start()).append(values.apply(m.group(1)));
            last = m.end();
        }
        return out.append(template, last, template.length()).toString();
    }

    /**
     * Returns the names of the placeholders of a text, in the order they first appear.
     *
     * @param template the text; not null
     * @return the names, such as {@code [period, periods]}; unmodifiable; not null
     * @throws NullPointerException if {@code template} is null
     */
    public static Set<String> placeholders(String template) {
        Matcher m = PLACEHOLDER.matcher(Objects.requireNonNull(template, "template"));
        Set<String> names = new LinkedHashSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return Collections.unmodifiableSet(names);
    }
}
