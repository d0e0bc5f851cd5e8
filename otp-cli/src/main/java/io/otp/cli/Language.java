package io.otp.cli;

import io.otp.report.ReportLanguage;
import java.util.Locale;

/** The languages of the CLI's output for people: {@code --lang en} (default) or {@code --lang es}. */
public enum Language {

    /** English. */
    EN(Locale.ENGLISH, ReportLanguage.ENGLISH),

    /** Spanish. */
    ES(Locale.forLanguageTag("es-ES"), ReportLanguage.SPANISH);

    private final Locale locale;
    private final ReportLanguage report;

    Language(Locale locale, ReportLanguage report) {
        this.locale = locale;
        this.report = report;
    }

    /**
     * Reads the value of {@code --lang}.
     *
     * @param tag {@code en} or {@code es}, in any case; not null
     * @return the language; not null
     * @throws IllegalArgumentException if the tag is neither
     */
    public static Language forTag(String tag) {
        for (Language l : values()) {
            if (l.name().equalsIgnoreCase(tag.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + tag + "': expected en or es");
    }

    /**
     * Returns the tag users type.
     *
     * @return {@code en} or {@code es}; not null
     */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the locale of messages.
     *
     * @return the locale; not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the language of reports.
     *
     * @return the report language; not null
     */
    public ReportLanguage report() {
        return report;
    }
}
