package io.otp.core.need;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * One scored aspect of a {@link NeedAssessment}: a score on the scale from {@value #MIN} to
 * {@value #MAX} and the written rationale of the assessor, so that the score can be explained to the
 * department and reviewed later. What 1 and 5 mean is stated by the attribute of
 * {@link NeedAssessment} that holds the rating; 5 is always the end that favours the need.
 *
 * <p>Structural rules: the score is between {@value #MIN} and {@value #MAX}
 * ({@code OTP-NEED-RATING}) and the rationale is not blank ({@code OTP-NEED-RATIONALE}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRating.class)
@JsonDeserialize(as = ImmutableRating.class)
public abstract class Rating {

    /** The lowest score. */
    public static final int MIN = 1;

    /** The highest score. */
    public static final int MAX = 5;

    Rating() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A rating.
     *
     * @param score the score, {@value #MIN} to {@value #MAX}
     * @param rationale why this score; not null, not blank
     * @return the rating, not null
     * @throws ValidationException if the score is out of the scale or the rationale is null or blank
     */
    public static Rating of(int score, String rationale) {
        return builder().score(score).rationale(rationale).build();
    }

    /**
     * The score.
     *
     * @return {@value #MIN} to {@value #MAX}
     */
    public abstract int score();

    /**
     * Why the assessor gave this score.
     *
     * @return the rationale, not blank, not null
     */
    public abstract String rationale();

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (score() < MIN || score() > MAX) {
            violations.add(Violation.of("score", "OTP-NEED-RATING", "io.otp.core.need.rating.scale",
                "value", score(), "min", MIN, "max", MAX));
        }
        if (rationale().isBlank()) {
            violations.add(Violation.of("rationale", "OTP-NEED-RATIONALE", "io.otp.core.need.rating.rationale"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link Rating}s; each attribute may be set once. */
    public static final class Builder extends ImmutableRating.Builder {
        Builder() {
        }
    }
}
