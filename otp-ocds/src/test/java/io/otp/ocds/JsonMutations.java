package io.otp.ocds;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Broken and hostile variants of valid JSON documents, the way a bidder's tool or another
 * administration's export can get them wrong: values of the wrong kind, missing and duplicated
 * properties, extreme numbers ({@code 1E+1000000000}, {@code NaN}, 5,000 digits), nesting 10,000
 * deep, a 10 MB string, invalid UTF-8, byte-order marks, truncation and flipped bytes.
 *
 * <p>A mutant is fully determined by the valid document, the kind and the seed, so a failing case
 * can be replayed from what its description shows. The same mutations as otp-core's test support
 * {@code io.otp.core.testing.JsonMutations}, whose tests this module does not depend on.
 */
final class JsonMutations {

    /** Ten megabytes of text, shared because building it for every case would dominate the run. */
    private static final String TEN_MEGABYTES = "x".repeat(10 * 1024 * 1024);

    private static final String FIVE_THOUSAND_DIGITS = "9".repeat(5_000);

    private static final int DEEP = 10_000;

    /** Numbers a parser or a decimal type can choke on. */
    static final List<String> EXTREME_NUMBERS = List.of("1e400", "-1e400", "1E+1000000000", "-1E+1000000000",
        "1E-1000000000", "-1E-1000000000", "1e-400", "NaN", "Infinity", "-Infinity", "+1", "01", "-0", "0e0",
        "123456789012345678901234567890", "123456789012345678901234567890.12", "0.123456789012345678901234567890",
        FIVE_THOUSAND_DIGITS, "-" + FIVE_THOUSAND_DIGITS, "0." + FIVE_THOUSAND_DIGITS, "1" + "0".repeat(99) + "e0",
        "9223372036854775808", "-9223372036854775809", "2147483648", "1.0e2147483648", "1e-2147483649", ".5", "5.",
        "1e", "0x10", "1_000");

    /** Replacements of the wrong kind for any value. */
    private static final List<String> WRONG_KINDS = List.of("true", "false", "null", "0", "-1", "1.5", "\"\"",
        "\"abc\"", "\"12.50\"", "{}", "[]", "[null]", "{\"\":null}", "\"2026-02-30\"", "\"\\u0000\"");

    /** Byte sequences that are not UTF-8. */
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0,
        (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
        (byte) 0x80}, new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {0});

    /** Byte-order marks and encodings' first bytes, placed at the start of the document. */
    private static final List<byte[]> MARKS = List.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
        new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        new byte[] {0, 0, 0}, new byte[] {0});

    private static final ObjectMapper TREES = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();

    private JsonMutations() {
    }

    /** The ways a document is broken. */
    public enum Kind {
        /** A value replaced by one of another kind (string for number, array for object, true, null). */
        WRONG_TYPE,
        /** A property removed from an object. */
        MISSING_FIELD,
        /** A property written twice in one object. */
        DUPLICATE_FIELD,
        /** A value replaced by an extreme or non-standard number. */
        EXTREME_NUMBER,
        /** A value replaced by arrays or objects nested 10,000 deep. */
        DEEP_NESTING,
        /** A value replaced by a 10 MB string. */
        HUGE_STRING,
        /** Bytes that are not UTF-8 inserted or overwritten. */
        INVALID_UTF8,
        /** A byte-order mark (or the first bytes of another encoding) before the document. */
        BYTE_ORDER_MARK,
        /** The document cut at a byte. */
        TRUNCATION,
        /** One to eight bytes changed at random. */
        BYTE_FLIPS
    }

    /**
     * One broken document and how it was made.
     */
    public static final class Mutant {
        private final Kind kind;
        private final String description;
        private final byte[] bytes;

        Mutant(Kind kind, String description, byte[] bytes) {
            this.kind = kind;
            this.description = description;
            this.bytes = bytes;
        }

        /**
         * How the document was broken.
         *
         * @return the kind
         */
        public Kind kind() {
            return kind;
        }

        /**
         * The document's bytes; not copied.
         *
         * @return the bytes
         */
        public byte[] bytes() {
            return bytes;
        }

        @Override
        public String toString() {
            return kind + " (" + description + "): " + abbreviate(bytes);
        }
    }

    /**
     * Breaks a valid document in a way chosen from the seed.
     *
     * @param valid a valid JSON document, UTF-8
     * @param seed chooses the kind and the details
     * @return the mutant
     */
    public static Mutant mutate(byte[] valid, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        return mutate(valid, kind, random);
    }

    /**
     * Breaks a valid document in the given way.
     *
     * @param valid a valid JSON document, UTF-8
     * @param kind how to break it
     * @param random chooses the details
     * @return the mutant
     */
    public static Mutant mutate(byte[] valid, Kind kind, SplittableRandom random) {
        switch (kind) {
            case WRONG_TYPE:
                return replaceValue(valid, kind, random, node -> wrongKind(node, random));
            case MISSING_FIELD:
            case DUPLICATE_FIELD:
                return editField(valid, kind, random);
            case EXTREME_NUMBER:
                return replaceValue(valid, kind, random, node -> pick(EXTREME_NUMBERS, random));
            case DEEP_NESTING:
                return replaceValue(valid, kind, random, node -> random.nextBoolean()
                    ? "[".repeat(DEEP) + "]".repeat(DEEP) : "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP));
            case HUGE_STRING:
                return replaceValue(valid, kind, random, node -> "\"" + TEN_MEGABYTES + "\"");
            case INVALID_UTF8:
                return invalidUtf8(valid, random);
            case BYTE_ORDER_MARK:
                byte[] mark = pick(MARKS, random);
                return new Mutant(kind, "prefix " + hex(mark), concat(mark, valid));
            case TRUNCATION:
                int at = random.nextInt(valid.length + 1);
                return new Mutant(kind, "cut at byte " + at + " of " + valid.length, Arrays.copyOf(valid, at));
            case BYTE_FLIPS:
                return flips(valid, random);
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /**
     * The start and the length of a document, readable in a failure message however large it is.
     *
     * @param bytes the document
     * @return at most about 300 characters
     */
    public static String abbreviate(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 300), UTF_8);
        return bytes.length <= 300 ? text : text + "… (" + bytes.length + " bytes)";
    }

    // ------------------------------------------------------------------ tree edits

    private interface Replacement {
        String text(JsonNode node);
    }

    private static Mutant replaceValue(byte[] valid, Kind kind, SplittableRandom random, Replacement replacement) {
        JsonNode root = tree(valid);
        List<Position> positions = new ArrayList<>();
        collect(root, "$", positions);
        Position target = positions.get(random.nextInt(positions.size()));
        String text = replacement.text(target.node);
        StringBuilder out = new StringBuilder(valid.length + text.length() + 16);
        render(root, out, new JsonNode[] {target.node}, text, null, null);
        String shown = text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " characters)";
        return new Mutant(kind, target.path + " := " + shown, out.toString().getBytes(UTF_8));
    }

    private static Mutant editField(byte[] valid, Kind kind, SplittableRandom random) {
        JsonNode root = tree(valid);
        List<Position> positions = new ArrayList<>();
        collect(root, "$", positions);
        List<Position> objects = new ArrayList<>();
        for (Position p : positions) {
            if (p.node.isObject() && p.node.size() > 0) {
                objects.add(p);
            }
        }
        if (objects.isEmpty()) {
            // A scalar document has no property: a second value after it is the nearest thing.
            byte[] twice = concat(valid, concat(new byte[] {' '}, valid));
            return new Mutant(kind, "the value twice", twice);
        }
        Position target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.node.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        StringBuilder out = new StringBuilder(valid.length + 64);
        if (kind == Kind.MISSING_FIELD) {
            render(root, out, new JsonNode[1], null, target.node, e -> e.getKey().equals(name) ? "" : null);
            return new Mutant(kind, "without " + target.path + "." + name, out.toString().getBytes(UTF_8));
        }
        String second = random.nextBoolean() ? null : pick(WRONG_KINDS, random);
        render(root, out, new JsonNode[1], null, target.node, e -> {
            if (!e.getKey().equals(name)) {
                return null;
            }
            String value = e.getValue().toString();
            return quote(name) + ":" + value + "," + quote(name) + ":" + (second == null ? value : second);
        });
        return new Mutant(kind, target.path + "." + name + " twice", out.toString().getBytes(UTF_8));
    }

    private static String wrongKind(JsonNode node, SplittableRandom random) {
        if (random.nextInt(3) == 0) {
            return pick(WRONG_KINDS, random);
        }
        if (node.isTextual()) {
            return random.nextBoolean() ? "42" : "[" + node + "]";
        }
        if (node.isNumber()) {
            return random.nextBoolean() ? quote(node.asText()) : "[" + node + "]";
        }
        if (node.isObject()) {
            return random.nextBoolean() ? "[" + node + "]" : "[]";
        }
        if (node.isArray()) {
            return node.size() > 0 && random.nextBoolean() ? node.get(0).toString() : "{}";
        }
        return random.nextBoolean() ? "\"" + node.asText() + "\"" : "1";
    }

    private static final class Position {
        final JsonNode node;
        final String path;

        Position(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }
    }

    private static void collect(JsonNode node, String path, List<Position> into) {
        into.add(new Position(node, path));
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), path + "." + e.getKey(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", into);
            }
        }
    }

    private interface FieldEdit {
        /** The text to write instead of the property, or null to write it as it is. */
        String text(Map.Entry<String, JsonNode> field);
    }

    /**
     * Writes the tree as JSON, with {@code replacement} instead of the node {@code target[0]} and the
     * properties of the object {@code editedObject} passed through {@code edit}. The target is
     * replaced once and then cleared: Jackson shares the nodes of {@code null}, booleans and small
     * integers, so the same instance can stand at several places.
     */
    private static void render(JsonNode node, StringBuilder out, JsonNode[] target, String replacement,
            JsonNode editedObject, FieldEdit edit) {
        if (node == target[0]) {
            target[0] = null;
            out.append(replacement);
            return;
        }
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String edited = node == editedObject ? edit.text(e) : null;
                if (edited != null && edited.isEmpty()) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                if (edited != null) {
                    out.append(edited);
                } else {
                    out.append(quote(e.getKey())).append(':');
                    render(e.getValue(), out, target, replacement, editedObject, edit);
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                render(node.get(i), out, target, replacement, editedObject, edit);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    // ------------------------------------------------------------------ byte edits

    private static Mutant invalidUtf8(byte[] valid, SplittableRandom random) {
        byte[] bad = pick(INVALID_UTF8, random);
        int at = random.nextInt(valid.length + 1);
        boolean overwrite = random.nextBoolean() && at + bad.length <= valid.length;
        byte[] out;
        if (overwrite) {
            out = valid.clone();
            System.arraycopy(bad, 0, out, at, bad.length);
        } else {
            out = concat(concat(Arrays.copyOf(valid, at), bad), Arrays.copyOfRange(valid, at, valid.length));
        }
        return new Mutant(Kind.INVALID_UTF8, (overwrite ? "overwrite " : "insert ") + hex(bad) + " at byte " + at,
            out);
    }

    private static Mutant flips(byte[] valid, SplittableRandom random) {
        byte[] out = valid.clone();
        int n = 1 + random.nextInt(8);
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < n && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            byte before = out[at];
            out[at] = random.nextBoolean() ? (byte) (before ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
            what.append(what.length() == 0 ? "" : ", ").append(at).append(": ").append(hex(new byte[] {before}))
                .append("->").append(hex(new byte[] {out[at]}));
        }
        return new Mutant(Kind.BYTE_FLIPS, what.toString(), out);
    }

    // ------------------------------------------------------------------ helpers

    private static JsonNode tree(byte[] valid) {
        try {
            return TREES.readTree(valid);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a valid document: " + abbreviate(valid), e);
        }
    }

    private static String quote(String text) {
        try {
            return TREES.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T pick(List<T> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(out.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xFF));
        }
        return out.toString();
    }
}
