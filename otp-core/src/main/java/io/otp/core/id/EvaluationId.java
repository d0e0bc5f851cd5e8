package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;
import java.util.Objects;

/**
 * Identifies the evaluation of one lot of a tender: by convention the tender's id and the lot's id
 * joined by {@code #}, e.g. {@code 2026/EXP-0042#L1}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationId extends TypedId {

    private EvaluationId(String value) {
        super("evaluationId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static EvaluationId of(String value) {
        return new EvaluationId(value);
    }

    /**
     * The identifier of the evaluation of a lot: {@code tender#lot}.
     *
     * @param tender the tender; not null
     * @param lot the lot; not null
     * @return the identifier, not null
     * @throws ValidationException if the joined text exceeds 100 characters
     */
    public static EvaluationId of(TenderId tender, LotId lot) {
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(lot, "lot");
        return new EvaluationId(tender.value() + "#" + lot.value());
    }
}
