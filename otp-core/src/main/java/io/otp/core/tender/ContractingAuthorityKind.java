package io.otp.core.tender;

/**
 * The kind of contracting authority, which selects the EU harmonised threshold for supplies and
 * services (LCSP arts. 21 and 22; Directive 2014/24/EU art. 4).
 */
public enum ContractingAuthorityKind {
    /** Central government authorities (Administración General del Estado and its bodies). */
    CENTRAL_GOVERNMENT,
    /** Every other contracting authority (regional, local, other public sector). */
    OTHER
}
