package io.otp.core.project;

/**
 * Whether a {@link TechnologyDecision} fixes an open standard or specification, or names a
 * product.
 */
public enum DecisionKind {

    /**
     * A standard, specification or protocol (for instance SAML 2.0, OpenID Connect, PDF/A), which
     * any supplier can implement. The Esquema Nacional de Interoperabilidad prefers open standards
     * (Real Decreto 4/2010, art. 11).
     */
    STANDARD,

    /**
     * A named product or brand. The technical specifications of a tender may name a brand only
     * exceptionally, when the object of the contract cannot otherwise be described precisely
     * enough, and always followed by "o equivalente" (LCSP art. 126.6); a decision of this kind
     * therefore needs a rationale and {@link TechnologyDecision#orEquivalent()}.
     */
    PRODUCT
}
