package io.otp.core.risk;

import io.otp.core.ValidationException;
import io.otp.core.Violation;

/**
 * The level of a risk, read from its score (probability times impact, 1 to 25).
 *
 * <p>PM² (PM² Guide v3, "Risk Management") places each risk on a probability/impact grid and leaves
 * the grid's bands to the project; the bands here are the SDK's default: 1 to 4 low, 5 to 9 medium,
 * 10 to 14 high, 15 to 25 critical. A higher score never gives a lower level.
 */
public enum RiskLevel {

    /** Score 1 to 4: accepted and watched. */
    LOW(1, 4),

    /** Score 5 to 9: a response is planned. */
    MEDIUM(5, 9),

    /** Score 10 to 14: a response is planned and followed at each review. */
    HIGH(10, 14),

    /** Score 15 to 25: escalated to the steering committee. */
    CRITICAL(15, 25);

    private final int lowest;

    private final int highest;

    RiskLevel(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /**
     * The lowest score of the band.
     *
     * @return the score, 1 to 25
     */
    public int lowest() {
        return lowest;
    }

    /**
     * The highest score of the band.
     *
     * @return the score, 1 to 25
     */
    public int highest() {
        return highest;
    }

    /**
     * The level of a score under the SDK's default bands.
     *
     * @param score the score, 1 to 25
     * @return the level, not null
     * @throws ValidationException if the score is not between 1 and 25
     */
    public static RiskLevel ofScore(int score) {
        for (RiskLevel level : values()) {
            if (score >= level.lowest && score <= level.highest) {
                return level;
            }
        }
        throw new ValidationException(Violation.of("score", "OTP-RISK-SCORE",
            "io.otp.core.risk.score.range", "value", score));
    }
}
