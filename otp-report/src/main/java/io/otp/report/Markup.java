package io.otp.report;

import java.util.Objects;

/**
 * Escaping of text for HTML and XML (SVG) documents.
 *
 * <p>Every character with a meaning in markup is replaced by a character reference, so that a text from
 * the model (a bidder named {@code <script>alert(1)</script>}) is shown as text and never read as markup:
 * {@code &} {@code <} {@code >} {@code "} and {@code '} become {@code &amp;amp;} {@code &amp;lt;}
 * {@code &amp;gt;} {@code &amp;quot;} and {@code &amp;#39;}. The same escaping is safe in element content
 * and in quoted attribute values (HTML Living Standard, 13.1.2.3 and 13.1.2.6; XML 1.0, 2.4). Control
 * characters that XML 1.0 does not allow (U+0000 to U+001F except tab, line feed and carriage return,
 * and U+FFFE, U+FFFF) are replaced by U+FFFD so the output is always well-formed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * Escapes a text for element content or a quoted attribute value of HTML or XML.
     *
     * @param text the text to escape; not null
     * @return the escaped text; not null
     * @throws NullPointerException if {@code text} is null
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                    out.append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\'':
                return "&#39;";
            case '\t':
            case '\n':
            case '\r':
                return null;
            default:
                return c < 0x20 || c == 0xFFFE || c == 0xFFFF ? "\uFFFD" : null;
        }
    }
}
