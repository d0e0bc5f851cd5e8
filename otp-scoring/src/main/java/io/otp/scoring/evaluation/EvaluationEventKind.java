package io.otp.scoring.evaluation;

/**
 * What a step of an {@link Evaluation} did; each kind names the provision it applies.
 */
public enum EvaluationEventKind {
    /** The evaluation of a lot was started. */
    STARTED("LCSP-145"),
    /** A bid was registered with its formula envelope sealed (LCSP art. 139). */
    BID_REGISTERED("LCSP-139"),
    /** Evaluators recorded or revised value-judgment scores (LCSP art. 146.2). */
    VALUE_JUDGMENT_SCORED("LCSP-146.2"),
    /** The value-judgment scores were aggregated and sealed (LCSP art. 146.2.b). */
    VALUE_JUDGMENT_SEALED("LCSP-146.2.b"),
    /** The technical threshold was applied (LCSP art. 146.3). */
    THRESHOLD_APPLIED("LCSP-146.3"),
    /** The formula envelopes were opened (LCSP art. 157.4). */
    FORMULA_ENVELOPE_OPENED("LCSP-157.4"),
    /** The criteria evaluated by formula were scored (LCSP art. 146.1). */
    FORMULA_SCORED("LCSP-146.1"),
    /** Abnormally low offers were detected (LCSP art. 149; RGLCAP art. 85). */
    ABNORMAL_OFFERS_DETECTED("LCSP-149"),
    /** The committee decided on the justification of a flagged offer (LCSP art. 149.4, 149.6). */
    JUSTIFICATION_DECIDED("LCSP-149.6"),
    /** The admitted bids were ordered by total points (LCSP art. 150.1). */
    RANKED("LCSP-150.1"),
    /** Ties were broken (LCSP art. 147). */
    TIES_BROKEN("LCSP-147"),
    /** The award was proposed (LCSP art. 150.2). */
    AWARD_PROPOSED("LCSP-150.2"),
    /** The proposed bidder withdrew and the proposal moved to the next (LCSP art. 150.2). */
    PROPOSAL_WITHDRAWN("LCSP-150.2");

    private final String ruleId;

    EvaluationEventKind(String ruleId) {
        this.ruleId = ruleId;
    }

    /**
     * The provision the step applies, e.g. {@code LCSP-146.3}.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return ruleId;
    }
}
