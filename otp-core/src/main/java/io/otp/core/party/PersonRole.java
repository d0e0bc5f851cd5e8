package io.otp.core.party;

/**
 * A role a {@link Person} plays in procurement or in the Technical Project Office's work. A person may
 * hold several. Whether two roles may be combined in one procedure (conflicts of interest, LCSP
 * art. 64) depends on the procedure and is checked where the procedure is validated, not here.
 */
public enum PersonRole {

    /**
     * Holds or acts for the contracting authority (órgano de contratación), the body with power to
     * enter into contracts on behalf of the entity (LCSP art. 61).
     */
    CONTRACTING_AUTHORITY,

    /**
     * Member of the procurement board (mesa de contratación) that assists the contracting authority,
     * qualifies documentation and assesses offers (LCSP art. 326).
     */
    PROCUREMENT_BOARD_MEMBER,

    /**
     * Member of the committee of at least three experts, not from the body proposing the contract, that
     * scores value-judgment criteria when they weigh more than formula criteria (LCSP art. 146.2.a).
     */
    EXPERT_COMMITTEE_MEMBER,

    /**
     * Manages a project of the Technical Project Office's portfolio: plans, follows up and reports
     * (project manager in PM², the European Commission's project management methodology; not a role
     * defined by the LCSP).
     */
    PROJECT_MANAGER,

    /**
     * Member of the Technical Project Office team, usually provided under a services contract (LCSP
     * art. 17); may write specifications and the technical reports the evaluating body may ask for
     * (LCSP art. 157.5).
     */
    TECHNICAL_OFFICE_CONSULTANT,

    /**
     * Speaks for a department that raises a need: states the need and the suitability of the contract
     * that would meet it (LCSP art. 28 and art. 116.1).
     */
    DEPARTMENT_REPRESENTATIVE,

    /**
     * Contact or representative of a bidder or contractor, e.g. the person who signs the bidder's
     * responsible declaration (LCSP art. 140.1.a).
     */
    SUPPLIER_CONTACT,

    /**
     * The person responsible for the contract (responsable del contrato), who supervises its
     * performance and gives the instructions needed to ensure it is properly carried out (LCSP
     * art. 62).
     */
    CONTRACT_SUPERVISOR
}
