package io.otp.report.internal.html;

import io.otp.report.Markup;
import io.otp.report.StatusTone;
import io.otp.report.internal.svg.Svg;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes the body of a report as HTML, escaping every text and attribute value it is given
 * ({@link Markup#escape(String)}), so a bidder named {@code <script>alert(1)</script>} shows as text.
 *
 * <pre>{@code
 * HtmlFragment body = new HtmlWriter()
 *     .startSection("ranking", "Ranking")
 *     .paragraph("Three bids were evaluated.")
 *     .table(table)
 *     .figure(chart.render(ReportLanguage.ENGLISH), "Rank acceptability")
 *     .endSection()
 *     .toFragment();
 * }</pre>
 *
 * <p>A writer is mutable and not thread-safe; the fragments it returns are immutable.
 */
public final class HtmlWriter {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> sections = new ArrayDeque<>();

    /** Creates an empty writer. */
    public HtmlWriter() {
        // Nothing to set up: the writer starts with an empty body.
    }

    /**
     * Writes a heading {@code <h1>} to {@code <h6>}.
     *
     * @param level the level, 1 to 6
     * @param text the heading; not null
     * @return this writer; not null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code level} is not 1 to 6
     */
    public HtmlWriter heading(int level, String text) {
        return heading(level, null, text);
    }

    /**
     * Writes a heading with an id, the target of links such as a table of contents.
     *
     * @param level the level, 1 to 6
     * @param id the id, a letter followed by letters, digits, {@code -} or {@code _}; null for none
     * @param text the heading; not null
     * @return this writer; not null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code level} is not 1 to 6 or {@code id} is not a valid id
     */
    public HtmlWriter heading(int level, String id, String text) {
        Objects.requireNonNull(text, "text");
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level + " is not 1 to 6");
        }
        out.append("<h").append(level);
        if (id != null) {
            out.append(" id=\"").append(checkId(id)).append('"');
        }
        out.append('>').append(Markup.escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    /**
     * Writes a paragraph.
     *
     * @param text the text; not null
     * @return this writer; not null
     * @throws NullPointerException if {@code text} is null
     */
    public HtmlWriter paragraph(String text) {
        out.append("<p>").append(Markup.escape(Objects.requireNonNull(text, "text"))).append("</p>\n");
        return this;
    }

    /**
     * Writes a paragraph holding a status badge followed by a text, such as
     * "[At risk] Two milestones are late".
     *
     * @param tone the status colour; not null
     * @param label the status label that says the status without the colour; not null
     * @param text the text after the badge; not null
     * @return this writer; not null
     * @throws NullPointerException if an argument is null
     */
    public HtmlWriter statusParagraph(StatusTone tone, String label, String text) {
        Objects.requireNonNull(text, "text");
        out.append("<p>");
        appendBadge(out, tone, label);
        out.append(' ').append(Markup.escape(text)).append("</p>\n");
        return this;
    }

    /**
     * Writes a status badge on its own: an inline {@code <span>} with the colour of the tone and the label
     * as its text (WCAG 2.1, 1.4.1 Use of Color: the label says the status without the colour).
     *
     * @param tone the status colour; not null
     * @param label the label; not null
     * @return this writer; not null
     * @throws NullPointerException if an argument is null
     */
    public HtmlWriter badge(StatusTone tone, String label) {
        appendBadge(out, tone, label);
        out.append('\n');
        return this;
    }

    /**
     * Writes a definition list ({@code <dl>}) of terms and their descriptions, such as the summary of a
     * tender, in the iteration order of the map.
     *
     * @param entries the terms and their descriptions; not null, no null keys or values
     * @return this writer; not null
     * @throws NullPointerException if {@code entries}, a term or a description is null
     */
    public HtmlWriter definitionList(Map<String, String> entries) {
        Objects.requireNonNull(entries, "entries");
        out.append("<dl class=\"otp-summary\">\n");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            out.append("<dt>").append(Markup.escape(Objects.requireNonNull(e.getKey(), "term"))).append("</dt><dd>")
                .append(Markup.escape(Objects.requireNonNull(e.getValue(), "description"))).append("</dd>\n");
        }
        out.append("</dl>\n");
        return this;
    }

    /**
     * Writes a table.
     *
     * @param table the table; not null
     * @return this writer; not null
     * @throws NullPointerException if {@code table} is null
     */
    public HtmlWriter table(HtmlTable table) {
        Objects.requireNonNull(table, "table").writeTo(out);
        return this;
    }

    /**
     * Writes a chart as a figure: the inline SVG and a visible caption ({@code <figure>},
     * {@code <figcaption>}).
     *
     * @param svg the chart; not null
     * @param caption the caption; not null
     * @return this writer; not null
     * @throws NullPointerException if an argument is null
     */
    public HtmlWriter figure(Svg svg, String caption) {
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(caption, "caption");
        out.append("<figure class=\"otp-figure\">\n").append(svg.inline()).append("\n<figcaption>")
            .append(Markup.escape(caption)).append("</figcaption>\n</figure>\n");
        return this;
    }

    /**
     * Opens a section ({@code <section id="...">}) with an {@code <h2>} heading; close it with
     * {@link #endSection()}. Sections may nest.
     *
     * @param id the id, a letter followed by letters, digits, {@code -} or {@code _}; not null
     * @param heading the heading; not null
     * @return this writer; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} is not a valid id
     */
    public HtmlWriter startSection(String id, String heading) {
        Objects.requireNonNull(heading, "heading");
        out.append("<section id=\"").append(checkId(Objects.requireNonNull(id, "id"))).append("\">\n");
        sections.push(id);
        return heading(Math.min(sections.size() + 1, 6), heading);
    }

    /**
     * Closes the innermost open section.
     *
     * @return this writer; not null
     * @throws IllegalStateException if no section is open
     */
    public HtmlWriter endSection() {
        if (sections.isEmpty()) {
            throw new IllegalStateException("endSection() without an open section");
        }
        sections.pop();
        out.append("</section>\n");
        return this;
    }

    /**
     * Appends a fragment written elsewhere.
     *
     * @param fragment the fragment; not null
     * @return this writer; not null
     * @throws NullPointerException if {@code fragment} is null
     */
    public HtmlWriter fragment(HtmlFragment fragment) {
        out.append(Objects.requireNonNull(fragment, "fragment").markup());
        return this;
    }

    /**
     * Returns what was written as a fragment.
     *
     * @return the fragment; not null
     * @throws IllegalStateException if a section is still open
     */
    public HtmlFragment toFragment() {
        if (!sections.isEmpty()) {
            throw new IllegalStateException("section '" + sections.peek() + "' is still open");
        }
        return new HtmlFragment(out.toString());
    }

    static void appendBadge(StringBuilder out, StatusTone tone, String label) {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(label, "label");
        out.append("<span class=\"otp-badge ").append(tone.cssClass()).append("\" data-status=\"")
            .append(tone.name()).append("\">").append(Markup.escape(label)).append("</span>");
    }

    private static String checkId(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' is not a letter followed by letters, digits, - or _");
        }
        return id;
    }
}
