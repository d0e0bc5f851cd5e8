package io.otp.core.prtr;

/**
 * The part a person takes in a procedure, as stated in a declaration of absence of conflict of
 * interest (Orden HFP/1030/2021 annex IV.A; LCSP art. 64.2: the staff of the contracting body who
 * take part in the procedure or can influence its outcome).
 */
public enum DaciRole {

    /** A member of the contracting or granting body. */
    CONTRACTING_BODY_MEMBER,

    /** A member of the evaluation committee or the "mesa de contratación". */
    EVALUATION_COMMITTEE_MEMBER,

    /** Who drafted the technical specifications or the call's rules. */
    TECHNICAL_DRAFTER,

    /** Who approves the procedure's documents or decisions. */
    APPROVER,

    /** Any other participant. */
    OTHER
}
