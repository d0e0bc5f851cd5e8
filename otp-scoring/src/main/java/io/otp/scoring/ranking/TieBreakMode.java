package io.otp.scoring.ranking;

/**
 * How the pliego's own tie-break criteria (LCSP art. 147.1) relate to the statutory chain of LCSP art.
 * 147.2, which applies "en defecto de la previsión en los pliegos". The article does not say whether a
 * pliego that sets criteria of its own displaces the whole chain, or only goes before it so that the
 * chain still decides the bids the pliego's criteria leave tied; the contracting authority decides it in
 * the pliego, and the SDK makes it a setting ({@code EvaluationSettings.tieBreakMode()}), recorded on
 * every step of the trace ({@link TieBreak#mode()}).
 *
 * <p>In both modes a pliego that sets no criteria leaves the tie to the statutory chain, and a tie that
 * nothing else separates is decided by a draw (LCSP art. 147.2.d): a tie must be decided, and the draw is
 * the only means the law gives that needs no datum of the bidders.
 */
public enum TieBreakMode {

    /**
     * The pliego's criteria first, in the pliego's order; the bids they leave tied go on to the statutory
     * chain (art. 147.2.a to c), then to the draw (art. 147.2.d). The SDK's default: for the bids the
     * pliego's criteria cannot separate there is no provision of the pliego, so the statutory chain
     * applies to them.
     */
    PLIEGO_BEFORE_STATUTORY_CHAIN,

    /**
     * The pliego's criteria replace the statutory chain: the bids they leave tied go straight to the draw
     * (art. 147.2.d). Where the pliego sets no criteria the statutory chain applies all the same, so a
     * statutory step recorded under this mode means the pliego set none.
     */
    PLIEGO_REPLACES_STATUTORY_CHAIN;

    /**
     * Tells whether the statutory chain of art. 147.2.a to c is applied after the given number of pliego
     * criteria.
     *
     * @param pliegoCriteria how many tie-break criteria the pliego sets, not negative
     * @return true when the chain applies: always before-mode, and in replace-mode only without pliego
     *     criteria
     */
    public boolean appliesStatutoryChain(int pliegoCriteria) {
        return this == PLIEGO_BEFORE_STATUTORY_CHAIN || pliegoCriteria == 0;
    }

    /**
     * A sentence for the record, e.g. in the trace of an evaluation.
     *
     * @return the description, not null
     */
    public String description() {
        return this == PLIEGO_BEFORE_STATUTORY_CHAIN
            ? "the pliego's tie-break criteria go before the statutory chain of LCSP art. 147.2, which decides"
                + " the bids they leave tied"
            : "the pliego's tie-break criteria replace the statutory chain of LCSP art. 147.2 (which applies"
                + " only where the pliego sets none); the bids they leave tied are drawn (art. 147.2.d)";
    }
}
