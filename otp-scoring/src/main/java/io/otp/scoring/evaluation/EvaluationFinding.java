package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.Violation;
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
            .message(violation.message()).build();
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
}
