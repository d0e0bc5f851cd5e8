package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.OtpMessages;
import io.otp.core.Violation;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the evaluation could not do as the law expects, said in the result instead of passing in
 * silence: for example a lot with several criteria whose pliego sets no parameters for abnormally low
 * offers (LCSP art. 149.2.b), on which no offer can be checked.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluationFinding.class)
@JsonDeserialize(as = ImmutableEvaluationFinding.class)
public abstract class EvaluationFinding {

    EvaluationFinding() {
    }

    /**
     * A finding from a violation of the settings.
     *
     * @param violation the violation; not null
     * @return the finding; not null
     */
    public static EvaluationFinding of(Violation violation) {
        return ImmutableEvaluationFinding.builder().ruleId(violation.ruleId()).path(violation.path())
            .message(violation.message()).messageKey(violation.messageKey()).putAllArguments(violation.arguments())
            .build();
    }

    /**
     * The provision, e.g. {@code LCSP-149.2.b}.
     *
     * @return the rule id; not null
     */
    public abstract String ruleId();

    /**
     * The setting concerned, e.g. {@code pliegoRule}.
     *
     * @return the path; not null
     */
    public abstract String path();

    /**
     * What is wrong and what to do, in English.
     *
     * @return the message; not null
     */
    public abstract String message();

    /**
     * The key of the message in the SDK's bundles ({@code ContributorValidationMessages}), so that a reader
     * can show it in its own language.
     *
     * @return the key; empty in findings written before keys were recorded
     */
    public abstract Optional<String> messageKey();

    /**
     * The named values of the message.
     *
     * @return the arguments by name, sorted; empty when none or when {@link #messageKey()} is empty; not null
     */
    @Value.NaturalOrder
    public abstract java.util.SortedMap<String, String> arguments();

    /**
     * The message in a language: Spanish for a Spanish locale, English otherwise.
     *
     * @param locale the language wanted; not null
     * @return the message rendered from {@link #messageKey()} and {@link #arguments()}, or {@link #message()}
     *     when the finding has no key; not null
     */
    public String message(Locale locale) {
        return messageKey().map(key -> OtpMessages.render(key, Map.copyOf(arguments()), locale)).orElse(message());
    }
}
