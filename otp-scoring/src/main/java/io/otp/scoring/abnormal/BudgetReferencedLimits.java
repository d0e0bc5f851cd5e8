package io.otp.scoring.abnormal;

/**
 * Whether the limits of RGLCAP art. 85 measured against the base budget apply: 85.1 (a single offer is
 * abnormal when more than 25 units below the budget) and the last sentence of 85.3 (with three offers,
 * "in any case" an offer more than 25 units below the budget).
 *
 * <p>Tribunal doctrine is divided. The Tribunal Administrativo Central de Recursos Contractuales applies
 * them (TACRC resolution 1020/2017). The Tribunal Administrativo de Contratación Pública de la Comunidad
 * de Madrid has treated them as tacitly repealed by LCSP art. 149.2.a, which presumes abnormality "por
 * referencia al conjunto de ofertas válidas" (by reference to the set of valid offers), so a limit taken
 * from the budget alone no longer fits. The SDK offers both; the default is {@link #APPLY}, the behaviour
 * of RGLCAP art. 85 as written.
 */
public enum BudgetReferencedLimits {

    /** Apply 85.1 and the last sentence of 85.3 (TACRC 1020/2017); the default. */
    APPLY,

    /**
     * Leave them out (Madrid tribunal: tacitly repealed by LCSP art. 149.2.a): a single offer has no
     * reference and is never presumed abnormal; with three offers only the mean applies.
     */
    OMIT
}
