package io.otp.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One broken rule: where (a path such as {@code lots[1].criteria[2].maxPoints}), which rule
 * (a rule id such as {@code LCSP-146.2.a}) and what is wrong, with the offending value and what is
 * allowed.
 *
 * <p>The message is kept as a key of the SDK's message bundles plus named arguments, so it can be
 * rendered in any supported language ({@link #message(Locale)}: English and Spanish);
 * {@link #message()} is the English text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Violation {

    private final String path;
    private final String ruleId;
    private final String messageKey;
    private final Map<String, String> arguments;

    private Violation(String path, String ruleId, String messageKey, Map<String, String> arguments) {
        this.path = path;
        this.ruleId = ruleId;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /**
     * Creates a violation.
     *
     * @param path where the problem is, e.g. {@code lots[0].criteria}; empty for the object itself;
     *     not null
     * @param ruleId the rule broken, e.g. {@code LCSP-118.1} or {@code OTP-CRITERIA-SUM}; not null
     * @param messageKey key of the message in the SDK's bundles; not null
     * @param arguments named values the message shows, in the order given; not null
     * @return the violation, not null
     */
    public static Violation of(String path, String ruleId, String messageKey, Map<String, ?> arguments) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(arguments, "arguments");
        Map<String, String> copy = new LinkedHashMap<>();
        arguments.forEach((k, v) -> copy.put(k, String.valueOf(v)));
        return new Violation(path, ruleId, messageKey, Collections.unmodifiableMap(copy));
    }

    /**
     * Creates a violation whose arguments are given as alternating names and values.
     *
     * @param path where the problem is; not null
     * @param ruleId the rule broken; not null
     * @param messageKey key of the message in the SDK's bundles; not null
     * @param namesAndValues {@code name1, value1, name2, value2, ...}; names are strings
     * @return the violation, not null
     * @throws IllegalArgumentException if an odd number of names and values is given
     */
    public static Violation of(String path, String ruleId, String messageKey, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs, got "
                + namesAndValues.length + " items");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return of(path, ruleId, messageKey, args);
    }

    /**
     * Returns the same violation with its path placed under a parent path, e.g. {@code criteria[1]}
     * under {@code lots[0]} becomes {@code lots[0].criteria[1]}.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param parent the parent path; not null; empty leaves the path unchanged
     * @return the re-rooted violation, not null
     */
    public Violation under(String parent) {
        Objects.requireNonNull(parent, "parent");
        if (parent.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parent
            : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Violation(joined, ruleId, messageKey, arguments);
    }

    /**
     * Where the problem is, e.g. {@code lots[1].criteria[2].maxPoints}.
     *
     * @return the path, empty for the validated object itself; not null
     */
    public String path() {
        return path;
    }

    /**
     * The rule broken, e.g. {@code LCSP-146.2.a}.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * The key of the message in the SDK's bundles ({@code ContributorValidationMessages}).
     *
     * @return the key, not null
     */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The named values the message shows (offending value, limit, ...), in a stable order.
     *
     * @return an unmodifiable map, not null
     */
    public Map<String, String> arguments() {
        return arguments;
    }

    /**
     * The message in English.
     *
     * @return the message, not null
     */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /**
     * The message in the given language; English where the language is not supported.
     *
     * @param locale the language; not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        return OtpMessages.render(messageKey, arguments, locale);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Violation)) {
            return false;
        }
        Violation other = (Violation) o;
        return path.equals(other.path) && ruleId.equals(other.ruleId)
            && messageKey.equals(other.messageKey) && arguments.equals(other.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, ruleId, messageKey, arguments);
    }

    /**
     * Returns {@code path [ruleId] message}, e.g.
     * {@code lots[0].criteria [OTP-CRITERIA-SUM] lot L1: criteria points total 95.00, expected 100.00}.
     *
     * @return a one-line description, not null
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(root)" : OtpMessages.printable(path)) + " [" + ruleId + "] " + message();
    }
}
