package io.otp.scoring.ranking;

/**
 * The steps that can break a tie of total points, in the order they are applied: the pliego's own
 * criteria (LCSP art. 147.1), then the statutory chain of LCSP art. 147.2 (unless the pliego's criteria
 * replace it, {@link TieBreakMode}), then the draw.
 */
public enum TieBreakStep {
    /** A tie-break criterion of the pliego (LCSP art. 147.1). */
    PLIEGO_CRITERION("LCSP-147.1"),
    /** Higher percentage of disabled workers or workers in social-inclusion programmes (art. 147.2.a). */
    DISABLED_WORKERS_PERCENTAGE("LCSP-147.2.a"),
    /**
     * Still tied on (a): higher number of permanent workers with a disability or workers in inclusion
     * (art. 147.2.a: "el mayor número de trabajadores fijos con discapacidad en plantilla, o el mayor
     * número de personas trabajadoras en inclusión en la plantilla"), the two counts added
     * ({@link io.otp.core.tender.TieBreakData#permanentDisabledOrInclusionWorkers()}). The name is kept
     * from when only the first count was compared, so that rankings recorded then still read.
     */
    PERMANENT_DISABLED_WORKERS("LCSP-147.2.a"),
    /** Lower percentage of temporary contracts (art. 147.2.b). */
    TEMPORARY_CONTRACTS_PERCENTAGE("LCSP-147.2.b"),
    /** Higher percentage of women employed (art. 147.2.c). */
    WOMEN_PERCENTAGE("LCSP-147.2.c"),
    /** A draw (sorteo), deterministic from the recorded seed (art. 147.2.d). */
    DRAW("LCSP-147.2.d");

    private final String ruleId;

    TieBreakStep(String ruleId) {
        this.ruleId = ruleId;
    }

    /**
     * The rule the step applies, e.g. {@code LCSP-147.2.b}.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return ruleId;
    }
}
