package io.otp.core.tender;

/**
 * The character of the services contracted, which changes the award-criteria rules: intellectual
 * services and the social services of Annex IV need at least 51 % of the points on quality
 * (LCSP art. 145.4), and intellectual services may give up to 45 % to value judgment in the
 * simplified open procedure (LCSP art. 159.1.b).
 */
public enum ServiceCharacter {
    /** Ordinary services, or not a services contract. */
    ORDINARY,
    /** Intellectual services (servicios de carácter intelectual, LCSP additional provision 41). */
    INTELLECTUAL,
    /** Social, health, educational and other specific services of LCSP Annex IV. */
    ANNEX_IV
}
