package io.otp.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
 * <p><b>Severity.</b> A violation is an {@link Severity#ERROR error} unless it says otherwise: only
 * errors make the validated object invalid. A {@link Severity#WARNING warning} reports something a
 * person should know and check (for example that the thresholds applied are the latest the SDK
 * knows, not those of the day, because no known period covers it), without making the object
 * invalid. {@link #of(String, String, String, Object...)} creates errors,
 * {@link #warning(String, String, String, Object...)} warnings.
 *
 * <p><b>JSON.</b> Written as {@code {"arguments":{...},"messageKey":"...","path":"...",
 * "ruleId":"...","severity":"WARNING"}}, properties in that order and arguments sorted by name by
 * the SDK's JSON; {@code severity} is written only for warnings, so the JSON of an error is the same
 * as before severities existed, and a document without it is read as an error.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"arguments", "messageKey", "path", "ruleId", "severity"})
public final class Violation {

    /**
     * How much a violation weighs: an error makes the validated object invalid, a warning does not.
     */
    public enum Severity {
        /** A rule is broken: the object is invalid. The default. */
        ERROR,
        /** Something to check that does not make the object invalid. */
        WARNING
    }

    private final String path;
    private final String ruleId;
    private final String messageKey;
    private final Map<String, String> arguments;
    private final Severity severity;

    private Violation(String path, String ruleId, String messageKey, Map<String, String> arguments,
                      Severity severity) {
        this.path = path;
        this.ruleId = ruleId;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.severity = severity;
    }

    /**
     * Reads a violation from its JSON properties; the constructor the SDK's JSON uses.
     *
     * @param path the path; not null
     * @param ruleId the rule id; not null
     * @param messageKey the message key; not null
     * @param arguments the arguments; null reads as none
     * @param severity the severity; null (absent) reads as {@link Severity#ERROR}
     * @return the violation, not null
     * @throws NullValueException if the path, rule id or message key is missing
     */
    @JsonCreator
    static Violation fromJson(@JsonProperty("path") String path, @JsonProperty("ruleId") String ruleId,
                              @JsonProperty("messageKey") String messageKey,
                              @JsonProperty("arguments") Map<String, String> arguments,
                              @JsonProperty("severity") Severity severity) {
        if (path == null) {
            throw new NullValueException("path");
        }
        if (ruleId == null) {
            throw new NullValueException("ruleId");
        }
        if (messageKey == null) {
            throw new NullValueException("messageKey");
        }
        return new Violation(path, ruleId, messageKey, OtpMessages.readArguments(arguments),
            severity == null ? Severity.ERROR : severity);
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
        return new Violation(path, ruleId, messageKey, Collections.unmodifiableMap(copy), Severity.ERROR);
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
        return of(path, ruleId, messageKey, OtpMessages.arguments(namesAndValues));
    }

    /**
     * Creates a {@link Severity#WARNING warning}: something to check that does not make the object
     * invalid.
     *
     * @param path where the matter is; not null
     * @param ruleId the rule concerned; not null
     * @param messageKey key of the message in the SDK's bundles; not null
     * @param namesAndValues {@code name1, value1, name2, value2, ...}; names are strings
     * @return the warning, not null
     * @throws IllegalArgumentException if an odd number of names and values is given
     */
    public static Violation warning(String path, String ruleId, String messageKey, Object... namesAndValues) {
        return of(path, ruleId, messageKey, namesAndValues).withSeverity(Severity.WARNING);
    }

    /**
     * Returns the same violation with another severity.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param newSeverity the severity; not null
     * @return the violation with that severity, not null
     */
    public Violation withSeverity(Severity newSeverity) {
        Objects.requireNonNull(newSeverity, "severity");
        return newSeverity == severity ? this : new Violation(path, ruleId, messageKey, arguments, newSeverity);
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
        return new Violation(joined, ruleId, messageKey, arguments, severity);
    }

    /**
     * Where the problem is, e.g. {@code lots[1].criteria[2].maxPoints}.
     *
     * @return the path, empty for the validated object itself; not null
     */
    @JsonProperty("path")
    public String path() {
        return path;
    }

    /**
     * The rule broken, e.g. {@code LCSP-146.2.a}.
     *
     * @return the rule id, not null
     */
    @JsonProperty("ruleId")
    public String ruleId() {
        return ruleId;
    }

    /**
     * The key of the message in the SDK's bundles ({@code ContributorValidationMessages}).
     *
     * @return the key, not null
     */
    @JsonProperty("messageKey")
    public String messageKey() {
        return messageKey;
    }

    /**
     * The named values the message shows (offending value, limit, ...), in a stable order.
     *
     * @return an unmodifiable map, not null
     */
    @JsonProperty("arguments")
    public Map<String, String> arguments() {
        return arguments;
    }

    /**
     * How much this violation weighs.
     *
     * @return {@link Severity#ERROR} unless created as a warning; not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Tells whether this violation makes the validated object invalid.
     *
     * @return true for an {@link Severity#ERROR error}, false for a warning
     */
    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The severity as JSON writes it: absent for an error, as before severities existed. */
    @JsonProperty("severity")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    Severity severityForJson() {
        return severity == Severity.ERROR ? null : severity;
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
            && messageKey.equals(other.messageKey) && arguments.equals(other.arguments)
            && severity == other.severity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, ruleId, messageKey, arguments, severity);
    }

    /**
     * Returns {@code path [ruleId] message}, e.g.
     * {@code lots[0].criteria [OTP-CRITERIA-SUM] lot L1: criteria points total 95.00, expected 100.00};
     * a warning is marked {@code [ruleId, warning]}.
     *
     * @return a one-line description, not null
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(root)" : OtpMessages.printable(path)) + " [" + ruleId
            + (isError() ? "" : ", warning") + "] " + message();
    }
}
