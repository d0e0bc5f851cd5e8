package io.otp.report;

import io.otp.kpi.indicator.StatusLevel;

/**
 * The status of a project, KPI or milestone as shown to people: a colour AND a text label, never the
 * colour alone (WCAG 2.1, success criterion 1.4.1 Use of Color). The conventional traffic light of
 * project offices (red, amber, green, "RAG") plus grey for "no data" or "not applicable".
 *
 * <p>The colours have a contrast ratio of at least 3:1 against white (WCAG 2.1, 1.4.11 Non-text
 * Contrast) and the text on them is black or white as needed for 4.5:1 (1.4.3).
 */
public enum StatusTone {

    /** On track. */
    GREEN("#1a7f37", "#ffffff", "#dcf1e1"),

    /** At risk: needs attention. */
    AMBER("#b35900", "#ffffff", "#fbe9d0"),

    /** Off track: needs action. */
    RED("#c62828", "#ffffff", "#f8dcdc"),

    /** No data or not applicable. */
    GREY("#6e7781", "#ffffff", "#eaeef2");

    private final String colour;
    private final String textColour;
    private final String tint;

    StatusTone(String colour, String textColour, String tint) {
        this.colour = colour;
        this.textColour = textColour;
        this.tint = tint;
    }

    /**
     * Returns a pale tint of the colour, for backgrounds such as the bands of a scatter chart, on which
     * dark text stays readable.
     *
     * @return a CSS hex colour; not null
     */
    public String tint() {
        return tint;
    }

    /**
     * Returns the fill colour.
     *
     * @return a CSS hex colour such as {@code #1a7f37}; not null
     */
    public String colour() {
        return colour;
    }

    /**
     * Returns the colour of text written on the fill colour.
     *
     * @return a CSS hex colour; not null
     */
    public String textColour() {
        return textColour;
    }

    /**
     * Returns the CSS class of marks and badges of this tone.
     *
     * @return {@code otp-status-green}, {@code otp-status-amber}, {@code otp-status-red} or
     *     {@code otp-status-grey}; not null
     */
    public String cssClass() {
        return "otp-status-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Returns the key of the default label of this tone in the report bundles.
     *
     * @return a key such as {@code status.green}; not null
     */
    public String messageKey() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Returns the default text label of this tone in a language ("On track", "En plazo"...).
     *
     * @param language the language of the report; not null
     * @return the label; not null
     * @throws NullPointerException if {@code language} is null
     */
    public String label(ReportLanguage language) {
        return language.text(messageKey());
    }

    /**
     * Returns the tone of a KPI or project status level: {@code GREEN} green, {@code AMBER},
     * {@code AMBER_GREEN} and {@code AMBER_RED} amber, {@code RED} red, and grey for a level of another
     * scale, whose meaning this class cannot know. The text label
     * ({@link #levelLabel(StatusLevel, ReportLanguage)}) keeps the levels that share a colour apart.
     *
     * @param level the status level; not null
     * @return the tone; not null
     * @throws NullPointerException if {@code level} is null
     */
    public static StatusTone of(StatusLevel level) {
        switch (java.util.Objects.requireNonNull(level, "level").code()) {
            case "GREEN":
                return GREEN;
            case "AMBER_GREEN":
            case "AMBER":
            case "AMBER_RED":
                return AMBER;
            case "RED":
                return RED;
            default:
                return GREY;
        }
    }

    /**
     * Returns the text label of a KPI or project status level in a language: the bundle text of
     * {@code status.level.<code>} when there is one ("Ámbar"), else the level's own label.
     *
     * @param level the status level; not null
     * @param language the language of the report; not null
     * @return the label; not null
     * @throws NullPointerException if an argument is null
     */
    public static String levelLabel(StatusLevel level, ReportLanguage language) {
        String key = "status.level." + java.util.Objects.requireNonNull(level, "level").code();
        return java.util.Objects.requireNonNull(language, "language").hasText(key) ? language.text(key) : level.label();
    }
}
