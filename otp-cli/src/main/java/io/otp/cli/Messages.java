package io.otp.cli;

import io.otp.cli.input.InputFiles;
import io.otp.core.Language;
import java.util.Locale;
import java.util.Map;

/**
 * The texts the CLI prints for people, in English or Spanish ({@code io/otp/cli/messages*.properties},
 * named placeholders such as {@code {file}}), with every value but a number made printable on one line
 * ({@link InputFiles#text(Locale, String, Map)}): a value from input cannot add a line or drive the terminal.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Messages {

    private final Language language;

    private Messages(Language language) {
        this.language = language;
    }

    static Messages of(Language language) {
        return new Messages(language);
    }

    Locale locale() {
        return language.locale();
    }

    String text(String key) {
        return InputFiles.text(locale(), key);
    }

    String text(String key, Map<String, ?> arguments) {
        return InputFiles.text(locale(), key, arguments);
    }
}
