package io.otp.scoring;

import io.otp.core.OtpException;

/**
 * Thrown when an evaluation cannot be carried out as asked (a step out of the order LCSP art. 146-150 prescribes, a formula that cannot score the offers given).
 */
public class ScoringException extends OtpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, with the offending value and what is allowed; not null
     */
    public ScoringException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong; not null
     * @param cause the underlying cause; may be null
     */
    public ScoringException(String message, Throwable cause) {
        super(message, cause);
    }
}
