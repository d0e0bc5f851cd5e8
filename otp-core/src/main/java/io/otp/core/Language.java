package io.otp.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A language the SDK writes its texts in for people: Spanish as written in Spain or English (the default
 * where no language is chosen). Messages of violations, reports and the command-line tool all take their
 * language from here. Files and pages written in every language are written in the order of
 * {@link #values()}: Spanish first.
 *
 * <p>{@link #parse(CharSequence)} reads what {@link #toString()} writes ({@code en}, {@code es}) and is
 * lenient about the rest: case, surrounding spaces, a region ({@code es-ES}, {@code es_ES}, {@code en-GB})
 * and the constant's name ({@code SPANISH}). {@link #of(Locale)} never fails: a locale in a language the
 * SDK does not write gets English.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Language {

    /** Spanish as written in Spain ({@code es}, locale {@code es-ES}). */
    SPANISH("es", Locale.forLanguageTag("es-ES")),

    /** English ({@code en}), the default where no language is chosen. */
    ENGLISH("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /**
     * Reads a language: {@code en} or {@code es} in any case, with or without a region, or the name of a
     * constant. This is the inverse of {@link #toString()}.
     *
     * @param text the language, such as {@code es}, {@code ES}, {@code es-ES} or {@code en_GB}; not null
     * @return the language; not null
     * @throws NullPointerException if {@code text} is null
     * @throws ValidationException if the text names no language the SDK writes (rule {@code OTP-LANGUAGE})
     */
    public static Language parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(s)) {
                return language;
            }
        }
        String subtag = Locale.forLanguageTag(s.replace('_', '-')).getLanguage();
        for (Language language : values()) {
            if (language.tag.equals(subtag)) {
                return language;
            }
        }
        throw new ValidationException(Violation.of("language", "OTP-LANGUAGE", "io.otp.core.language.unknown",
            "value", s));
    }

    /**
     * Returns the language of a locale: Spanish for a Spanish locale of any region, English for every other.
     *
     * @param locale the locale; not null
     * @return the language; not null
     * @throws NullPointerException if {@code locale} is null
     */
    public static Language of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return SPANISH.tag.equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }

    /**
     * Returns the BCP 47 language tag, as users type it and as the HTML {@code lang} attribute takes it.
     *
     * @return {@code en} or {@code es}; not null
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the locale of this language.
     *
     * @return {@code en} or {@code es-ES}; not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the BCP 47 tag, which {@link #parse(CharSequence)} reads back.
     *
     * @return {@code en} or {@code es}; not null
     */
    @Override
    public String toString() {
        return tag;
    }
}
