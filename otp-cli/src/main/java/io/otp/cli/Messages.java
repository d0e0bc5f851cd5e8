package io.otp.cli;

import io.otp.cli.input.InputFiles;
import java.util.Locale;

/**
 * The texts the CLI prints for people, in English or Spanish ({@code io/otp/cli/messages*.properties},
 * {@link String#format} patterns), with every value but a number made printable on one line
 * ({@link InputFiles#text(Locale, String, Object...)}): a value from input cannot add a line or drive the
 * terminal.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Messages {

    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
    }

    static Messages of(Language language) {
        return new Messages(language.locale());
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return InputFiles.text(locale, key, args);
    }
}
