package io.otp.core.rules;

/**
 * A publication the LCSP requires of a tender, with the article that requires it.
 */
public enum PublicationObligation {
    /** The contract notice in the contracting authority's profile (LCSP art. 135.1). */
    CONTRACT_NOTICE_IN_PROFILE("LCSP-135.1"),
    /**
     * The contract notice in the Official Journal of the European Union (DOUE, through TED), for a
     * contract subject to harmonised regulation (LCSP art. 135.1, second paragraph).
     */
    CONTRACT_NOTICE_IN_DOUE("LCSP-135.1"),
    /** The formalisation notice in the contracting authority's profile (LCSP art. 154.1). */
    FORMALISATION_NOTICE_IN_PROFILE("LCSP-154.1"),
    /**
     * The formalisation notice in the Official Journal of the European Union, for a contract subject
     * to harmonised regulation (LCSP art. 154.1).
     */
    FORMALISATION_NOTICE_IN_DOUE("LCSP-154.1");

    private final String article;

    PublicationObligation(String article) {
        this.article = article;
    }

    /**
     * The article that requires the publication, as a rule id such as {@code LCSP-135.1}.
     *
     * @return the article, not null
     */
    public String article() {
        return article;
    }

    /**
     * Tells whether the publication is in the Official Journal of the European Union.
     *
     * @return true for the DOUE notices
     */
    public boolean isInDoue() {
        return this == CONTRACT_NOTICE_IN_DOUE || this == FORMALISATION_NOTICE_IN_DOUE;
    }
}
