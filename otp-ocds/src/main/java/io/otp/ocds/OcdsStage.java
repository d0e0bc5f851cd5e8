package io.otp.ocds;

/**
 * The stages of a contracting process, each published as one OCDS release with the
 * {@code releaseTag} code of the stage.
 */
public enum OcdsStage {
    /** Needs and budget before the call for tenders: tag {@code planning}. */
    PLANNING("planning"),
    /** The call for tenders with its lots and award criteria: tag {@code tender}. */
    TENDER("tender"),
    /** Bids, their evaluation and the proposed or decided awards: tag {@code award}. */
    AWARD("award"),
    /** The signed contracts: tag {@code contract}. */
    CONTRACT("contract"),
    /** Execution: milestones, payments and KPI metrics: tag {@code implementation}. */
    IMPLEMENTATION("implementation");

    private final String tag;

    OcdsStage(String tag) {
        this.tag = tag;
    }

    /**
     * The OCDS release tag of this stage ({@code releaseTag} codelist).
     *
     * @return the tag, not null
     */
    public String tag() {
        return tag;
    }
}
