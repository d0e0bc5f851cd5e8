package io.otp.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts the CLI prints for people, in English or Spanish ({@code io/otp/cli/messages*.properties},
 * {@link String#format} patterns).
 *
 * <p>This class is immutable and thread-safe.
 */
final class Messages {

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("io.otp.cli.messages", locale, Messages.class.getModule());
    }

    static Messages of(Language language) {
        return new Messages(language.locale());
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }
}
