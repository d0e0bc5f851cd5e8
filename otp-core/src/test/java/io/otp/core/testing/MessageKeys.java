package io.otp.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.Language;
import io.otp.core.MessageBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a module's {@link MessageBundle} against itself and against the code that renders it: every
 * language has the same keys with the same placeholders and no other placeholder syntax, and every key the
 * main code names exists in every language and is given every argument its texts need.
 *
 * <p>The code is read as source: a call is a method of a given name ({@code text}, say) whose first
 * argument, or its second after a plain name such as {@code locale}, is a string literal shaped like a key
 * (words joined by dots, {@code chart.noData}). When the key literal is followed by {@code +}, it is
 * the prefix of keys computed at run time (an enum constant's name, say): some key must start with it, and
 * each such key's placeholders must be among the arguments given. The arguments are the names of the
 * {@code Map.of("name", value, ...)} that the call passes.
 */
public final class MessageKeys {

    /** Placeholders of other syntaxes: MessageFormat's {@code {0}} and String.format's {@code %s}. */
    private static final Pattern FOREIGN_PLACEHOLDER =
        Pattern.compile("\\{\\d+(,[^}]*)?}|%(\\d+\\$)?[-#+0,(]*\\d*(\\.\\d+)?[sdfnx%]");

    private MessageKeys() {
    }

    /** A key named in main code: a literal key or a prefix, with the argument names the call passes. */
    public record Use(Path file, int line, String key, boolean prefix, Set<String> arguments) {

        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " " + key + (prefix ? "…" : "") + " " + arguments;
        }
    }

    /**
     * Asserts that every language of a bundle has the same keys, no blank text, the same placeholders as
     * English and no placeholder of another syntax ({@code {0}}, {@code %s}).
     *
     * @param bundle the bundle
     */
    public static void assertLanguagesAgree(MessageBundle bundle) {
        Set<String> english = bundle.keys(Language.ENGLISH);
        assertThat(english).as(bundle.name()).isNotEmpty();
        for (Language language : Language.values()) {
            assertThat(bundle.keys(language)).as(bundle.name() + " " + language).isEqualTo(english);
            for (String key : english) {
                String text = bundle.template(language, key);
                assertThat(text).as(language + " " + key).isNotBlank();
                assertThat(Set.copyOf(MessageBundle.placeholders(text))).as("placeholders of " + language + " " + key)
                    .isEqualTo(Set.copyOf(MessageBundle.placeholders(bundle.template(Language.ENGLISH, key))));
                assertThat(FOREIGN_PLACEHOLDER.matcher(text).find()).as("%s %s has a {0} or %%s placeholder: %s",
                    language, key, text).isFalse();
            }
        }
    }

    /**
     * Asserts that every key the main code names exists in every language of a bundle, with no placeholder
     * the call gives no argument for.
     *
     * @param bundle the bundle
     * @param sources the root of the main sources, such as {@code src/main/java}
     * @param methods the names of the methods that render a key of the bundle, such as {@code text}
     * @return the uses found, so that a test can also check it found the ones it expects
     */
    public static List<Use> assertUsedKeysExist(MessageBundle bundle, Path sources, String... methods) {
        List<Use> uses = uses(sources, methods);
        assertThat(uses).as("calls of " + List.of(methods) + " under " + sources).isNotEmpty();
        for (Use use : uses) {
            for (Language language : Language.values()) {
                List<String> keys = use.prefix()
                    ? bundle.keys(language).stream().filter(k -> k.startsWith(use.key())).toList()
                    : List.of(use.key());
                assertThat(keys).as("keys of %s in %s", use, language).isNotEmpty();
                for (String key : keys) {
                    assertThat(bundle.contains(language, key)).as("%s: %s in %s", use, key, language).isTrue();
                    assertThat(use.arguments()).as("%s: arguments of %s in %s", use, key, language)
                        .containsAll(MessageBundle.placeholders(bundle.template(language, key)));
                }
            }
        }
        return uses;
    }

    /**
     * Finds the calls of the given methods whose first argument is a string literal.
     *
     * @param sources the root of the sources
     * @param methods the method names
     * @return the uses, in file and line order
     */
    public static List<Use> uses(Path sources, String... methods) {
        Pattern call = Pattern.compile("(?<!\\w)(?:" + String.join("|", methods)
            + ")\\((?:\\s*\\w+\\s*,)?\\s*\"([A-Za-z][\\w-]*(?:\\.[\\w-]+)+\\.?)\"\\s*(\\+)?");
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = call.matcher(source);
                while (m.find()) {
                    int open = source.lastIndexOf('(', m.start(1));
                    String arguments = source.substring(open + 1, closing(source, open));
                    int line = (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    uses.add(new Use(file, line, m.group(1), m.group(2) != null, argumentNames(arguments)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private static Set<String> argumentNames(String arguments) {
        Set<String> names = new LinkedHashSet<>();
        int map = arguments.indexOf("Map.of(");
        if (map < 0) {
            return names;
        }
        int open = map + "Map.of".length();
        List<String> parts = topLevel(arguments.substring(open + 1, closing(arguments, open)));
        for (int i = 0; i < parts.size(); i += 2) {
            String name = parts.get(i).strip();
            if (name.startsWith("\"") && name.endsWith("\"")) {
                names.add(name.substring(1, name.length() - 1));
            }
        }
        return names;
    }

    /** The index of the parenthesis that closes the one at {@code open}, skipping literals. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(s, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses after index " + open);
    }

    private static int endOfLiteral(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static List<String> topLevel(String arguments) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(arguments, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(arguments.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(arguments.substring(start));
        return parts;
    }
}
