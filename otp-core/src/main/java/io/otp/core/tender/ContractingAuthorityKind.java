package io.otp.core.tender;

/**
 * The kind of contracting authority, as the EU harmonised thresholds for supplies and services
 * distinguish them (LCSP arts. 21.1 and 22.1; Directive 2014/24/EU art. 4): central government has a
 * lower threshold than the other contracting authorities, except for the supplies of its contracting
 * bodies of the defence sector, to which the lower threshold applies only for the products of LCSP
 * Annex II (art. 21.1.a, second paragraph).
 */
public enum ContractingAuthorityKind {
    /**
     * Central government authorities: the Administración General del Estado, its autonomous bodies
     * and the managing bodies and common services of Social Security (LCSP arts. 21.1.a and 22.1.a).
     */
    CENTRAL_GOVERNMENT,
    /**
     * Contracting bodies of central government that belong to the defence sector (LCSP art. 21.1.a,
     * second paragraph): the central-government threshold applies to their services, and to their
     * supplies only for the products of LCSP Annex II; their other supplies have the threshold of
     * the other authorities.
     */
    CENTRAL_GOVERNMENT_DEFENCE,
    /** Every other contracting authority: regional, local and the rest of the public sector (arts. 21.1.b, 22.1.b). */
    OTHER;

    /**
     * Tells whether this authority belongs to central government (LCSP arts. 21.1.a and 22.1.a).
     *
     * @return true for {@link #CENTRAL_GOVERNMENT} and {@link #CENTRAL_GOVERNMENT_DEFENCE}
     */
    public boolean isCentralGovernment() {
        return this != OTHER;
    }
}
