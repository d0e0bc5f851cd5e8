package io.otp.core.tender;

/**
 * How a criterion is evaluated (LCSP art. 146): by formula (automatic) or by value judgment.
 * Value-judgment criteria are scored before the envelope with the formula criteria is opened
 * (LCSP art. 146.2.b).
 */
public enum EvaluationMethod {
    /** Evaluated by applying a formula fixed in the pliego (CODICE {@code OBJ}). */
    FORMULA("OBJ"),
    /** Evaluated by a judgment of value of the evaluators (CODICE {@code SUBJ}). */
    VALUE_JUDGMENT("SUBJ");

    private final String codice;

    EvaluationMethod(String codice) {
        this.codice = codice;
    }

    /**
     * The Spanish CODICE code of the method: {@code OBJ} or {@code SUBJ}.
     *
     * @return the code, not null
     */
    public String codiceCode() {
        return codice;
    }
}
