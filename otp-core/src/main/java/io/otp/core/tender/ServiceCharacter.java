package io.otp.core.tender;

/**
 * A character of the services contracted, which changes the rules: intellectual services and the
 * social services of Annex IV need at least 51 % of the points on quality (LCSP art. 145.4);
 * intellectual services may give up to 45 % to value judgment in the simplified open procedure
 * (LCSP art. 159.1.b) and cannot follow the super-simplified one (art. 159.6); services of Annex IV
 * have their own EU threshold (art. 22.1.c). A service may have several characters at once (a legal
 * service is of Annex IV and intellectual): {@link Tender#serviceCharacters()} is a set, and each
 * rule looks for its own character.
 */
public enum ServiceCharacter {
    /**
     * Ordinary services, or not a services contract: no other character. Kept for documents and code
     * of one character; in a set it stands alone.
     */
    ORDINARY,
    /** Intellectual services (servicios de carácter intelectual, LCSP additional provision 41). */
    INTELLECTUAL,
    /** Social, health, educational and other specific services of LCSP Annex IV. */
    ANNEX_IV
}
