package io.otp.persistence;

import io.otp.core.OtpException;

/**
 * Thrown when a store cannot read or write an aggregate (including a write rejected because the stored version changed meanwhile).
 */
public class PersistenceException extends OtpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, with the offending value and what is allowed; not null
     */
    public PersistenceException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong; not null
     * @param cause the underlying cause; may be null
     */
    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
