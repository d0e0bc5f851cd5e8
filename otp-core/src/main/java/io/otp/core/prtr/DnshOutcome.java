package io.otp.core.prtr;

/**
 * The result of assessing a measure against one environmental objective, in the two-step approach of
 * the Commission's technical guidance on "do no significant harm" (2021/C 58/01, section 3 and
 * annex I): objectives on which the measure has no or an insignificant foreseeable impact need only
 * a short justification; the others need a substantive assessment, which concludes either no
 * significant harm or significant harm (Reg. (EU) 2020/852 art. 17).
 */
public enum DnshOutcome {

    /** No or an insignificant foreseeable impact on the objective (simplified approach, step 1). */
    NO_OR_INSIGNIFICANT_IMPACT,

    /** A substantive assessment concluded that the measure does no significant harm (step 2). */
    NO_SIGNIFICANT_HARM,

    /** A substantive assessment concluded that the measure does significant harm (art. 17). */
    SIGNIFICANT_HARM
}
