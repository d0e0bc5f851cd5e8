package io.otp.persistence.audit;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text every store keeps exactly as given. Two kinds of character are not: U+0000, which PostgreSQL refuses
 * in text and in JSONB, and a UTF-16 surrogate without its pair (a lone half of a character outside the
 * Basic Multilingual Plane), which the H2 and PostgreSQL drivers replace with {@code ?}, so that the
 * document read back is no longer the one written and its digest no longer matches. Stores refuse both on
 * write, in every store alike (rule {@code OTP-STORE-TEXT}), before anything is changed; what was stored
 * earlier is read as it is.
 *
 * <p>This class is thread-safe.
 */
public final class StorableText {

    private StorableText() {
    }

    /**
     * The position of the first character of a text that no store keeps as given.
     *
     * @param text the text; not null
     * @return the index of U+0000 or of a surrogate without its pair; -1 if every character is kept
     */
    public static int firstUnkept(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isLowSurrogate(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The same check over the characters a JSON text stands for, its {@code \}{@code u} escapes decoded
     * (JSON writers escape U+0000 as {@code \}{@code u0000}).
     *
     * @param json the JSON text; not null
     * @return the index in the text where the first unkept character is written; -1 if none
     */
    public static int firstUnkeptInJson(String json) {
        int n = json.length();
        int pendingHigh = -1;
        for (int i = 0; i < n;) {
            int at = i;
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = json.charAt(i + 1);
                if (e == 'u' && i + 5 < n) {
                    c = (char) Integer.parseInt(json.substring(i + 2, i + 6), 16);
                    i += 6;
                } else {
                    c = 'x';
                    i += 2;
                }
            } else {
                i++;
            }
            if (pendingHigh >= 0) {
                if (Character.isLowSurrogate(c)) {
                    pendingHigh = -1;
                    continue;
                }
                return pendingHigh;
            }
            if (c == 0 || Character.isLowSurrogate(c)) {
                return at;
            }
            if (Character.isHighSurrogate(c)) {
                pendingHigh = at;
            }
        }
        return pendingHigh;
    }

    /**
     * Adds a violation for a text no store keeps as given.
     *
     * @param violations where to add it; not null
     * @param path the field, e.g. {@code summary}; not null
     * @param text the text; not null
     */
    public static void check(List<Violation> violations, String path, CharSequence text) {
        report(violations, path, firstUnkept(text), text);
    }

    private static void report(List<Violation> violations, String path, int at, CharSequence text) {
        if (at >= 0) {
            violations.add(Violation.of(path, "OTP-STORE-TEXT", "io.otp.persistence.store.text.unkept",
                "index", at, "character", String.format("U+%04X", (int) text.charAt(at))));
        }
    }

    /**
     * Refuses an audit change a host appends whose texts no store keeps as given.
     *
     * @param change the change; not null
     * @throws ValidationException naming the field, rule {@code OTP-STORE-TEXT}
     */
    public static void require(AuditChange change) {
        List<Violation> v = new ArrayList<>();
        check(v, "aggregateType", change.aggregateType());
        check(v, "aggregateId", change.aggregateId());
        check(v, "action", change.action());
        check(v, "summary", change.summary());
        for (Map.Entry<String, String> d : change.details().entrySet()) {
            check(v, "details", d.getKey());
            check(v, "details[" + io.otp.core.OtpMessages.printable(d.getKey()) + "]", d.getValue());
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /**
     * Adds a violation for a JSON document that stands for a text no store keeps as given.
     *
     * @param violations where to add it; not null
     * @param path the field; not null
     * @param json the document; not null
     */
    public static void checkJson(List<Violation> violations, String path, String json) {
        report(violations, path, firstUnkeptInJson(json), json);
    }
}
