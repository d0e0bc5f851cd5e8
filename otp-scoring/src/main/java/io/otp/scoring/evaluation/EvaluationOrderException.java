package io.otp.scoring.evaluation;

import io.otp.scoring.ScoringException;
import java.util.Objects;

/**
 * Thrown when something of an evaluation is asked for before the law allows it: the formula offers
 * before the value-judgment scores are sealed and the technical threshold applied (LCSP art.
 * 146.2.b and 157.4), or a result the evaluation has not reached yet.
 * The evaluation is unchanged.
 */
public class EvaluationOrderException extends ScoringException {

    private static final long serialVersionUID = 1L;

    private final EvaluationPhase phase;

    private final EvaluationPhase required;

    /**
     * Creates the exception.
     *
     * @param what what was asked for, e.g. {@code the formula offers of lot L1}; not null
     * @param phase the evaluation's phase; not null
     * @param required the first phase at which it is allowed; not null
     * @param rule the provision, e.g. {@code LCSP art. 146.2.b}; not null
     */
    public EvaluationOrderException(String what, EvaluationPhase phase, EvaluationPhase required, String rule) {
        super(Objects.requireNonNull(what, "what") + " cannot be read or changed in phase " + phase
            + "; it is available from phase " + required + " (" + Objects.requireNonNull(rule, "rule") + ")");
        this.phase = phase;
        this.required = required;
    }

    /**
     * The evaluation's phase when the request was made.
     *
     * @return the phase, not null
     */
    public EvaluationPhase phase() {
        return phase;
    }

    /**
     * The first phase at which the request is allowed.
     *
     * @return the phase, not null
     */
    public EvaluationPhase required() {
        return required;
    }
}
