package io.otp.core.tender;

import java.util.Objects;

/**
 * The rule under which the people taking part in a tender's evaluation declare the absence of
 * conflicts of interest before they score, and the rule id the SDK reports when a declaration is
 * missing or signed too late. Which one applies depends only on how the tender is funded
 * ({@link Tender#prtrFunded()}):
 *
 * <ul>
 *   <li>{@link #PRTR_DACI} for a tender funded by the Recovery, Transformation and Resilience Plan: the
 *       declaration of absence of conflict of interest ("DACI") that Orden HFP/1030/2021 (art. 6 and
 *       annex IV.A) demands of everyone taking part in a procedure that executes the plan, analysed as
 *       Orden HFP/55/2023 provides; rule id {@value #PRTR_DACI_RULE}.</li>
 *   <li>{@link #LCSP_64} for any other tender: the contracting authority's duty to prevent, detect and
 *       remedy conflicts of interest (LCSP art. 64), which the SDK meets by asking the same declaration
 *       of each committee member; rule id {@value #LCSP_64_RULE}.</li>
 * </ul>
 *
 * <p>In both cases a declaration counts for a scoring only if it was signed on or before the day of
 * that scoring: a declaration signed afterwards cannot have prevented a conflict in it.
 */
public enum ConflictOfInterestRegime {

    /** Conflicts of interest in procurement in general (LCSP art. 64). */
    LCSP_64(ConflictOfInterestRegime.LCSP_64_RULE, "LCSP art. 64"),

    /** The PRTR declaration of absence of conflict of interest (Orden HFP/1030/2021; Orden HFP/55/2023). */
    PRTR_DACI(ConflictOfInterestRegime.PRTR_DACI_RULE,
        "Orden HFP/1030/2021 art. 6 and annex IV.A; Orden HFP/55/2023");

    /** Rule id of {@link #LCSP_64}. */
    public static final String LCSP_64_RULE = "LCSP-64";

    /** Rule id of {@link #PRTR_DACI}. */
    public static final String PRTR_DACI_RULE = "HFP-1030/2021-DACI";

    private final String ruleId;
    private final String source;

    ConflictOfInterestRegime(String ruleId, String source) {
        this.ruleId = ruleId;
        this.source = source;
    }

    /**
     * The regime of a tender: {@link #PRTR_DACI} when it is PRTR-funded, {@link #LCSP_64} otherwise.
     *
     * @param tender the tender; not null
     * @return the regime, not null
     */
    public static ConflictOfInterestRegime of(Tender tender) {
        Objects.requireNonNull(tender, "tender");
        return tender.prtrFunded() ? PRTR_DACI : LCSP_64;
    }

    /**
     * The rule id reported, e.g. {@code HFP-1030/2021-DACI}.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * The provisions the regime rests on, for messages and records, e.g. {@code LCSP art. 64}.
     *
     * @return the citation, not null
     */
    public String source() {
        return source;
    }
}
