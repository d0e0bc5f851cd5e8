package io.otp.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the SDK's messages in English (the default) or Spanish.
 *
 * <p>Messages live in the {@code ContributorValidationMessages} bundles at the root of each SDK
 * jar, the bundle name Hibernate Validator aggregates across libraries, so a host's Jakarta Bean
 * Validation and the SDK's own validator show the same text. Placeholders are named:
 * {@code {limit}}, and filled by {@link MessageBundle#fill(String, Map)}'s rules. Every bundle found on
 * the class loader is merged, so each SDK module may add its own keys.
 *
 * <p>Unlike the strict {@link MessageBundle}, rendering here never fails: a violation's key and arguments
 * may come from a stored document written by another version, or from a host's own rules. An unknown key
 * shows as the key followed by its arguments ({@code io.otp.x.y {value=12}}), a placeholder without an
 * argument as itself ({@code {limit}}). The SDK's own keys are tested to exist in English and Spanish
 * with the same placeholders in each module.
 *
 * <p>This class is thread-safe.
 */
public final class OtpMessages {

    /** Base name of the bundles. */
    public static final String BUNDLE = "ContributorValidationMessages";

    private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

    /** Digits up to which {@link #number(BigDecimal)} shows a decimal in plain notation. */
    private static final int SHOWN_PLAIN_DIGITS = 60;

    /** Significant digits {@link #number(BigDecimal)} shows of a longer decimal. */
    private static final MathContext SHOWN_SIGNIFICANT = new MathContext(20, RoundingMode.DOWN);

    private OtpMessages() {
    }

    /** The longest value a message shows in full; longer values are cut and their length given. */
    public static final int MAX_SHOWN_LENGTH = 200;

    /**
     * The arguments of a message given as alternating names and values, each value as
     * {@link String#valueOf(Object)} writes it.
     *
     * @param namesAndValues {@code name1, value1, name2, value2, ...}; not null
     * @return the arguments in the order given, unmodifiable; not null
     * @throws IllegalArgumentException if an odd number of names and values is given
     */
    public static Map<String, String> arguments(Object... namesAndValues) {
        Objects.requireNonNull(namesAndValues, "namesAndValues");
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs, got "
                + namesAndValues.length + " items");
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return Collections.unmodifiableMap(args);
    }

    /**
     * The arguments of a message read from a document: copied in their order, a missing map read as none.
     *
     * @param arguments the arguments read; may be null
     * @return the copy, unmodifiable; not null
     * @throws NullValueException if a name or a value is null, naming it as {@code arguments[name]}
     */
    public static Map<String, String> readArguments(Map<String, String> arguments) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (arguments != null) {
            arguments.forEach((k, v) -> {
                if (k == null || v == null) {
                    throw new NullValueException("arguments[" + k + "]");
                }
                copy.put(k, v);
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Renders a message. Each value is shown as {@link #printable(String)} makes it: a value read from
     * a document cannot add lines to a log or flood it.
     *
     * @param key the message key; not null
     * @param arguments the named values to put in the placeholders; not null
     * @param locale the language wanted; not null; languages other than Spanish get English
     *     ({@link Language#of(Locale)})
     * @return the text; the key followed by the arguments where the key is unknown; not null
     */
    public static String render(String key, Map<String, String> arguments, Locale locale) {
        Properties texts = texts(locale);
        String template = texts.getProperty(key);
        if (template == null) {
            StringBuilder out = new StringBuilder(key).append(" {");
            arguments.forEach((name, value) -> out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ")
                .append(printable(name)).append('=').append(printable(value)));
            return out.append('}').toString();
        }
        return MessageBundle.fill(template, name -> {
            String value = arguments.get(name);
            return value == null ? "{" + name + "}" : printable(value);
        });
    }

    /**
     * A value as a message shows it: control characters, line and paragraph separators and invisible
     * format characters (such as the bidirectional overrides) written as Java-style escapes (see
     * {@link #escaped(String)}), so that a name with a line break cannot forge a log line (OWASP
     * Logging Cheat Sheet, CWE-117); and a value longer than {@link #MAX_SHOWN_LENGTH} characters cut,
     * with its length given.
     *
     * @param value the value; null shows as {@code null}
     * @return the printable text, at most about {@link #MAX_SHOWN_LENGTH} + 40 characters; not null
     */
    public static String printable(String value) {
        if (value == null) {
            return "null";
        }
        int shown = Math.min(value.length(), MAX_SHOWN_LENGTH);
        if (shown > 0 && Character.isHighSurrogate(value.charAt(shown - 1)) && shown < value.length()) {
            shown--;
        }
        String text = escaped(value.substring(0, shown));
        return shown == value.length() ? text : text + "… (" + value.length() + " characters)";
    }

    /**
     * A decimal as a message shows it, found without writing it out: in plain notation when that has at most
     * 60 digits ({@code 1234.50}), else in scientific notation ({@code 1E+1000000000}, whose plain notation has
     * a billion digits), its significant digits cut to 20 and followed by an ellipsis where it has more that
     * are not zeros ({@code 1.2345678901234567890…E+120}). Show a value given by a caller this way, never with
     * {@code toPlainString()}, which takes as long and as much memory as the value has digits.
     *
     * @param value the decimal; null shows as {@code null}
     * @return the text, at most about 60 characters; not null
     */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "null";
        }
        long plainLength = Math.max((long) value.precision() - value.scale(), 0) + Math.max(value.scale(), 0);
        if (plainLength <= SHOWN_PLAIN_DIGITS) {
            return value.toPlainString();
        }
        if (value.precision() <= SHOWN_SIGNIFICANT.getPrecision()) {
            return value.toString();
        }
        BigDecimal rounded = value.round(SHOWN_SIGNIFICANT);
        String cut = rounded.stripTrailingZeros().toString();
        if (rounded.compareTo(value) == 0) {
            return cut;
        }
        int exponent = cut.indexOf('E');
        return exponent < 0 ? cut + "…" : cut.substring(0, exponent) + "…" + cut.substring(exponent);
    }

    /**
     * A value with every character that a terminal or a log would not show as itself written as a
     * Java-style escape (a backslash, {@code u} and four hexadecimal digits): the control characters
     * (C0 including tab, CR and LF, DEL and C1), the line and paragraph separators (U+2028, U+2029) and
     * the invisible format characters, among them the bidirectional controls (U+200E, U+200F, U+061C,
     * U+202A to U+202E, U+2066 to U+2069). So a value read from a document stays on one line and can
     * neither move the cursor, nor clear the screen, nor set a terminal's title, nor reverse the text
     * around it. Unlike {@link #printable(String)} the value is not cut. Applying it twice gives the
     * same text as once.
     *
     * @param value the value; null shows as {@code null}
     * @return the text without hidden characters; the value itself if it has none; not null
     */
    public static String escaped(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            boolean hidden = Character.isISOControl(c) || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
            if (hidden && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (hidden) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
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
        String language = Language.of(locale) == Language.ENGLISH ? "" : Language.of(locale).tag();
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
