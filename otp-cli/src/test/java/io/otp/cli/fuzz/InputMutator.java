package io.otp.cli.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Turns a valid input file into a hostile one: each mutation keeps most of the document and breaks one
 * thing the way a spreadsheet, a careless script or an attacker would. The same kind and seed always give
 * the same bytes, so a failing case is reproduced from its description.
 */
final class InputMutator {

    /** What a mutation breaks. Heavy mutations (10 MB, 10,000 levels) are drawn less often by the tests. */
    enum Kind {
        /** A value of another JSON type, or text where a CSV cell holds a number or a date. */
        WRONG_TYPE,
        /** A member, a cell, a column or a line removed. */
        MISSING_FIELD,
        /** A member written twice, a column or a line repeated. */
        DUPLICATED_FIELD,
        /** Numbers beyond any double or decimal: {@code 1e400}, {@code 1E+1000000000}, tiny exponents. */
        HUGE_NUMBER,
        /** The JSON extensions {@code NaN}, {@code Infinity}, {@code -Infinity}. */
        NAN_INFINITY,
        /** Amounts of 30 digits, with and without decimals. */
        LONG_AMOUNT,
        /** Arrays or objects nested 10,000 deep. */
        DEEP_NESTING,
        /** A string or cell of 10 MB. */
        HUGE_STRING,
        /** Bytes that are not UTF-8 inside a string or a cell. */
        INVALID_UTF8,
        /** A byte-order mark (UTF-8, UTF-16, or two) before the content. */
        BYTE_ORDER_MARK,
        /** A spreadsheet formula in a string or cell: {@code =cmd|' /C calc'!A0}. */
        FORMULA,
        /** The file cut at a random byte. */
        TRUNCATED,
        /** CSV separated by tabs, pipes, spaces or semicolons, in one line or the whole file. */
        WRONG_DELIMITER,
        /** A double quote opened and never closed. */
        UNBALANCED_QUOTE
    }

    /** A mutated file: what was done (for the report of a failing case) and the bytes. */
    record Mutant(String description, byte[] bytes) {
        @Override
        public String toString() {
            return description + " (" + bytes.length + " bytes)";
        }
    }

    /** The formula a CSV export must never let a spreadsheet run. */
    static final String FORMULA = "=cmd|' /C calc'!A0";

    private static final List<String> FORMULAS = List.of(FORMULA, "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0");
    private static final List<String> HUGE_NUMBERS = List.of("1e400", "-1e400", "1E+1000000000", "-1E+1000000000",
        "1e-400", "1E-1000000000", "9.99e999999999", "4.9e-324", "1.7976931348623157e309");
    private static final List<String> NAN_INFINITY = List.of("NaN", "Infinity", "-Infinity", "+Infinity", "-NaN");
    private static final List<String> LONG_AMOUNTS = List.of("123456789012345678901234567890",
        "-123456789012345678901234567890", "123456789012345678901234567890.12", "0.123456789012345678901234567890",
        "999999999999999999999999999999.999999999999999999999999999999");
    private static final List<String> WRONG_CELLS = List.of("abc", "", " ", "true", "2026-13-45", "12,5", "1.2.3",
        "€100", "null", "{}", "0x1F", "1_000", "--", "\u00A0100");
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28},
        new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0x28}, new byte[] {(byte) 0xC0, (byte) 0xAF},
        new byte[] {(byte) 0xE2, (byte) 0x82});
    private static final List<byte[]> BOMS = List.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        new byte[] {0x00, 0x00, (byte) 0xFE, (byte) 0xFF});
    private static final List<String> DELIMITERS = List.of("\t", "|", " ", ";", ",,", ":");
    private static final int DEPTH = 10_000;
    private static final int HUGE_LENGTH = 10 * 1024 * 1024;
    /** Built once: the 10 MB string every HUGE_STRING mutation uses. */
    private static final String HUGE = "x".repeat(HUGE_LENGTH);
    private static final String RAW = "@@RAW@@";
    private static final String DUP = "@@DUP@@";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InputMutator() {
    }

    /**
     * Mutates a JSON document.
     *
     * @param valid the valid document
     * @param kind what to break; CSV-only kinds fall back to a related JSON mutation
     * @param seed the seed that picks where and how
     * @return the mutated document
     */
    static Mutant json(byte[] valid, Kind kind, long seed) {
        Random r = new Random(seed);
        JsonNode root = read(valid);
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        String where;
        String raw = null;
        String dupName = null;
        byte[] bytes;
        switch (kind) {
            case WRONG_TYPE -> {
                Slot s = pick(slots, r);
                JsonNode other = otherType(s.get(), r);
                s.set(other);
                where = s.path + " := " + abbreviate(other.toString());
            }
            case MISSING_FIELD -> {
                List<Slot> members = slots.stream().filter(s -> s.name != null).toList();
                Slot s = pick(members, r);
                ((ObjectNode) s.parent).remove(s.name);
                where = "without " + s.path;
            }
            case DUPLICATED_FIELD -> {
                List<Slot> members = slots.stream().filter(s -> s.name != null).toList();
                Slot s = pick(members, r);
                JsonNode copy = r.nextBoolean() ? s.get().deepCopy() : otherType(s.get(), r);
                ((ObjectNode) s.parent).set(DUP, copy);
                dupName = s.name;
                where = s.path + " twice, second " + abbreviate(copy.toString());
            }
            case HUGE_NUMBER, NAN_INFINITY, LONG_AMOUNT, WRONG_DELIMITER -> {
                List<String> literals = kind == Kind.HUGE_NUMBER ? HUGE_NUMBERS
                    : kind == Kind.NAN_INFINITY ? NAN_INFINITY : LONG_AMOUNTS;
                Slot s = numberSlot(slots, r);
                raw = literals.get(r.nextInt(literals.size()));
                s.set(TextNode.valueOf(RAW));
                where = s.path + " := " + raw;
            }
            case DEEP_NESTING -> {
                Slot s = pick(slots, r);
                boolean arrays = r.nextBoolean();
                raw = arrays ? "[".repeat(DEPTH) + "1" + "]".repeat(DEPTH)
                    : "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH);
                s.set(TextNode.valueOf(RAW));
                where = s.path + " := " + (arrays ? "arrays" : "objects") + " nested " + DEPTH + " deep";
            }
            case HUGE_STRING -> {
                Slot s = stringSlot(slots, r);
                raw = "\"" + HUGE + "\"";
                s.set(TextNode.valueOf(RAW));
                where = s.path + " := a string of " + HUGE_LENGTH + " characters";
            }
            case FORMULA, UNBALANCED_QUOTE -> {
                Slot s = stringSlot(slots, r);
                String formula = kind == Kind.FORMULA ? FORMULAS.get(r.nextInt(FORMULAS.size())) : "\"" + FORMULA;
                s.set(TextNode.valueOf(r.nextBoolean() ? formula : s.get().asText() + formula));
                where = s.path + " := " + abbreviate(s.get().toString());
            }
            case INVALID_UTF8 -> {
                Slot s = stringSlot(slots, r);
                byte[] bad = INVALID_UTF8.get(r.nextInt(INVALID_UTF8.size()));
                s.set(TextNode.valueOf(RAW));
                String text = root.toString();
                bytes = replace(text.getBytes(StandardCharsets.UTF_8), ("\"" + RAW + "\"").getBytes(StandardCharsets.UTF_8),
                    concat(new byte[] {'"'}, bad, new byte[] {'"'}));
                return new Mutant("json " + kind + " " + s.path + " := bytes " + hex(bad), bytes);
            }
            case BYTE_ORDER_MARK -> {
                byte[] bom = BOMS.get(r.nextInt(BOMS.size()));
                return new Mutant("json " + kind + " " + hex(bom), concat(bom, valid));
            }
            case TRUNCATED -> {
                int at = r.nextInt(Math.max(1, valid.length));
                return new Mutant("json " + kind + " at byte " + at, Arrays.copyOf(valid, at));
            }
            default -> throw new IllegalArgumentException("kind " + kind);
        }
        String text = root.toString();
        if (raw != null) {
            text = text.replace("\"" + RAW + "\"", raw);
        }
        if (dupName != null) {
            text = text.replace("\"" + DUP + "\"", MAPPER.valueToTree(dupName).toString());
        }
        bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Mutant("json " + kind + " " + where, bytes);
    }

    /**
     * Mutates a CSV file.
     *
     * @param valid the valid file
     * @param kind what to break; JSON-only kinds fall back to a related CSV mutation
     * @param seed the seed that picks where and how
     * @return the mutated file
     */
    static Mutant csv(byte[] valid, Kind kind, long seed) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(new String(valid, StandardCharsets.UTF_8).split("\n", -1)));
        List<Integer> data = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                data.add(i);
            }
        }
        int li = data.get(r.nextInt(data.size()));
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(li).replace("\r", "").split(",", -1)));
        int ci = r.nextInt(cells.size());
        String where = "line " + (li + 1) + " cell " + (ci + 1);
        switch (kind) {
            case WRONG_TYPE -> {
                cells.set(ci, WRONG_CELLS.get(r.nextInt(WRONG_CELLS.size())));
                where += " := \"" + cells.get(ci) + "\"";
            }
            case MISSING_FIELD -> {
                switch (r.nextInt(3)) {
                    case 0 -> {
                        cells.remove(ci);
                        where += " removed";
                    }
                    case 1 -> {
                        lines.remove(li);
                        return mutant("csv " + kind + " line " + (li + 1) + " removed", lines);
                    }
                    default -> {
                        for (int i : data) {
                            List<String> row = new ArrayList<>(Arrays.asList(lines.get(i).split(",", -1)));
                            if (ci < row.size()) {
                                row.remove(ci);
                            }
                            lines.set(i, String.join(",", row));
                        }
                        return mutant("csv " + kind + " column " + (ci + 1) + " removed", lines);
                    }
                }
            }
            case DUPLICATED_FIELD -> {
                if (r.nextBoolean()) {
                    lines.add(li, lines.get(li));
                    return mutant("csv " + kind + " line " + (li + 1) + " twice", lines);
                }
                cells.add(ci, cells.get(ci));
                where += " twice";
            }
            case HUGE_NUMBER, NAN_INFINITY, LONG_AMOUNT, DEEP_NESTING -> {
                List<String> literals = kind == Kind.HUGE_NUMBER ? HUGE_NUMBERS
                    : kind == Kind.NAN_INFINITY ? NAN_INFINITY
                    : kind == Kind.LONG_AMOUNT ? LONG_AMOUNTS : List.of("[".repeat(DEPTH) + "]".repeat(DEPTH));
                cells.set(ci, literals.get(r.nextInt(literals.size())));
                where += " := " + abbreviate(cells.get(ci));
            }
            case HUGE_STRING -> {
                cells.set(ci, HUGE);
                where += " := a cell of " + HUGE_LENGTH + " characters";
            }
            case FORMULA -> {
                String f = FORMULAS.get(r.nextInt(FORMULAS.size()));
                cells.set(ci, r.nextBoolean() ? f : "\"" + f + "\"");
                where += " := " + cells.get(ci);
            }
            case INVALID_UTF8 -> {
                byte[] bad = INVALID_UTF8.get(r.nextInt(INVALID_UTF8.size()));
                cells.set(ci, cells.get(ci) + RAW);
                lines.set(li, String.join(",", cells));
                byte[] bytes = replace(String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
                    RAW.getBytes(StandardCharsets.UTF_8), bad);
                return new Mutant("csv " + kind + " " + where + " += bytes " + hex(bad), bytes);
            }
            case BYTE_ORDER_MARK -> {
                byte[] bom = BOMS.get(r.nextInt(BOMS.size()));
                return new Mutant("csv " + kind + " " + hex(bom), concat(bom, valid));
            }
            case WRONG_DELIMITER -> {
                String d = DELIMITERS.get(r.nextInt(DELIMITERS.size()));
                if (r.nextBoolean()) {
                    lines.replaceAll(l -> l.startsWith("#") ? l : l.replace(",", d));
                    return mutant("csv " + kind + " \"" + d + "\" everywhere", lines);
                }
                lines.set(li, lines.get(li).replace(",", d));
                return mutant("csv " + kind + " \"" + d + "\" in line " + (li + 1), lines);
            }
            case UNBALANCED_QUOTE -> {
                String cell = cells.get(ci);
                int at = r.nextInt(cell.length() + 1);
                cells.set(ci, cell.substring(0, at) + "\"" + cell.substring(at));
                where += " := " + cells.get(ci);
            }
            case TRUNCATED -> {
                int at = r.nextInt(Math.max(1, valid.length));
                return new Mutant("csv " + kind + " at byte " + at, Arrays.copyOf(valid, at));
            }
            default -> throw new IllegalArgumentException("kind " + kind);
        }
        lines.set(li, String.join(",", cells));
        return mutant("csv " + kind + " " + where, lines);
    }

    private static Mutant mutant(String description, List<String> lines) {
        return new Mutant(description, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** A place in the tree: a member of an object or an element of an array. */
    private static final class Slot {
        final ContainerNode<?> parent;
        final String name;
        final int index;
        final String path;

        Slot(ContainerNode<?> parent, String name, int index, String path) {
            this.parent = parent;
            this.name = name;
            this.index = index;
            this.path = path;
        }

        JsonNode get() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        collect(node, "", slots);
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> names = o.fieldNames(); names.hasNext();) {
                String name = names.next();
                String p = path.isEmpty() ? name : path + "." + name;
                slots.add(new Slot(o, name, -1, p));
                collect(o.get(name), p, slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                slots.add(new Slot(a, null, i, p));
                collect(a.get(i), p, slots);
            }
        }
    }

    private static Slot numberSlot(List<Slot> slots, Random r) {
        List<Slot> numbers = slots.stream().filter(s -> s.get().isNumber()).toList();
        return numbers.isEmpty() || r.nextInt(5) == 0 ? pick(slots, r) : pick(numbers, r);
    }

    private static Slot stringSlot(List<Slot> slots, Random r) {
        List<Slot> strings = slots.stream().filter(s -> s.get().isTextual()).toList();
        return strings.isEmpty() || r.nextInt(5) == 0 ? pick(slots, r) : pick(strings, r);
    }

    private static JsonNode otherType(JsonNode node, Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> others = new ArrayList<>(List.of(NullNode.instance, BooleanNode.TRUE, TextNode.valueOf("text"),
            TextNode.valueOf(""), DecimalNode.valueOf(new BigDecimal("-1")), f.numberNode(0), f.arrayNode(),
            f.objectNode(), f.arrayNode().add(node.deepCopy())));
        if (node.isTextual()) {
            others.add(f.numberNode(42));
        } else if (node.isNumber()) {
            others.add(TextNode.valueOf(node.asText()));
        }
        others.removeIf(o -> o.getNodeType() == node.getNodeType() && o.equals(node));
        return others.get(r.nextInt(others.size()));
    }

    private static <T> T pick(List<T> values, Random r) {
        return values.get(r.nextInt(values.size()));
    }

    private static JsonNode read(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] replace(byte[] text, byte[] target, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + replacement.length);
        int i = 0;
        while (i < text.length) {
            if (i + target.length <= text.length && Arrays.equals(text, i, i + target.length, target, 0, target.length)) {
                out.writeBytes(replacement);
                i += target.length;
            } else {
                out.write(text[i++]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(String.format("%02X", x & 0xFF));
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 40) + "...(" + s.length() + " chars)";
    }
}
