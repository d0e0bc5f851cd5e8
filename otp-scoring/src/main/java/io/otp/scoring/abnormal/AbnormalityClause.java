package io.otp.scoring.abnormal;

/**
 * The legal clause that decided a bid's assessment.
 */
public enum AbnormalityClause {

    /** One bidder: more than 25 units below the base budget (RGLCAP art. 85.1). */
    RGLCAP_85_1("RGLCAP-85.1"),

    /** Two bidders: more than 20 units below the other offer (RGLCAP art. 85.2). */
    RGLCAP_85_2("RGLCAP-85.2"),

    /** Three bidders: more than 10 units below the mean (RGLCAP art. 85.3). */
    RGLCAP_85_3("RGLCAP-85.3"),

    /** Three bidders, in any case: more than 25 units below the base budget (RGLCAP art. 85.3, last sentence). */
    RGLCAP_85_3_BUDGET("RGLCAP-85.3.budget"),

    /** Four or more bidders: more than 10 units below the (new) mean (RGLCAP art. 85.4). */
    RGLCAP_85_4("RGLCAP-85.4"),

    /** A parameter of the pliego for a lot with several criteria (LCSP art. 149.2.b). */
    LCSP_149_2_B("LCSP-149.2.b");

    private final String legalId;

    AbnormalityClause(String legalId) {
        this.legalId = legalId;
    }

    /**
     * The rule id used in explanations and violations, e.g. {@code RGLCAP-85.3}.
     *
     * @return the id; not null
     */
    public String legalId() {
        return legalId;
    }
}
