package io.otp.core.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.otp.core.NullValueException;
import io.otp.core.OtpMessages;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Why the SDK reached one conclusion about a tender: the conclusion concerned (for example
 * {@code SARA} or {@code SPECIAL_APPEAL}), the article it rests on, and a message with the numbers
 * compared, in English or Spanish, so that a committee can show how every figure was obtained.
 *
 * <p>The message is kept as a key of the SDK's message bundles plus named arguments, as in
 * {@link io.otp.core.Violation}. JSON: {@code {"arguments":{...},"article":"...","conclusion":"...",
 * "messageKey":"..."}}.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"arguments", "article", "conclusion", "messageKey"})
public final class Explanation {

    private final String conclusion;
    private final String article;
    private final String messageKey;
    private final Map<String, String> arguments;

    private Explanation(String conclusion, String article, String messageKey, Map<String, String> arguments) {
        this.conclusion = conclusion;
        this.article = article;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /**
     * Creates an explanation whose arguments are given as alternating names and values.
     *
     * @param conclusion the conclusion explained, e.g. {@code SARA}; not null
     * @param article the article it rests on, e.g. {@code LCSP-19.1}; not null
     * @param messageKey key of the message in the SDK's bundles; not null
     * @param namesAndValues {@code name1, value1, name2, value2, ...}; names are strings
     * @return the explanation, not null
     * @throws IllegalArgumentException if an odd number of names and values is given
     */
    public static Explanation of(String conclusion, String article, String messageKey, Object... namesAndValues) {
        return fromJson(conclusion, article, messageKey, OtpMessages.arguments(namesAndValues));
    }

    /**
     * Reads an explanation from its JSON properties.
     *
     * @param conclusion the conclusion; not null
     * @param article the article; not null
     * @param messageKey the message key; not null
     * @param arguments the arguments; null reads as none
     * @return the explanation, not null
     * @throws NullValueException if the conclusion, article or message key is missing
     */
    @JsonCreator
    static Explanation fromJson(@JsonProperty("conclusion") String conclusion, @JsonProperty("article") String article,
                                @JsonProperty("messageKey") String messageKey,
                                @JsonProperty("arguments") Map<String, String> arguments) {
        if (conclusion == null) {
            throw new NullValueException("conclusion");
        }
        if (article == null) {
            throw new NullValueException("article");
        }
        if (messageKey == null) {
            throw new NullValueException("messageKey");
        }
        return new Explanation(conclusion, article, messageKey, OtpMessages.readArguments(arguments));
    }

    /**
     * The conclusion explained, one of the constants of {@link SaraAssessment} such as
     * {@link SaraAssessment#SARA}.
     *
     * @return the conclusion, not null
     */
    @JsonProperty("conclusion")
    public String conclusion() {
        return conclusion;
    }

    /**
     * The article the conclusion rests on, as a rule id such as {@code LCSP-22.1.b}.
     *
     * @return the article, not null
     */
    @JsonProperty("article")
    public String article() {
        return article;
    }

    /**
     * The key of the message in the SDK's bundles.
     *
     * @return the key, not null
     */
    @JsonProperty("messageKey")
    public String messageKey() {
        return messageKey;
    }

    /**
     * The named values the message shows, in a stable order.
     *
     * @return an unmodifiable map, not null
     */
    @JsonProperty("arguments")
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
        return OtpMessages.render(messageKey, arguments, Objects.requireNonNull(locale, "locale"));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Explanation)) {
            return false;
        }
        Explanation other = (Explanation) o;
        return conclusion.equals(other.conclusion) && article.equals(other.article)
            && messageKey.equals(other.messageKey) && arguments.equals(other.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conclusion, article, messageKey, arguments);
    }

    /**
     * Returns {@code [conclusion, article] message}.
     *
     * @return a one-line description, not null
     */
    @Override
    public String toString() {
        return "[" + conclusion + ", " + article + "] " + message();
    }
}
