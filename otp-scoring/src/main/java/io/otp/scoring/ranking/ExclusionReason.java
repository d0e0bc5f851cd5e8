package io.otp.scoring.ranking;

/**
 * Why a bid does not enter the ranking, each with the rule it rests on.
 */
public enum ExclusionReason {
    /** Below the minimum technical score: it does not reach the price phase (LCSP art. 146.3). */
    BELOW_TECHNICAL_THRESHOLD("LCSP-146.3"),
    /** Abnormally low and not justified, or its justification rejected (LCSP art. 149.6). */
    ABNORMALLY_LOW_NOT_JUSTIFIED("LCSP-149.6"),
    /** The offer exceeds the base budget of the lot (RGLCAP art. 84). */
    ABOVE_BUDGET("RGLCAP-84"),
    /** Any other reason the mesa records (its note says which). */
    OTHER("OTP-EXCLUDED");

    private final String ruleId;

    ExclusionReason(String ruleId) {
        this.ruleId = ruleId;
    }

    /**
     * The rule the exclusion rests on, e.g. {@code LCSP-146.3}.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return ruleId;
    }
}
