package io.otp.report.internal.html;

import io.otp.report.Markup;
import java.util.Objects;

/**
 * A piece of HTML markup that is safe to embed: it was written by {@link HtmlWriter}, which escapes every
 * text, or made from a plain text by {@link #text(String)}. There is deliberately no factory taking raw
 * markup, so a text from the model can never reach a page unescaped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlFragment {

    private static final HtmlFragment EMPTY = new HtmlFragment("");

    private final String markup;

    HtmlFragment(String markup) {
        this.markup = markup;
    }

    /**
     * Returns the empty fragment.
     *
     * @return a fragment with no markup; not null
     */
    public static HtmlFragment empty() {
        return EMPTY;
    }

    /**
     * Returns a fragment showing a plain text, escaped.
     *
     * @param text the text; not null
     * @return the fragment; not null
     * @throws NullPointerException if {@code text} is null
     */
    public static HtmlFragment text(String text) {
        return new HtmlFragment(Markup.escape(Objects.requireNonNull(text, "text")));
    }

    /**
     * Returns the markup.
     *
     * @return the HTML markup; not null
     */
    public String markup() {
        return markup;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HtmlFragment && ((HtmlFragment) o).markup.equals(markup);
    }

    @Override
    public int hashCode() {
        return markup.hashCode();
    }

    /**
     * Returns the markup.
     *
     * @return the HTML markup; not null
     */
    @Override
    public String toString() {
        return markup;
    }
}
