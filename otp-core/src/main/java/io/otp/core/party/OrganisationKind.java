package io.otp.core.party;

/**
 * What kind of party an {@link Organisation} is.
 */
public enum OrganisationKind {

    /**
     * A public-sector body: an administration, agency, public university or other entity of the public
     * sector (LCSP art. 3). Never an SME.
     */
    PUBLIC_BODY,

    /** A company (sociedad mercantil, cooperative, joint venture and the like). */
    COMPANY,

    /** A non-profit organisation: association, foundation, religious institution. */
    NON_PROFIT,

    /**
     * A natural person who trades on their own account (empresario individual, autónomo), identified by
     * DNI/NIF or NIE.
     */
    PERSON_SELF_EMPLOYED
}
