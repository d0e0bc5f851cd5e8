package io.otp.persistence.audit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated JSON documents for the tests of the canonical document form, with everything the tests compare
 * against written here and not by the SDK: the canonical text of a value as {@link AuditChain#canonicalDocument}
 * documents it, other texts of the same value (members in any order, whitespace between tokens, any escape,
 * numbers with exponents), the text PostgreSQL's JSONB gives back, and SHA-256 in hexadecimal.
 */
final class JsonDocuments {

    /**
     * The pieces strings are made of: letters, every kind of escape, characters outside the BMP (a surrogate
     * pair), lone surrogates, and characters that are written as themselves although some encoders escape them.
     */
    private static final List<String> PIECES = List.of("a", "b", "Z", "0", " ", "\"", "\\", "/", "\u0000", "\u0001",
        "\b", "\t", "\n", "\f", "\r", "\u001f", "\u007f", "\u00e9", "\u2028", "\uffff", "\ud83d\ude00", "\ud800",
        "\udc00", "\u00f1");

    /**
     * The pieces names are made of: the same but lone surrogates, which the SDK's reader refuses in a name
     * (OTP-JSON-SYNTAX) while it reads them in a value.
     */
    private static final List<String> NAME_PIECES = PIECES.stream().filter(p -> !p.equals("\ud800") && !p.equals("\udc00"))
        .toList();

    private static final String WHITESPACE = " \t\n\r";

    private JsonDocuments() {
    }

    /** A JSON value. */
    sealed interface Json permits JObject, JArray, JString, JNumber, JLiteral {
    }

    /** An object with its members in the order generated; names are unique. */
    record JObject(List<Map.Entry<String, Json>> members) implements Json {
    }

    /** An array. */
    record JArray(List<Json> items) implements Json {
    }

    /** A string. */
    record JString(String text) implements Json {
    }

    /**
     * A number: {@code unscaled × 10^-scale}, as BigDecimal holds it; {@code minusZero} writes a zero with a sign.
     */
    record JNumber(BigInteger unscaled, int scale, boolean minusZero) implements Json {
    }

    /** {@code true}, {@code false} or {@code null}. */
    record JLiteral(String text) implements Json {
    }

    /**
     * Objects of up to three levels, their members, strings and numbers drawn from a list of choices so that
     * QuickTheories shrinks them towards small documents.
     *
     * @return a generator of objects
     */
    static Gen<JObject> objects() {
        return Generate.intArrays(integers().between(0, 120), integers().between(0, Integer.MAX_VALUE))
            .map(choices -> new Decoder(choices).object(0));
    }

    /**
     * Numbers of up to 20 digits with a scale from 0 to 10, the decimals of amounts.
     *
     * @return a generator of numbers
     */
    static Gen<JNumber> amounts() {
        return Generate.intArrays(integers().between(0, 24), integers().between(0, Integer.MAX_VALUE))
            .map(choices -> new Decoder(choices).number(0, 10));
    }

    // ------------------------------------------------------------------ canonical text, written independently

    /**
     * The canonical text of a value, as the Javadoc of {@link AuditChain#canonicalDocument} describes it.
     *
     * @param value the value
     * @return the text
     */
    static String canonical(Json value) {
        StringBuilder out = new StringBuilder();
        write(value, CANONICAL, out);
        return out.toString();
    }

    /**
     * How {@link #canonical} and {@link #jsonb} write a value: the order of members, what follows a colon
     * and a comma, and the case of the hexadecimal digits of an escape; both escape only what they must.
     */
    private record Style(Comparator<String> names, String colon, String comma, String hex) {
    }

    private static final Style CANONICAL = new Style(JsonDocuments::compareUtf16, ":", ",", "%04x");

    /** PostgreSQL's JSONB: names by their length in UTF-8 bytes, then by those bytes; spaces after separators. */
    private static final Style JSONB = new Style((a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return x.length != y.length ? x.length - y.length : Arrays.compareUnsigned(x, y);
    }, ": ", ", ", "%04X");

    private static void write(Json value, Style style, StringBuilder out) {
        if (value instanceof JObject o) {
            List<Map.Entry<String, Json>> sorted = new ArrayList<>(o.members());
            sorted.sort(Comparator.comparing(Map.Entry::getKey, style.names()));
            out.append('{');
            for (int i = 0; i < sorted.size(); i++) {
                out.append(i > 0 ? style.comma() : "");
                string(sorted.get(i).getKey(), style, out);
                out.append(style.colon());
                write(sorted.get(i).getValue(), style, out);
            }
            out.append('}');
        } else if (value instanceof JArray a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                out.append(i > 0 ? style.comma() : "");
                write(a.items().get(i), style, out);
            }
            out.append(']');
        } else if (value instanceof JString s) {
            string(s.text(), style, out);
        } else if (value instanceof JNumber n) {
            out.append(plain(n));
        } else {
            out.append(((JLiteral) value).text());
        }
    }

    /** Compares two names one UTF-16 code unit at a time, then by length. */
    static int compareUtf16(String a, String b) {
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return a.charAt(i) - b.charAt(i);
            }
        }
        return a.length() - b.length();
    }

    private static void string(String s, Style style, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String shortEscape = shortEscape(c);
            if (shortEscape != null) {
                out.append(shortEscape);
            } else if (c < 0x20 || lone(s, i)) {
                out.append("\\u").append(String.format(style.hex(), (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static String shortEscape(char c) {
        switch (c) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\b': return "\\b";
            case '\t': return "\\t";
            case '\n': return "\\n";
            case '\f': return "\\f";
            case '\r': return "\\r";
            default: return null;
        }
    }

    /** Whether the character at i is a surrogate without its other half. */
    private static boolean lone(String s, int i) {
        char c = s.charAt(i);
        boolean high = c >= 0xD800 && c <= 0xDBFF;
        boolean low = c >= 0xDC00 && c <= 0xDFFF;
        boolean nextIsLow = i + 1 < s.length() && s.charAt(i + 1) >= 0xDC00 && s.charAt(i + 1) <= 0xDFFF;
        boolean previousIsHigh = i > 0 && s.charAt(i - 1) >= 0xD800 && s.charAt(i - 1) <= 0xDBFF;
        return (high && !nextIsLow) || (low && !previousIsHigh);
    }

    /**
     * A number's exact value in plain notation with its scale: the digits, a point {@code scale} digits from
     * the right (with zeros in front when there are fewer digits), or zeros appended for a negative scale; a
     * zero has no sign.
     *
     * @param n the number
     * @return the text
     */
    static String plain(JNumber n) {
        String digits = n.unscaled().abs().toString();
        String sign = n.unscaled().signum() < 0 ? "-" : "";
        if (n.scale() <= 0) {
            return n.unscaled().signum() == 0 ? "0" : sign + digits + "0".repeat(-n.scale());
        }
        String padded = "0".repeat(Math.max(0, n.scale() + 1 - digits.length())) + digits;
        int point = padded.length() - n.scale();
        return sign + padded.substring(0, point) + "." + padded.substring(point);
    }

    // ------------------------------------------------------------------ other texts of the same value

    /**
     * A text of the value with its members shuffled, whitespace between tokens, characters escaped or not
     * as JSON allows, and numbers written with or without an exponent: every choice made by the seed.
     *
     * @param value the value
     * @param seed the choices
     * @return the text
     */
    static String anyText(Json value, long seed) {
        StringBuilder out = new StringBuilder();
        Random random = new Random(seed);
        space(random, out);
        anyText(value, random, out);
        space(random, out);
        return out.toString();
    }

    private static void anyText(Json value, Random random, StringBuilder out) {
        if (value instanceof JObject o) {
            List<Map.Entry<String, Json>> members = new ArrayList<>(o.members());
            Collections.shuffle(members, random);
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                space(random, out);
                anyString(members.get(i).getKey(), random, out);
                space(random, out);
                out.append(':');
                space(random, out);
                anyText(members.get(i).getValue(), random, out);
                space(random, out);
            }
            out.append('}');
        } else if (value instanceof JArray a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                out.append(i > 0 ? "," : "");
                space(random, out);
                anyText(a.items().get(i), random, out);
                space(random, out);
            }
            out.append(']');
        } else if (value instanceof JString s) {
            anyString(s.text(), random, out);
        } else if (value instanceof JNumber n) {
            out.append(anyNumber(n, random));
        } else {
            out.append(((JLiteral) value).text());
        }
    }

    private static void space(Random random, StringBuilder out) {
        for (int i = random.nextInt(3); i > 0; i--) {
            out.append(WHITESPACE.charAt(random.nextInt(WHITESPACE.length())));
        }
    }

    private static void anyString(String s, Random random, StringBuilder out) {
        out.append('"');
        int how = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mustEscape = c < 0x20 || c == '"' || c == '\\' || lone(s, i);
            String shortEscape = shortEscape(c);
            // the reader wants both halves of a pair escaped or neither: it refuses an escaped half next to a raw one
            boolean secondHalf = i > 0 && Character.isSurrogatePair(s.charAt(i - 1), c);
            how = secondHalf ? how : random.nextInt(3);
            if (how == 0 || (mustEscape && shortEscape == null)) {
                String hex = String.format("%04x", (int) c);
                out.append("\\u").append(random.nextBoolean() ? hex : hex.toUpperCase(java.util.Locale.ROOT));
            } else if (mustEscape) {
                out.append(shortEscape);
            } else if (c == '/' && how == 1) {
                out.append("\\/");
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /**
     * The number written with its digits, a point some digits from the right and the exponent that keeps its
     * scale: {@code 1.50} may be written {@code 150E-2}, {@code 0.150e+1} or {@code 1.50}.
     */
    private static String anyNumber(JNumber n, Random random) {
        String digits = n.unscaled().abs().toString();
        String sign = n.unscaled().signum() < 0 || n.minusZero() ? "-" : "";
        int after = random.nextInt(digits.length() + 2);
        int exponent = after - n.scale();
        String padded = "0".repeat(Math.max(0, after + 1 - digits.length())) + digits;
        int point = padded.length() - after;
        String mantissa = after == 0 ? digits : padded.substring(0, point) + "." + padded.substring(point);
        if (exponent == 0 && random.nextBoolean()) {
            return sign + mantissa;
        }
        String e = random.nextBoolean() ? "e" : "E";
        String plus = exponent >= 0 && random.nextBoolean() ? "+" : "";
        return sign + mantissa + e + plus + exponent;
    }

    /**
     * The text PostgreSQL's JSONB gives back for the value: members sorted by the length of their name in
     * UTF-8 bytes, then by those bytes; a space after each colon and comma; numbers as {@code numeric} prints
     * them (plain, with their scale); only quotes, backslashes and control characters escaped.
     *
     * @param value the value
     * @return the text
     */
    static String jsonb(Json value) {
        StringBuilder out = new StringBuilder();
        write(value, JSONB, out);
        return out.toString();
    }

    /**
     * SHA-256 of a text's UTF-8 bytes, as 64 lower-case hexadecimal digits.
     *
     * @param text the text
     * @return the digest
     */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%064x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads a value from a list of choices; past the end every choice is 0, the smallest. */
    private static final class Decoder {
        private final int[] choices;
        private int next;

        Decoder(int[] choices) {
            this.choices = choices;
        }

        private int next(int bound) {
            return next < choices.length ? choices[next++] % bound : 0;
        }

        JObject object(int depth) {
            int size = next(5);
            List<Map.Entry<String, Json>> members = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < size; i++) {
                String name = string(4, NAME_PIECES);
                if (names.add(name)) {
                    members.add(Map.entry(name, value(depth + 1)));
                }
            }
            return new JObject(members);
        }

        Json value(int depth) {
            int kind = next(depth >= 3 ? 4 : 6);
            switch (kind) {
                case 0: return new JLiteral(List.of("null", "true", "false").get(next(3)));
                case 1: return number(-5, 10);
                case 2: return new JString(string(6, PIECES));
                case 3: return number(0, 4);
                case 4: {
                    List<Json> items = new ArrayList<>();
                    for (int i = next(4); i > 0; i--) {
                        items.add(value(depth + 1));
                    }
                    return new JArray(items);
                }
                default: return object(depth);
            }
        }

        String string(int maxPieces, List<String> pieces) {
            StringBuilder s = new StringBuilder();
            for (int i = next(maxPieces + 1); i > 0; i--) {
                s.append(pieces.get(next(pieces.size())));
            }
            return s.toString();
        }

        JNumber number(int minScale, int maxScale) {
            StringBuilder digits = new StringBuilder().append(next(10));
            for (int i = next(20); i > 0; i--) {
                digits.append(next(10));
            }
            BigInteger unscaled = new BigInteger(digits.toString());
            boolean minus = next(2) == 1;
            int scale = minScale + next(maxScale - minScale + 1);
            return new JNumber(minus ? unscaled.negate() : unscaled, scale, minus && unscaled.signum() == 0);
        }
    }
}
