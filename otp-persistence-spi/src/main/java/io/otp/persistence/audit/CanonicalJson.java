package io.otp.persistence.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree in the canonical form of {@link AuditChain#canonicalDocument(String)}. Recursion is
 * bounded by the nesting limit of the reader that built the tree; a number longer than {@link #MAX_DIGITS}
 * digits written out is refused before it is written out.
 */
final class CanonicalJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * The most digits of a number written out in plain notation, not counting the zeros that end its
     * fraction: the SDK's limit on the numbers it reads, counted as it counts them.
     */
    static final int MAX_DIGITS = OtpJson.DEFAULT_MAX_NUMBER_LENGTH;

    private CanonicalJson() {
    }

    static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT:
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                it.forEachRemaining(members::add);
                members.sort(Map.Entry.comparingByKey());
                out.append('{');
                for (int i = 0; i < members.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(members.get(i).getKey(), out);
                    out.append(':');
                    write(members.get(i).getValue(), out);
                }
                out.append('}');
                break;
            case ARRAY:
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
                break;
            case STRING:
                string(node.textValue(), out);
                break;
            case NUMBER:
                out.append(number(node));
                break;
            case BOOLEAN:
                out.append(node.booleanValue());
                break;
            case NULL:
                out.append("null");
                break;
            default:
                throw new IllegalStateException("not a JSON value: " + node.getNodeType());
        }
    }

    private static String number(JsonNode node) {
        BigDecimal d = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
        // Counted before it is written out: 1E+1000000000 is eleven characters of text but a billion digits.
        long digits = DecimalPolicy.plainDigits(d);
        if (digits > MAX_DIGITS) {
            throw new ValidationException(Violation.of("", "OTP-JSON-LIMIT", "io.otp.core.json.limit", "path", "$",
                "limit", "maxNumberLength", "actual", digits, "maximum", MAX_DIGITS));
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        // BigDecimal has no negative zero; a zero with a negative scale (0E+3) is written 0.
        return d.signum() == 0 && d.scale() < 0 ? "0" : d.toPlainString();
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                default:
                    if (c < 0x20 || unpairedSurrogate(s, i)) {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                            .append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static boolean unpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
