package io.otp.report.internal.html;

import io.otp.report.Markup;
import io.otp.report.ReportDirectory;
import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One self-contained HTML document: {@code <!DOCTYPE html>}, {@code <html lang>}, {@code <meta
 * charset="utf-8">}, a title, one inline {@code <style>} that also lays the page out for printing on A4
 * ({@code @page { size: A4; margin: 15mm }}), the body, and a footer naming the generation date. There
 * are no scripts and no external resources (fonts, images, style sheets): the file opens offline, can
 * be archived with the file of the procedure, and its charts are inline SVG. The generation date is
 * given, never read from the clock, so the same input gives byte-identical output (HTML Living
 * Standard; WCAG 2.1, 3.1.1 Language of Page).
 *
 * <pre>{@code
 * String html = HtmlPage.builder(ReportLanguage.SPANISH, "Informe de valoración", LocalDate.of(2026, 11, 25))
 *     .body(body)
 *     .build()
 *     .render();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlPage {

    /** The style sheet of every report page: screen and A4 print layout, tables, badges and figures. */
    static final String STYLE = String.join("\n",
        "@page { size: A4; margin: 15mm; }",
        "html { font-family: \"Segoe UI\", \"Liberation Sans\", Arial, sans-serif; font-size: 11pt; color: #1f2328; }",
        "body { max-width: 180mm; margin: 0 auto; padding: 8mm 0; line-height: 1.4; }",
        "h1, h2, h3, h4 { page-break-after: avoid; break-after: avoid-page; }",
        "section { page-break-inside: auto; }",
        "table.otp-table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 10pt; }",
        "table.otp-table caption { text-align: left; font-weight: 600; padding: 0.25em 0; }",
        "table.otp-table th, table.otp-table td { border: 1px solid #afb8c1; padding: 0.2em 0.4em; "
            + "vertical-align: top; text-align: left; }",
        "table.otp-table thead th { background: #eaeef2; }",
        "table.otp-table tr { page-break-inside: avoid; break-inside: avoid; }",
        "thead { display: table-header-group; }",
        ".otp-num { text-align: right !important; white-space: nowrap; font-variant-numeric: tabular-nums; }",
        ".otp-badge { display: inline-block; padding: 0 0.5em; border-radius: 0.6em; font-size: 0.9em; "
            + "font-weight: 600; -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
        badgeRule(StatusTone.GREEN),
        badgeRule(StatusTone.AMBER),
        badgeRule(StatusTone.RED),
        badgeRule(StatusTone.GREY),
        "dl.otp-summary { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }",
        "dl.otp-summary dt { font-weight: 600; }",
        "dl.otp-summary dd { margin: 0; }",
        "dl.otp-summary { grid-template-columns: minmax(0, max-content) minmax(0, 1fr); } "
            + "dl.otp-summary dd { overflow-wrap: anywhere; }",
        "figure.otp-figure { margin: 1em 0; page-break-inside: avoid; break-inside: avoid; }",
        "figure.otp-figure svg { max-width: 100%; height: auto; }",
        "figcaption { font-size: 0.9em; color: #57606a; }",
        "footer.otp-footer { margin-top: 2em; border-top: 1px solid #afb8c1; font-size: 0.85em; color: #57606a; }",
        "@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }");

    private final ReportLanguage language;
    private final String title;
    private final LocalDate generatedOn;
    private final HtmlFragment body;

    private HtmlPage(Builder b) {
        this.language = b.language;
        this.title = b.title;
        this.generatedOn = b.generatedOn;
        this.body = b.body;
    }

    private static String badgeRule(StatusTone tone) {
        return ".otp-badge." + tone.cssClass() + " { background: " + tone.colour() + "; color: "
            + tone.textColour() + "; }";
    }

    /**
     * Starts a page.
     *
     * @param language the language of the page and its footer; not null
     * @param title the document title, also its first heading; not null
     * @param generatedOn the date the report was generated, shown in the footer; not null
     * @return a new builder; not null
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ReportLanguage language, String title, LocalDate generatedOn) {
        return new Builder(Objects.requireNonNull(language, "language"), Objects.requireNonNull(title, "title"),
            Objects.requireNonNull(generatedOn, "generatedOn"));
    }

    /**
     * Returns the language of the page.
     *
     * @return the language; not null
     */
    public ReportLanguage language() {
        return language;
    }

    /**
     * Returns the title.
     *
     * @return the title; not null
     */
    public String title() {
        return title;
    }

    /**
     * Returns the document.
     *
     * @return the complete HTML document; not null
     */
    public String render() {
        StringBuilder out = new StringBuilder(body.markup().length() + STYLE.length() + 512);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language.htmlLang()).append("\">\n<head>\n")
            .append("<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<meta name=\"generator\" content=\"OTP SDK\">\n")
            .append("<title>").append(Markup.escape(title)).append("</title>\n")
            .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
            .append("<header><h1>").append(Markup.escape(title)).append("</h1></header>\n")
            .append("<main>\n").append(body.markup()).append("</main>\n")
            .append("<footer class=\"otp-footer\"><p>")
            .append(Markup.escape(language.text("page.generatedOn", Map.of("date", language.date(generatedOn)))))
            .append("</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Writes the document to a file in UTF-8, replacing a regular file of that name; creates missing
     * parent directories. A symbolic link of that name is never followed ({@link ReportDirectory}).
     *
     * @param file the file; not null
     * @return the file; not null
     * @throws NullPointerException if {@code file} is null
     * @throws io.otp.report.ReportFileException if the file is a symbolic link or cannot be written
     */
    public Path writeTo(Path file) {
        Objects.requireNonNull(file, "file");
        return ReportDirectory.writeFile(file, render().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Builds an {@link HtmlPage}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final ReportLanguage language;
        private final String title;
        private final LocalDate generatedOn;
        private HtmlFragment body = HtmlFragment.empty();

        private Builder(ReportLanguage language, String title, LocalDate generatedOn) {
            this.language = language;
            this.title = title;
            this.generatedOn = generatedOn;
        }

        /**
         * Sets the body (without the title heading and footer, which the page writes).
         *
         * @param body the body; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code body} is null
         */
        public Builder body(HtmlFragment body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Builds the page.
         *
         * @return the page; not null
         */
        public HtmlPage build() {
            return new HtmlPage(this);
        }
    }
}
