package io.otp.core.risk;

import io.otp.core.ValidationException;
import io.otp.core.Violation;

/**
 * A qualitative level of the probability or the impact of a risk, with its numeric score. PM²
 * (PM² Guide v3, "Risk Management") rates both on the five levels very low to very high; the SDK
 * scores them 1 to 5 so that a risk's score, probability times impact, runs from 1 to 25.
 */
public enum Rating {

    /** Very low, score 1. */
    VERY_LOW(1),

    /** Low, score 2. */
    LOW(2),

    /** Medium, score 3. */
    MEDIUM(3),

    /** High, score 4. */
    HIGH(4),

    /** Very high, score 5. */
    VERY_HIGH(5);

    private final int score;

    Rating(int score) {
        this.score = score;
    }

    /**
     * The numeric score of the level.
     *
     * @return 1 (very low) to 5 (very high)
     */
    public int score() {
        return score;
    }

    /**
     * The level with a score.
     *
     * @param score the score, 1 to 5
     * @return the level, not null
     * @throws ValidationException if the score is not between 1 and 5
     */
    public static Rating ofScore(int score) {
        if (score < 1 || score > 5) {
            throw new ValidationException(Violation.of("score", "OTP-RISK-RATING",
                "io.otp.core.risk.rating.range", "value", score));
        }
        return values()[score - 1];
    }
}
